/** Suomi: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/fi.json). */
import type { RecordsTranslation } from "../strings.ts";

const fi: RecordsTranslation = {
  title: "Kirjaukset kertomastasi",
  intro:
    "Kun teet ilmoituksen suullisesti tai tapaamisessa, käsittelijä kirjoittaa litteroinnin tai pöytäkirjan. Lue jokainen versio; ehdota korjauksia tai hyväksy se. Hyväksymäsi versio merkitään sinulle ja käsittelijöille.",
  minutes: "Tapaamisen pöytäkirja",
  transcript: "Suullisen ilmoituksen litterointi",
  version: "Versio {n}",
  agreedMark: "Hyväksytty",
  agreedOn: "Hyväksyit tämän version {day}.",
  agreedOnHandler: "Ilmoittava henkilö hyväksyi tämän version {day}.",
  unconfirmed:
    "Palvelimen mukaan kirjaus on hyväksytty, mutta mikään ilmoittavan henkilön allekirjoitus ei vahvista sitä. Pidä sitä hyväksymättömänä.",
  correctionsLabel: "Korjauksesi",
  correctionsHint: "Kerro, mikä on väärin tai puuttuu. Käsittelijä kirjoittaa korjatun version.",
  sendCorrections: "Ehdota korjauksia",
  agree: "Hyväksyn version {n}",
  agreeText: "Olen lukenut tämän kirjauksen version {n} ja vahvistan, että se on paikkansapitävä.",
  correctionFrom: "Korjaukset versioon {n}, {day}:",
  sending: "Salataan ja lähetetään…",
  sent: "Lähetetty.",
  empty: "Kirjoita ensin jotain.",
  locked: "Saapuneet-kansio on lukittu. Avaa se uudelleen tapauksesi koodilla.",
  meetingTitle: "Tapaaminen",
  meetingIntro:
    "Voit pyytää tapaamista käsittelijän kanssa henkilökohtaisesti. Hänen on tarjottava aika ja paikka lain asettamassa ajassa.",
  meetingLabel: "Milloin ja missä sinulle sopisi? (vapaaehtoinen)",
  meetingAsk: "Pyydä tapaamista",
  meetingAsked: "Pyysit tapaamista.",
  meetingBy: "Käsittelijän on ehdotettava aikaa ja paikkaa viimeistään {day}.",
  meetingProposed: "Käsittelijä ehdotti aikaa ja paikkaa; katso viestit.",
  meetingDefault: "Haluaisin tavata henkilökohtaisesti.",
  handlerTitle: "Kirjaukset ja tapaamiset",
  meetingRequested: "Ilmoittava henkilö pyysi tapaamista {day}.",
  meetingDue: "Ehdota aikaa ja paikkaa viimeistään {day} ({basis}).",
  meetingProposedOn: "Aikaa ja paikkaa ehdotettiin {day}.",
  proposeLabel: "Tapaamisen aika ja paikka",
  propose: "Ehdota tätä aikaa ja paikkaa",
  newRecord: "Kirjoita pöytäkirja tai litterointi",
  recordType: "Kirjauksen laji",
  transcribes: "Ääniviestin litterointi",
  none: "Ei mitään",
  recordText: "Teksti",
  sendRecord: "Lähetä ilmoittavalle henkilölle tarkistettavaksi",
  reviseLabel: "Korjattu versio",
  revise: "Lähetä korjattu versio",
  recordingDeleted: "Ääniviesti poistettiin hyväksynnän jälkeen.",
};

export default fi;
