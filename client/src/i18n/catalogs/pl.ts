/** Polski: formularz zgłoszenia, strona kodu dostępu i skrzynka sprawy. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const pl: ReporterTranslation = {
  lang: "pl",
  locale: "pl-PL",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/pl/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Przejdź do treści głównej",
    home: "Strona główna",
    notice: "Informacje dla pracowników (ogłoszenie)",
    noscript:
      "Formularz zgłoszenia i skrzynka sprawy wymagają JavaScriptu: Twoje słowa są szyfrowane na tym " +
      "urządzeniu, zanim zostaną wysłane, a do tego potrzebny jest JavaScript. Tę stronę możesz przeczytać bez niego.",
    noscriptAllow:
      "Jak zezwolić na JavaScript tylko dla tej witryny: w przeglądarce Tor wystarczy poziom „Bezpieczniejszy” " +
      "(ikona tarczy, Ustawienia); na poziomie „Najbezpieczniejszy” dodaj przycisk NoScript do paska narzędzi " +
      "i wybierz dla tej witryny „Tymczasowo zaufaj”. W innych przeglądarkach otwórz ustawienia witryny obok " +
      "paska adresu i zezwól na JavaScript dla tej witryny.",
    noscriptElsewhere: "Możesz też zgłosić naruszenie tym organom i instytucjom UE (zwykłe linki):",
    language: "Język",
    leave: "Szybko opuść stronę",
    leaveHint: "Zastępuje tę stronę pustą i usuwa to, co wpisano.",
    notLegalAdvice: "To są informacje ogólne, a nie porada prawna.",
    loading: "Ładowanie…",
    required: "(wymagane)",
    optional: "(nieobowiązkowe)",
  },
  landing: {
    title: "Zgłaszaj bezpiecznie",
    intro:
      "To poufny kanał do zgłaszania naruszeń prawa, o których dowiedziałeś się w związku z pracą: na " +
      "przykład oszustw, korupcji, zagrożeń dla bezpieczeństwa lub zdrowia, szkód w środowisku, naruszeń " +
      "ochrony danych lub zagrożeń ze strony systemów AI. Możesz pozostać anonimowy.",
    makeReport: "Dokonaj zgłoszenia",
    makeReportHint: "Zajmuje około 10 minut. Bez konta, bez adresu e-mail, bez podawania nazwiska.",
    openInbox: "Otwórz skrzynkę sprawy",
    openInboxHint: "Już zgłosiłeś? Użyj kodu dostępu, aby czytać odpowiedzi i odpowiadać na pytania.",
    howTitle: "Jak to działa",
    how1: "Twoje zgłoszenie jest szyfrowane w przeglądarce, zanim zostanie wysłane. Serwer przechowuje tylko tekst, którego nie może odczytać; otworzyć go mogą wyłącznie wyznaczone osoby prowadzące sprawy.",
    how2: "Nie przechowujemy Twojego adresu IP ani żadnych danych o Twoim urządzeniu. Dla większego bezpieczeństwa użyj urządzenia i sieci, których nie kontroluje Twój pracodawca.",
    how3: "Po wysłaniu otrzymasz kod dostępu. To jedyny klucz do skrzynki sprawy, w której czytasz odpowiedzi i możesz odpowiadać. Nikt nie może go dla Ciebie odzyskać.",
    how4: "Potwierdzenie przyjęcia otrzymasz w ciągu 7 dni, a informacje zwrotne o podjętych działaniach następczych w ciągu 3 miesięcy.",
    externalTitle: "Możesz też zgłosić naruszenie poza organizacją",
    external:
      "Zawsze możesz dokonać zgłoszenia bezpośrednio do właściwego organu albo do instytucji, organu lub " +
      "jednostki organizacyjnej UE, na przykład za pomocą narzędzia Urzędu ds. AI dla sygnalistów na mocy " +
      "aktu w sprawie AI. Nigdy nie musisz najpierw zgłaszać tutaj.",
    externalNotice: "Ogłoszenie wymienia te organy i sposób kontaktu z nimi",
    aiOfficeLink: "O narzędziu Urzędu ds. AI dla sygnalistów (strona Komisji Europejskiej)",
    handlerTitle: "Dla osób prowadzących sprawy",
    handlerLink: "Zaloguj się, aby prowadzić sprawy",
  },
  report: {
    categoryNotSureHint:
      "Nie wiesz, który temat pasuje? Wybierz „Inne / nie wiem” na górze listy: osoby prowadzące sprawy przyporządkują zgłoszenie.",
    notSureButton: "Nie jestem pewien: wybierz „Inne / nie wiem”",
    groupNotSure: "Inne / nie wiem",
    groupEuLaw: "Naruszenia prawa UE",
    groupAiRisks: "Bezpieczeństwo AI i prawa podstawowe",
    groupNational: "Naruszenia prawa krajowego",
    draftWarning:
      "Twoje zgłoszenie nie zostało jeszcze wysłane. Jeśli opuścisz tę stronę, to, co napisałeś, przepadnie.",
    elsewhereSummary: "Inne miejsca, w których możesz dokonać zgłoszenia",
    receiptFor: "Zgłoszenie do",
    inboxFailed:
      "Nie udało się tu otworzyć skrzynki. Twój kod dostępu jest nadal widoczny powyżej; otwórz nim stronę skrzynki.",
    title: "Dokonaj zgłoszenia",
    intro:
      "Opisz własnymi słowami, co się stało. Wymagane są tylko dwa pierwsze pytania. Wszystko, co napiszesz, " +
      "jest szyfrowane w tej przeglądarce, zanim zostanie wysłane.",
    channel: "Dokąd ma trafić Twoje zgłoszenie?",
    category: "Czego dotyczy?",
    categoryPlaceholder: "Wybierz temat",
    what: "Co się stało?",
    whatHint: "Opisz znane Ci fakty. Napisz, co widziałeś sam, a co słyszałeś od innych.",
    whenWhere: "Kiedy i gdzie to się stało?",
    whenWhereHint: "Daty, miejsca, systemy lub projekty, na ile je znasz.",
    who: "Kogo to dotyczy?",
    whoHint: "Nazwiska lub funkcje osób albo zespołów, których to dotyczy, jeśli je znasz.",
    relationship: "Twój związek z organizacją",
    relationshipHint: "Nieobowiązkowe. Pozostawienie pustego pola pomaga zachować anonimowość.",
    filesLabel: "Pliki",
    recordVoice: "Nagraj wiadomość głosową",
    filesHint:
      "Dokumenty, zrzuty ekranu, dzienniki. Każdy plik jest szyfrowany w tej przeglądarce przed wysłaniem, po zgłoszeniu.",
    relationshipNone: "Pozostaw puste",
    aboutTitle: "O Tobie (nieobowiązkowe)",
    identityLegend: "Twoja tożsamość (nieobowiązkowe)",
    identityWarning:
      "Pozostaw tę część pustą, aby zachować anonimowość. Jeśli ją wypełnisz, zostanie zaszyfrowana osobnym " +
      "kluczem, który mogą otworzyć tylko powiernicy (osoby wyznaczone do ochrony tożsamości osób " +
      "dokonujących zgłoszenia). Pozostałe osoby prowadzące sprawę widzą tylko, że ta część istnieje.",
    identityNoCustodians:
      "Obecnie nikt nie pełni roli powiernika, więc Twoja tożsamość nie mogłaby być chroniona osobno. " +
      "Pozostaw tę część pustą.",
    identityName: "Imię i nazwisko",
    identityContact: "Jak się z Tobą skontaktować",
    identityContactHint: "Prywatny adres e-mail lub numer telefonu, nie służbowy.",
    identityNote: "Inne uwagi dotyczące kontaktu",
    detailsWarning:
      "Szczegóły w Twoich odpowiedziach również mogą ujawnić, kim jesteś. Napisz to, co potrzebne do " +
      "zrozumienia problemu, a pomiń resztę.",
    coiLegend: "Osoby, które nie mogą zobaczyć tego zgłoszenia (nieobowiązkowe)",
    coiHint:
      "Zaznacz osoby, które są zamieszane w zgłaszaną sprawę lub mogą mieć konflikt interesów. Twoje " +
      "zgłoszenie nie zostanie dla nich zaszyfrowane, więc nie będą mogły go otworzyć, a nikt nie będzie " +
      "mógł później dać im dostępu.",
    beforeTitle: "Zanim wyślesz",
    beforeAnonymity:
      "Anonimowość: Twoje zgłoszenie jest szyfrowane w tej przeglądarce. Nigdy nie widzimy go w czytelnej " +
      "postaci i nie przechowujemy Twojego adresu IP. Czytać je mogą tylko osoby prowadzące sprawę.",
    beforeToken:
      "Twój kod dostępu: po wysłaniu otrzymasz kod pokazywany tylko raz. To jedyna droga do skrzynki sprawy. " +
      "Przechowuj go bezpiecznie i nikomu nie pokazuj; nikt nie może go dla Ciebie odzyskać.",
    beforeNext:
      "Co dalej: potwierdzenie przyjęcia otrzymasz w ciągu 7 dni, a informacje zwrotne w ciągu 3 miesięcy. " +
      "Sprawdzaj skrzynkę: nie mamy innej drogi kontaktu z Tobą, chyba że nam ją podasz. Dokładne daty " +
      "zobaczysz po wysłaniu.",
    beforeExternal:
      "Zawsze możesz zamiast tego lub dodatkowo dokonać zgłoszenia do właściwego organu albo do instytucji, " +
      "organu lub jednostki organizacyjnej UE, w tym za pomocą narzędzia Urzędu ds. AI dla sygnalistów. " +
      "Nigdy nie musisz najpierw zgłaszać tutaj.",
    submit: "Zaszyfruj i wyślij zgłoszenie",
    loadingConfig: "Ładowanie formularza…",
    configFailed: "Nie udało się wczytać formularza. Sprawdź połączenie i odśwież stronę.",
    encrypting: "Szyfrowanie zgłoszenia w tej przeglądarce…",
    sending: "Wysyłanie zaszyfrowanego zgłoszenia…",
    missingCategory: "Wybierz, czego dotyczy Twoje zgłoszenie.",
    missingWhat: "Opisz, co się stało.",
    failedClosed:
      "Szyfrowanie nie powiodło się, więc nic nie zostało wysłane. Odśwież stronę i spróbuj ponownie.",
    sendFailed: "Twoje zgłoszenie nie zostało wysłane:",
    noHandlers: "Na tym kanale nikt jeszcze nie może przyjmować zgłoszeń, więc nic nie zostało wysłane.",
    allExcluded:
      "Wykluczyłeś wszystkie osoby, które mogłyby przeczytać Twoje zgłoszenie. Pozostaw co najmniej jedną osobę niezaznaczoną.",
    sentTitle: "Twoje zgłoszenie zostało wysłane",
    spellToken: "Odczytaj kod dostępu znak po znaku",
    tokenGroup: (n: number): string => `Grupa ${n}`,
    tokenTitle: "Twój kod dostępu",
    tokenOnce:
      "Ten kod jest pokazywany tylko raz. Zapisz go teraz. Każdy, kto go ma, może przeczytać Twoją sprawę, więc nikomu go nie pokazuj.",
    copy: "Kopiuj",
    copied: "Skopiowano.",
    copyFailed: "Kopiowanie nie jest tu możliwe. Zaznacz kod i skopiuj go albo go zapisz.",
    download: "Pobierz jako plik tekstowy",
    print: "Drukuj",
    inboxAt: "Twoja skrzynka sprawy:",
    tokenFileIntro:
      "Kod dostępu do Twojego zgłoszenia. Nikomu go nie pokazuj: każdy, kto go ma, może przeczytać Twoją sprawę.",
    datesTitle: "Co dalej",
    receivedOn: "Przyjęto dnia",
    ackBy: "Potwierdzenie przyjęcia do",
    feedbackBy: "Informacje zwrotne do",
    disclosureFrom: "Ujawnienie publiczne może być chronione od",
    disclosureShort:
      "Ma znaczenie tylko wtedy, gdy nie zostaną podjęte odpowiednie działania; skrzynka wyjaśnia, co to oznacza. Informacje ogólne, nie porada prawna.",
    datesHint:
      "Otwórz skrzynkę kodem dostępu, aby zobaczyć potwierdzenie przyjęcia, odpowiedzi i informacje zwrotne.",
    saved: "Zapisałem kod dostępu w bezpiecznym miejscu",
    continue: "Przejdź do skrzynki",
    leaveWarning: "Nie potwierdziłeś, że zapisałeś kod dostępu. Nie można go pokazać ponownie.",
  },
  inbox: {
    furtherFeedbackTitle: "Dalsze informacje zwrotne",
    furtherFeedbackHint:
      "Zgodnie z prawem irlandzkim możesz prosić o dalsze informacje zwrotne co 3 miesiące, dopóki Twoja sprawa nie zostanie zamknięta. Twoja prośba zostaje dodana do wiadomości, podpisana w tej przeglądarce.",
    furtherFeedbackAsk: "Poproś o dalsze informacje zwrotne co 3 miesiące",
    furtherFeedbackText:
      "Proszę o dalsze informacje zwrotne co 3 miesiące, dopóki moja sprawa nie zostanie zamknięta.",
    furtherFeedbackAsked: "Poprosiłeś(-aś) o dalsze informacje zwrotne dnia",
    furtherFeedbackBy: "Dalsze informacje zwrotne do",
    furtherFeedbackExplain:
      "3 miesiące po ostatnich informacjach zwrotnych, ponieważ o nie poprosiłeś(-aś). Powtarza się, dopóki sprawa nie zostanie zamknięta.",
    notSetAck:
      "Brak daty: termin potwierdzenia przyjęcia obowiązuje tylko do chwili potwierdzenia zgłoszenia.",
    notSetFeedback:
      "Jeszcze brak daty: zostanie ustalona, gdy będzie można obliczyć ustawowy termin na informacje zwrotne.",
    notSetDisclosure:
      "Brak daty, bo informacje zwrotne o wyniku przekazano w terminie albo prawo tego kanału jej nie przewiduje. Nie wpływa to na ochronę z art. 15 ust. 1 lit. b), która nie wymaga czekania.",
    datesMore: "Przy każdej dacie podano przepis, z którego wynika.",
    todo: {
      "answer-question": "Zadaliśmy Ci pytanie. Odpowiedz na nie poniżej.",
      "read-reply": "Napisaliśmy do Ciebie. Przeczytaj wiadomość poniżej; możesz odpowiedzieć, jeśli chcesz.",
      "read-feedback":
        "Przekazaliśmy Ci informacje zwrotne o podjętych działaniach. Przeczytaj je poniżej; nadal możesz do nas pisać.",
      closed: "Twoja sprawa jest zamknięta. Nadal możesz tu wszystko przeczytać.",
      "wait-ack": "Teraz nie musisz nic robić. Twoje zgłoszenie dotarło; potwierdzimy jego przyjęcie tutaj.",
      "wait-follow-up":
        "Teraz nie musisz nic robić. Podejmujemy działania następcze; wracaj tu po odpowiedzi i informacje zwrotne.",
    },
    title: "Twoja skrzynka sprawy",
    intro:
      "Wpisz kod dostępu otrzymany przy zgłoszeniu. Jest on sprawdzany i zamieniany na klucze w tej " +
      "przeglądarce; sam kod nigdy nie jest wysyłany.",
    token: "Kod dostępu",
    tokenHint: "Pięć grup po pięć znaków. Wielkie lub małe litery, z łącznikami lub bez.",
    open: "Otwórz skrzynkę",
    badToken: "Sprawdź kod: jeden ze znaków wygląda na błędny.",
    notFound: "Żadna sprawa nie pasuje do tego kodu. Sprawdź go i spróbuj ponownie.",
    opening: "Otwieranie skrzynki…",
    lock: "Zablokuj",
    lockHint: "Zablokuj, gdy skończysz: usuwa to wszystko z tej strony.",
    status: "Stan",
    outcome: "Wynik",
    datesTitle: "Twoje terminy",
    receivedOn: "Przyjęto",
    receivedExplain: "Dzień, w którym wpłynęło Twoje zgłoszenie.",
    acknowledgedOn: "Potwierdzono przyjęcie dnia",
    ackBy: "Potwierdzenie przyjęcia należy przekazać do",
    ackExplain: "Do tego dnia organizacja musi potwierdzić przyjęcie Twojego zgłoszenia.",
    ackDone: "Tego dnia organizacja potwierdziła przyjęcie Twojego zgłoszenia.",
    feedbackBy: "Informacje zwrotne należy przekazać do",
    feedbackExplain:
      "Do tego dnia powinieneś dowiedzieć się, co zrobiono lub co planuje się zrobić w związku z Twoim zgłoszeniem, i dlaczego.",
    disclosureFrom: "Ujawnienie publiczne może być chronione od",
    disclosureExplain:
      "Od tego dnia, jeśli w związku z Twoim zgłoszeniem nie podjęto odpowiednich działań, podanie informacji " +
      "do wiadomości publicznej może być chronione (art. 15 ust. 1 lit. a) dyrektywy). Dotyczy to tylko " +
      "sytuacji, w której dokonałeś też zgłoszenia do właściwego organu, a on również nie podjął odpowiednich " +
      "działań w swoim terminie, albo zgłosiłeś sprawę bezpośrednio organowi. Bez czekania ujawnienie " +
      "publiczne może być też chronione, gdy istnieje bezpośrednie lub oczywiste zagrożenie dla interesu " +
      "publicznego albo gdy zgłoszenie do organu grozi działaniami odwetowymi lub ukryciem dowodów (art. 15 " +
      "ust. 1 lit. b)). Zanim podasz informacje do wiadomości publicznej, zasięgnij porady, na przykład w " +
      "organizacji wsparcia wymienionej w ogłoszeniu.",
    basis: "Podstawa prawna:",
    noDate: "Nie ustalono",
    threadTitle: "Wiadomości",
    threadEmpty: "Brak wiadomości.",
    replyLabel: "Napisz odpowiedź",
    replyHint: "Szyfrowana w tej przeglądarce przed wysłaniem. Czytać ją mogą tylko osoby prowadzące sprawę.",
    send: "Zaszyfruj i wyślij",
    sending: "Wysyłanie…",
    sent: "Wysłano.",
    emptyReply: "Najpierw napisz wiadomość.",
    locked: "Zablokowano. Wpisz kod dostępu, aby ponownie otworzyć skrzynkę.",
  },
  fields: {
    category: "Kategoria",
    whatHappened: "Co się stało",
    whenWhere: "Kiedy i gdzie",
    whoInvolved: "Kogo to dotyczy",
    relationship: "Związek z organizacją",
    attachments: "Załączniki",
    none: "(nie podano)",
  },
  status: {
    received: "Przyjęte",
    acknowledged: "Potwierdzono przyjęcie",
    in_follow_up: "W trakcie działań następczych",
    feedback_given: "Przekazano informacje zwrotne",
    closed: "Zamknięte",
  },
  outcome: {
    substantiated: "Uzasadnione",
    unsubstantiated: "Nieuzasadnione",
    referred: "Przekazane organowi",
    no_action: "Działania nie są potrzebne",
    withdrawn: "Wycofane",
  },
  kind: {
    further_feedback_request: "Prośba o dalsze informacje zwrotne",
    final_outcome: "Ostateczny wynik",
    report: "Zgłoszenie",
    message: "Wiadomość",
    acknowledgement: "Potwierdzenie przyjęcia",
    request_info: "Prośba o dodatkowe informacje",
    feedback: "Informacje zwrotne",
    disclosure_notice: "Powiadomienie: Twoja tożsamość zostanie ujawniona",
    minimisation: "Usunięto dane (art. 17)",
  },
  minimised: {
    entry: "W tym miejscu usunięto wpis na podstawie art. 17 dyrektywy: zbędne dane osobowe są usuwane.",
    attachment: "Usunięto plik na podstawie art. 17 dyrektywy: zbędne dane osobowe są usuwane.",
    reason: "Powód",
    reasons: {
      not_relevant: "bez związku ze zgłoszeniem",
      untrue: "okazało się nieprawdziwe",
      out_of_scope: "poza zakresem przepisów o sygnalistach",
    },
  },
  author: {
    reporter: "Osoba dokonująca zgłoszenia",
    handler: "Osoba prowadząca sprawę",
    you: "Ty",
  },
  errors: {
    network: "Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.",
    server: "Na serwerze wystąpił błąd. Spróbuj ponownie później.",
    rejected: "Serwer nie przyjął tego żądania. Odśwież stronę i spróbuj ponownie.",
    undecryptable: "Nie udało się odszyfrować tego wpisu.",
    unsupported: "Ten wpis ma format, którego ta strona nie zna.",
    unverified:
      "Nie udało się zweryfikować tego wpisu, dlatego nie jest wyświetlany. Mógł zostać dodany, zmieniony, usunięty lub przestawiony na serwerze.",
    unwrapFailed: "Nie udało się otworzyć klucza sprawy Twoim kluczem.",
    recipientMismatch:
      "Klucz sprawy z serwera nie pasuje do otwartej sprawy, więc nic nie zostało wysłane. Zgłoś to administratorowi.",
    badRecipient: "Klucz odbiorcy z serwera nie jest oczekiwanego rodzaju, więc nic nie zostało wysłane.",
    weakKdf: "Serwer zaproponował niebezpieczne ustawienia klucza, więc hasło nie zostało użyte.",
    rateLimited: "Zbyt wiele prób. Odczekaj kilka minut i spróbuj ponownie.",
    notSent:
      "Nie udało się tego przygotować w tej przeglądarce, więc nic nie zostało wysłane. Spróbuj ponownie.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "został 1 dzień" : `pozostało dni: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "1 dzień po terminie" : `dni po terminie: ${n}`),
    today: "termin dzisiaj",
  },
  receipt: {
    download: "Pobierz podpisane potwierdzenie",
    hint: "Kanał podpisuje to potwierdzenie: pokazuje, że i kiedy dokonano zgłoszenia. Przechowuj je razem z kodem. Każdy może je sprawdzić, także bez połączenia, na stronie /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Tego kanału nie można teraz zweryfikować, więc ta strona niczego nie zaszyfruje ani nie wyśle. Twoje zgłoszenie jest bezpieczne: nic nie opuściło tego urządzenia.",
    unverifiedWhy: {
      "no-roster": "Kanał nie ma jeszcze podpisanej listy osób, które czytają zgłoszenia.",
      "bad-pin": "Otwarty link zawiera odcisk klucza kanału, który nie jest poprawnie zapisany.",
      "pin-mismatch":
        "Klucz kanału nie zgadza się z odciskiem w otwartym linku (z plakatu lub ogłoszenia). Ktoś może próbować czytać zgłoszenia, których nie powinien.",
      expired: "Podpisana lista osób, które czytają zgłoszenia, jest nieaktualna.",
      invalid: "Lista osób, które czytają zgłoszenia, nie jest ważnie podpisana kluczem kanału.",
    },
    unverifiedExternal: "Zamiast tego możesz zgłosić naruszenie organowi zewnętrznemu:",
    fingerprintPinned: (f: string): string =>
      `Zweryfikowano: klucz kanału zgadza się z Twoim linkiem (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Odcisk klucza kanału: ${f}. Zanim zaczniesz pisać, porównaj go z odciskiem na plakacie lub w ogłoszeniu.`,
  },
};

export default pl;
