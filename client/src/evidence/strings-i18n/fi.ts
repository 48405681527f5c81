/** Suomi: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const fi: EvidenceTranslation = {
  chosen: "Ilmoituksen mukana lähetettävät tiedostot",
  tooLarge: "Liian suuri: tiedosto saa olla enintään {max}.",
  caseFull: "Yhden ilmoituksen tiedostot saavat olla yhteensä enintään {max}.",
  remove: "Poista",
  waiting: "Odottaa",
  encrypting: "Salataan ja lähetetään",
  sent: "Lähetetty, salattu",
  failed: "Ei lähetetty:",
  filesTitle: "Tiedostosi",
  stay: "Pidä tämä sivu auki, kunnes jokaisen tiedoston kohdalla lukee ”Lähetetty”.",
  off: "Tämä palvelin ei ota vastaan tiedostoja.",
  caseFilesTitle: "Tiedostot",
  noFiles: "Ei tiedostoja.",
  download: "Lataa ja pura salaus",
  decrypting: "Puretaan salausta",
  unreadable: "Tiedoston kuvauksen salausta ei voi purkaa.",
  downloadFailed: "Tiedoston salausta ei voitu purkaa; sitä on ehkä muutettu.",
  addFiles: "Lisää tiedostoja",
  send: "Salaa ja lähetä tiedostot",
  removed: "Tiedostosta löytyi piilotietoja; ne poistetaan ennen salausta:",
  noMetadata: "Tiedostosta ei löytynyt piilotietoja (nimiä, paikkoja, päivämääriä).",
  sendOriginal: "Lähetä sen sijaan alkuperäinen tiedosto näine tietoineen",
  originalWarning:
    "Alkuperäinen säilyttää yllä luetellut tiedot. Ne voivat paljastaa, kuka tiedoston teki, missä ja millä laitteella, ja siten kuka olet. Lähetä se vain, jos tiedot itsessään ovat todiste.",
  unknownFormat:
    "Tämäntyyppistä tiedostoa ei voi tarkistaa. Se lähetetään sellaisenaan ja voi sisältää nimiä, paikkoja tai päivämääriä, joista sinut voi tunnistaa.",
  heic: "HEIC-kuvia ei vielä voi puhdistaa täällä; tämä lähetetään sellaisenaan ja voi sisältää GPS-sijainnin ja kameran tiedot. Harkitse kuvakaappausta tai JPEG-vientiä.",
  tooLargeToClean:
    "Tiedosto on liian suuri tarkistettavaksi täällä. Se lähetetään sellaisenaan ja voi sisältää nimiä, paikkoja tai päivämääriä, joista sinut voi tunnistaa.",
  voiceRecord: "Nauhoita ääniviesti",
  voiceStart: "Aloita nauhoitus",
  voiceStop: "Lopeta nauhoitus",
  voiceRecording: "Nauhoitetaan…",
  voiceDisguising: "Ääntäsi naamioidaan…",
  voiceFailed:
    "Nauhoitetta ei voitu naamioida, joten sitä ei voi lähettää. Nauhoita uudelleen tai kirjoita viesti.",
  voiceNoMicrophone: "Mikrofonia ei voitu käyttää. Salli sivun käyttää sitä tai kirjoita viesti.",
  voiceWarning:
    "Äänesi naamioidaan tässä selaimessa ennen kuin mitään salataan ja lähetetään. Naamiointi muuttaa äänesi sointia, ei sitä, mitä sanot tai miten sanot sen: jätä pois nimet, paikat ja yksityiskohdat, jotka vain sinä tiedät.",
  voiceListen:
    "Kuuntele naamioitu nauhoite. Vain tämä versio lähetetään; alkuperäinen ei koskaan poistu tältä laitteelta.",
  voiceDisguise: "Naamiointi",
  voiceLower: "Matalampi ääni",
  voiceHigher: "Korkeampi ääni",
  voiceConsent: "Saako nauhoitteen säilyttää? (ilmoittajansuojeludirektiivi, 18 artiklan 2 kohta)",
  voiceKeep: "Kyllä, säilyttäkää nauhoite tapauksen yhteydessä",
  voiceDelete: "Ei, poistakaa se, kun olen hyväksynyt sen kirjallisen litteroinnin",
  voiceConsentMissing: "Valitse, saako nauhoitteen säilyttää.",
  voiceAdd: "Lisää nauhoite ilmoitukseen",
  voiceSend: "Salaa ja lähetä nauhoite",
};

export default fi;
