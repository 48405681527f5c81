/** Polski: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const pl: EvidenceTranslation = {
  chosen: "Pliki wysyłane ze zgłoszeniem",
  tooLarge: "Za duży: plik może mieć najwyżej {max}.",
  caseFull: "Pliki jednego zgłoszenia mogą mieć łącznie najwyżej {max}.",
  remove: "Usuń",
  waiting: "Oczekuje",
  encrypting: "Szyfrowanie i wysyłanie",
  sent: "Wysłano, zaszyfrowane",
  failed: "Nie wysłano:",
  filesTitle: "Twoje pliki",
  stay: "Nie zamykaj tej strony, dopóki przy każdym pliku nie pojawi się „Wysłano”.",
  off: "Ten serwer nie przyjmuje plików.",
  caseFilesTitle: "Pliki",
  noFiles: "Brak plików.",
  download: "Pobierz i odszyfruj",
  decrypting: "Odszyfrowywanie",
  unreadable: "Nie można odszyfrować opisu tego pliku.",
  downloadFailed: "Nie udało się odszyfrować pliku; mógł zostać zmieniony.",
  addFiles: "Dodaj pliki",
  send: "Zaszyfruj i wyślij pliki",
  removed: "W tym pliku znaleziono ukryte dane; zostaną usunięte przed zaszyfrowaniem pliku:",
  noMetadata: "W tym pliku nie znaleziono ukrytych danych (nazwisk, miejsc, dat).",
  sendOriginal: "Zamiast tego wyślij oryginalny plik z tymi danymi",
  originalWarning:
    "Oryginał zachowuje powyższe dane. Mogą one pokazać, kto utworzył plik, gdzie i na jakim urządzeniu, a więc kim jesteś. Wyślij go tylko wtedy, gdy same dane są dowodem.",
  unknownFormat:
    "Tego rodzaju pliku nie można sprawdzić pod kątem ukrytych danych. Zostanie wysłany bez zmian i może zawierać nazwiska, miejsca lub daty, które cię identyfikują.",
  heic: "Nie udało się odczytać tego zdjęcia HEIC, aby usunąć ukryte dane. Zostanie ono wysłane bez zmian i może zawierać pozycję GPS oraz dane aparatu. Rozważ zrzut ekranu lub eksport do JPEG.",
  tooLargeToClean:
    "Ten plik jest zbyt duży, by sprawdzić go tu pod kątem ukrytych danych. Zostanie wysłany bez zmian i może zawierać nazwiska, miejsca lub daty, które cię identyfikują.",
  voiceRecord: "Nagraj wiadomość głosową",
  voiceStart: "Rozpocznij nagrywanie",
  voiceStop: "Zatrzymaj nagrywanie",
  voiceRecording: "Trwa nagrywanie…",
  voiceDisguising: "Twój głos jest zniekształcany…",
  voiceFailed:
    "Nie udało się zniekształcić nagrania, więc nie można go wysłać. Nagraj ponownie albo napisz wiadomość.",
  voiceNoMicrophone: "Nie udało się użyć mikrofonu. Zezwól tej stronie na jego użycie albo napisz wiadomość.",
  voiceWarning:
    "Twój głos jest zniekształcany w tej przeglądarce, zanim cokolwiek zostanie zaszyfrowane i wysłane. Zniekształcenie zmienia brzmienie głosu, a nie to, co mówisz, ani sposób mówienia: pomiń nazwiska, miejsca i szczegóły znane tylko tobie.",
  voiceListen:
    "Odsłuchaj zniekształcone nagranie. Wysyłana jest tylko ta wersja; oryginał nigdy nie opuszcza tego urządzenia.",
  voiceDisguise: "Zniekształcenie",
  voiceLower: "Niższy głos",
  voiceHigher: "Wyższy głos",
  voiceConsent: "Czy nagranie może zostać zachowane? (dyrektywa o sygnalistach, art. 18 ust. 2)",
  voiceKeep: "Tak, zachowajcie nagranie w sprawie",
  voiceDelete: "Nie, usuńcie je, gdy zatwierdzę jego pisemną transkrypcję",
  voiceConsentMissing: "Wybierz, czy nagranie może zostać zachowane.",
  voiceAdd: "Dodaj nagranie do zgłoszenia",
  voiceSend: "Zaszyfruj i wyślij nagranie",
};

export default pl;
