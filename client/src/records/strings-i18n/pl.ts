/** Polski: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/pl.json). */
import type { RecordsTranslation } from "../strings.ts";

const pl: RecordsTranslation = {
  title: "Zapisy tego, co nam przekazałeś",
  intro:
    "Gdy dokonujesz zgłoszenia ustnie lub na spotkaniu, osoba prowadząca sprawę sporządza transkrypcję lub protokół. Przeczytaj każdą wersję; zaproponuj poprawki albo ją zatwierdź. Zatwierdzona przez Ciebie wersja zostaje oznaczona, dla Ciebie i dla osób prowadzących sprawę.",
  minutes: "Protokół spotkania",
  transcript: "Transkrypcja zgłoszenia ustnego",
  version: "Wersja {n}",
  agreedMark: "Zatwierdzona",
  agreedOn: "Zatwierdziłeś tę wersję {day}.",
  agreedOnHandler: "Osoba dokonująca zgłoszenia zatwierdziła tę wersję {day}.",
  unconfirmed:
    "Serwer podaje, że ten zapis został zatwierdzony, ale żadne potwierdzenie osoby dokonującej zgłoszenia tego nie poświadcza. Traktuj go jako niezatwierdzony.",
  correctionsLabel: "Twoje poprawki",
  correctionsHint:
    "Napisz, co jest błędne lub czego brakuje. Osoba prowadząca sprawę sporządzi poprawioną wersję.",
  sendCorrections: "Zaproponuj poprawki",
  agree: "Zatwierdzam wersję {n}",
  agreeText: "Przeczytałem wersję {n} tego zapisu i potwierdzam, że jest zgodna z prawdą.",
  correctionFrom: "Poprawki do wersji {n}, {day}:",
  sending: "Szyfrowanie i wysyłanie…",
  sent: "Wysłano.",
  empty: "Najpierw coś napisz.",
  locked: "Skrzynka jest zablokowana. Otwórz ją ponownie kodem swojej sprawy.",
  meetingTitle: "Spotkanie",
  meetingIntro:
    "Możesz poprosić o osobiste spotkanie z osobą prowadzącą sprawę. Musi ona zaproponować termin i miejsce w terminie określonym przez prawo.",
  meetingLabel: "Kiedy i gdzie by Ci odpowiadało? (nieobowiązkowe)",
  meetingAsk: "Poproś o spotkanie",
  meetingAsked: "Poprosiłeś o spotkanie.",
  meetingBy: "Osoba prowadząca sprawę musi zaproponować termin i miejsce do {day}.",
  meetingProposed: "Osoba prowadząca sprawę zaproponowała termin i miejsce; zobacz wiadomości.",
  meetingDefault: "Chciałbym spotkać się osobiście.",
  handlerTitle: "Zapisy i spotkania",
  meetingRequested: "Osoba dokonująca zgłoszenia poprosiła o spotkanie {day}.",
  meetingDue: "Zaproponuj termin i miejsce do {day} ({basis}).",
  meetingProposedOn: "Termin i miejsce zaproponowano {day}.",
  proposeLabel: "Termin i miejsce spotkania",
  propose: "Zaproponuj ten termin i miejsce",
  newRecord: "Sporządź protokół lub transkrypcję",
  recordType: "Rodzaj zapisu",
  transcribes: "Transkrypcja nagrania głosowego",
  none: "Brak",
  recordText: "Treść",
  sendRecord: "Wyślij osobie dokonującej zgłoszenia do sprawdzenia",
  reviseLabel: "Poprawiona wersja",
  revise: "Wyślij poprawioną wersję",
  recordingDeleted: "Nagranie głosowe usunięto po zatwierdzeniu.",
};

export default pl;
