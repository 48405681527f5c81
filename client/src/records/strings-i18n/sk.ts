/** Slovenčina: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/sk.json). */
import type { RecordsTranslation } from "../strings.ts";

const sk: RecordsTranslation = {
  title: "Záznamy toho, čo ste nám povedali",
  intro:
    "Keď oznamujete ústne alebo na stretnutí, osoba vybavujúca prípad spíše prepis alebo zápisnicu. Prečítajte si každú verziu; navrhnite opravy alebo s ňou vyslovte súhlas. Verzia, s ktorou súhlasíte, sa označí pre vás aj pre osoby vybavujúce prípad.",
  minutes: "Zápisnica zo stretnutia",
  transcript: "Prepis ústneho oznámenia",
  version: "Verzia {n}",
  agreedMark: "Odsúhlasené",
  agreedOn: "S touto verziou ste vyslovili súhlas dňa {day}.",
  agreedOnHandler: "Nahlasujúca osoba vyslovila s touto verziou súhlas dňa {day}.",
  unconfirmed:
    "Server tvrdí, že tento záznam bol odsúhlasený, no žiadne potvrdenie nahlasujúcej osoby to nedokladá. Považujte ho za neodsúhlasený.",
  correctionsLabel: "Vaše opravy",
  correctionsHint: "Uveďte, čo je nesprávne alebo čo chýba. Osoba vybavujúca prípad spíše opravenú verziu.",
  sendCorrections: "Navrhnúť opravy",
  agree: "Súhlasím s verziou {n}",
  agreeText: "Prečítal(a) som verziu {n} tohto záznamu a súhlasím, že je presná.",
  correctionFrom: "Opravy verzie {n}, {day}:",
  sending: "Šifrovanie a odosielanie…",
  sent: "Odoslané.",
  empty: "Najprv niečo napíšte.",
  locked: "Schránka je zamknutá. Otvorte ju znova kódom svojho prípadu.",
  meetingTitle: "Stretnutie",
  meetingIntro:
    "Môžete požiadať o osobné stretnutie s osobou vybavujúcou prípad. Tá vám musí ponúknuť čas a miesto v lehote stanovenej zákonom.",
  meetingLabel: "Kedy a kde by vám to vyhovovalo? (nepovinné)",
  meetingAsk: "Požiadať o stretnutie",
  meetingAsked: "Požiadali ste o stretnutie.",
  meetingBy: "Osoba vybavujúca prípad musí navrhnúť čas a miesto najneskôr {day}.",
  meetingProposed: "Osoba vybavujúca prípad navrhla čas a miesto; pozrite si správy.",
  meetingDefault: "Rád(a) by som sa stretol(a) osobne.",
  handlerTitle: "Záznamy a stretnutia",
  meetingRequested: "Nahlasujúca osoba požiadala o stretnutie dňa {day}.",
  meetingDue: "Navrhnite čas a miesto najneskôr {day} ({basis}).",
  meetingProposedOn: "Čas a miesto boli navrhnuté dňa {day}.",
  proposeLabel: "Čas a miesto stretnutia",
  propose: "Navrhnúť tento čas a miesto",
  newRecord: "Spísať zápisnicu alebo prepis",
  recordType: "Druh záznamu",
  transcribes: "Prepis hlasového záznamu",
  none: "Žiadny",
  recordText: "Text záznamu",
  sendRecord: "Poslať nahlasujúcej osobe na kontrolu",
  reviseLabel: "Opravená verzia",
  revise: "Poslať opravenú verziu",
  recordingDeleted: "Hlasový záznam bol po odsúhlasení vymazaný.",
};

export default sk;
