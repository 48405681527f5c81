/** Čeština: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/cs.json). */
import type { RecordsTranslation } from "../strings.ts";

const cs: RecordsTranslation = {
  title: "Záznamy toho, co jste nám sdělili",
  intro:
    "Když podáváte oznámení ústně nebo na schůzce, osoba vyřizující případ sepíše přepis nebo zápis. Přečtěte si každou verzi; navrhněte opravy, nebo s ní vyslovte souhlas. Verze, se kterou souhlasíte, se označí pro vás i pro osoby vyřizující případ.",
  minutes: "Zápis ze schůzky",
  transcript: "Přepis ústního oznámení",
  version: "Verze {n}",
  agreedMark: "Odsouhlaseno",
  agreedOn: "S touto verzí jste vyslovili souhlas dne {day}.",
  agreedOnHandler: "Oznamovatel vyslovil s touto verzí souhlas dne {day}.",
  unconfirmed:
    "Server tvrdí, že tento záznam byl odsouhlasen, ale žádné potvrzení oznamovatele to nedokládá. Považujte jej za neodsouhlasený.",
  correctionsLabel: "Vaše opravy",
  correctionsHint: "Uveďte, co je špatně nebo co chybí. Osoba vyřizující případ sepíše opravenou verzi.",
  sendCorrections: "Navrhnout opravy",
  agree: "Souhlasím s verzí {n}",
  agreeText: "Přečetl(a) jsem verzi {n} tohoto záznamu a souhlasím, že je přesná.",
  correctionFrom: "Opravy verze {n}, {day}:",
  sending: "Šifrování a odesílání…",
  sent: "Odesláno.",
  empty: "Nejprve něco napište.",
  locked: "Schránka je zamčená. Otevřete ji znovu kódem svého případu.",
  meetingTitle: "Schůzka",
  meetingIntro:
    "Můžete požádat o osobní schůzku s osobou vyřizující případ. Ta vám musí nabídnout čas a místo ve lhůtě stanovené zákonem.",
  meetingLabel: "Kdy a kde by vám to vyhovovalo? (nepovinné)",
  meetingAsk: "Požádat o schůzku",
  meetingAsked: "Požádali jste o schůzku.",
  meetingBy: "Osoba vyřizující případ musí navrhnout čas a místo nejpozději {day}.",
  meetingProposed: "Osoba vyřizující případ navrhla čas a místo; viz zprávy.",
  meetingDefault: "Rád(a) bych se setkal(a) osobně.",
  handlerTitle: "Záznamy a schůzky",
  meetingRequested: "Oznamovatel požádal o schůzku dne {day}.",
  meetingDue: "Navrhněte čas a místo nejpozději {day} ({basis}).",
  meetingProposedOn: "Čas a místo byly navrženy dne {day}.",
  proposeLabel: "Čas a místo schůzky",
  propose: "Navrhnout tento čas a místo",
  newRecord: "Sepsat zápis nebo přepis",
  recordType: "Druh záznamu",
  transcribes: "Přepis hlasového záznamu",
  none: "Žádný",
  recordText: "Text záznamu",
  sendRecord: "Odeslat oznamovateli ke kontrole",
  reviseLabel: "Opravená verze",
  revise: "Odeslat opravenou verzi",
  recordingDeleted: "Hlasový záznam byl po odsouhlasení smazán.",
};

export default cs;
