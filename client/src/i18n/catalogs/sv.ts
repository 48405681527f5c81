/** Svenska: rapporteringsformulär, sidan med åtkomstkoden och ärendets inkorg. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const sv: ReporterTranslation = {
  lang: "sv",
  locale: "sv-SE",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/sv/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Hoppa till huvudinnehållet",
    home: "Startsida",
    notice: "Information för arbetstagare (meddelande)",
    noscript:
      "Rapporteringsformuläret och ärendets inkorg behöver JavaScript: dina ord krypteras på den här enheten " +
      "innan de skickas, och det kräver JavaScript. Den här sidan kan du läsa utan det.",
    noscriptAllow:
      "Så tillåter du JavaScript bara för den här webbplatsen: i Tor Browser räcker nivån ”Säkrare” " +
      "(sköldikonen, Inställningar); på nivån ”Säkrast” lägger du till NoScript-knappen i verktygsfältet och " +
      "väljer ”Lita tillfälligt på” för den här webbplatsen. I andra webbläsare öppnar du " +
      "webbplatsinställningarna bredvid adressfältet och tillåter JavaScript för den här webbplatsen.",
    noscriptElsewhere: "Du kan också rapportera till dessa myndigheter och EU-organ (vanliga länkar):",
    language: "Språk",
    leave: "Lämna snabbt",
    leaveHint: "Ersätter sidan med en tom sida och raderar det du har skrivit.",
    notLegalAdvice: "Detta är allmän information, inte juridisk rådgivning.",
    loading: "Läser in…",
    required: "(obligatoriskt)",
    optional: "(frivilligt)",
  },
  landing: {
    title: "Rapportera tryggt",
    intro:
      "Det här är en konfidentiell kanal för att rapportera överträdelser av lagen som du har fått kännedom " +
      "om i ditt arbete: till exempel bedrägeri, korruption, risker för säkerhet eller hälsa, miljöskador, " +
      "brott mot dataskyddet eller risker från AI-system. Du kan vara anonym.",
    makeReport: "Gör en rapport",
    makeReportHint: "Tar ungefär 10 minuter. Inget konto, ingen e-postadress, inget namn behövs.",
    openInbox: "Öppna ärendets inkorg",
    openInboxHint: "Har du redan rapporterat? Använd åtkomstkoden för att läsa svar och svara på frågor.",
    howTitle: "Så fungerar det",
    how1: "Din rapport krypteras i din webbläsare innan den skickas. Servern lagrar bara text som den inte kan läsa; bara de utsedda handläggarna kan öppna den.",
    how2: "Vi lagrar inte din IP-adress eller något om din enhet. För extra säkerhet kan du använda en enhet och ett nätverk som din arbetsgivare inte kontrollerar.",
    how3: "När du har skickat får du en åtkomstkod. Den är den enda nyckeln till ärendets inkorg, där du läser svar och kan svara. Ingen kan återskapa den åt dig.",
    how4: "Du får en bekräftelse på mottagandet inom 7 dagar och återkoppling om uppföljningen inom 3 månader.",
    externalTitle: "Du kan också rapportera utanför organisationen",
    external:
      "Du kan alltid rapportera direkt till en behörig myndighet eller till en av EU:s institutioner, organ " +
      "eller byråer, till exempel EU:s AI-byrås visselblåsarverktyg för AI-förordningen. Du behöver aldrig " +
      "rapportera här först.",
    externalNotice: "Meddelandet listar myndigheterna och hur du når dem",
    aiOfficeLink: "Om AI-byråns visselblåsarverktyg (Europeiska kommissionens webbplats)",
    handlerTitle: "För handläggare",
    handlerLink: "Logga in för att handlägga ärenden",
  },
  report: {
    categoryNotSureHint:
      "Vet du inte vilket ämne som passar? Välj ”Annat / osäker” högst upp i listan: handläggarna sorterar det.",
    notSureButton: "Jag är osäker: välj ”Annat / osäker”",
    groupNotSure: "Annat / osäker",
    groupEuLaw: "Överträdelser av unionsrätten",
    groupAiRisks: "AI-säkerhet och grundläggande rättigheter",
    groupNational: "Överträdelser av nationell rätt",
    draftWarning: "Din rapport har inte skickats. Om du lämnar sidan går det du har skrivit förlorat.",
    elsewhereSummary: "Andra ställen där du kan rapportera",
    receiptFor: "Rapport till",
    inboxFailed:
      "Inkorgen kunde inte öppnas här. Din åtkomstkod visas fortfarande ovan; öppna inkorgssidan med den.",
    title: "Gör en rapport",
    intro:
      "Berätta med egna ord vad som har hänt. Bara de två första frågorna är obligatoriska. Allt du skriver " +
      "krypteras i den här webbläsaren innan det skickas.",
    channel: "Vart ska din rapport gå?",
    category: "Vad gäller det?",
    categoryPlaceholder: "Välj ett ämne",
    what: "Vad har hänt?",
    whatHint: "Beskriv de fakta du känner till. Säg vad du själv har sett och vad du har hört från andra.",
    whenWhere: "När och var hände det?",
    whenWhereHint: "Datum, platser, system eller projekt, så långt du känner till dem.",
    who: "Vilka är inblandade?",
    whoHint: "Namn eller roller för de berörda personerna eller grupperna, om du känner till dem.",
    relationship: "Din relation till organisationen",
    relationshipHint: "Frivilligt. Att lämna fältet tomt kan hjälpa dig att vara anonym.",
    filesLabel: "Filer",
    recordVoice: "Spela in ett röstmeddelande",
    filesHint:
      "Dokument, skärmbilder, loggar. Varje fil krypteras i den här webbläsaren innan den skickas efter anmälan.",
    relationshipNone: "Lämna tomt",
    aboutTitle: "Om dig (frivilligt)",
    identityLegend: "Din identitet (frivilligt)",
    identityWarning:
      "Lämna den här delen tom om du vill vara anonym. Om du fyller i den krypteras den med en separat nyckel " +
      "som bara förvaltarna (de personer som utsetts att skydda rapporterande personers identitet) kan " +
      "öppna. Andra handläggare ser bara att den finns.",
    identityNoCustodians:
      "Just nu har ingen rollen som förvaltare, så din identitet skulle inte kunna skyddas separat. Lämna " +
      "den här delen tom.",
    identityName: "Ditt namn",
    identityContact: "Hur vi når dig",
    identityContactHint: "En privat e-postadress eller ett privat telefonnummer, inte jobbets.",
    identityNote: "Övrigt om hur vi når dig",
    detailsWarning:
      "Detaljer i dina svar kan också avslöja vem du är. Skriv det som behövs för att förstå problemet och " +
      "utelämna resten.",
    coiLegend: "Personer som inte får se den här rapporten (frivilligt)",
    coiHint:
      "Kryssa för personer som är inblandade i det du rapporterar eller kan ha en intressekonflikt. Din " +
      "rapport krypteras inte för dem, så de kan inte öppna den, och ingen kan ge dem åtkomst senare.",
    beforeTitle: "Innan du skickar",
    beforeAnonymity:
      "Anonymitet: din rapport krypteras i den här webbläsaren. Vi ser den aldrig i läsbar form och lagrar " +
      "inte din IP-adress. Bara handläggarna kan läsa den.",
    beforeToken:
      "Din åtkomstkod: när du har skickat får du en kod som visas bara en gång. Den är den enda vägen in i " +
      "ärendets inkorg. Förvara den säkert och privat; ingen kan återskapa den åt dig.",
    beforeNext:
      "Vad som händer sedan: du får en bekräftelse på mottagandet inom 7 dagar och återkoppling inom 3 " +
      "månader. Titta i inkorgen: vi har inget annat sätt att nå dig om du inte ger oss ett. De exakta " +
      "datumen visas när du har skickat.",
    beforeExternal:
      "Du kan alltid rapportera till en behörig myndighet eller till en av EU:s institutioner, organ eller " +
      "byråer, även AI-byråns visselblåsarverktyg, i stället för här eller dessutom. Du behöver aldrig " +
      "rapportera här först.",
    submit: "Kryptera och skicka rapporten",
    loadingConfig: "Läser in formuläret…",
    configFailed: "Formuläret kunde inte läsas in. Kontrollera anslutningen och ladda om sidan.",
    encrypting: "Din rapport krypteras i den här webbläsaren…",
    sending: "Den krypterade rapporten skickas…",
    missingCategory: "Välj vad din rapport gäller.",
    missingWhat: "Beskriv vad som har hänt.",
    failedClosed: "Krypteringen misslyckades, så inget skickades. Ladda om sidan och försök igen.",
    sendFailed: "Din rapport skickades inte:",
    noHandlers: "Ingen kan ta emot rapporter i den här kanalen ännu, så inget skickades.",
    allExcluded: "Du har uteslutit alla som skulle kunna läsa din rapport. Lämna minst en person utan kryss.",
    sentTitle: "Din rapport har skickats",
    spellToken: "Läs åtkomstkoden tecken för tecken",
    tokenGroup: (n: number): string => `Grupp ${n}`,
    tokenTitle: "Din åtkomstkod",
    tokenOnce:
      "Koden visas bara en gång. Spara den nu. Den som har den kan läsa ditt ärende, så håll den privat.",
    copy: "Kopiera",
    copied: "Kopierad.",
    copyFailed: "Det går inte att kopiera här. Markera koden och kopiera den, eller skriv av den.",
    download: "Ladda ner som textfil",
    print: "Skriv ut",
    inboxAt: "Ärendets inkorg:",
    tokenFileIntro: "Åtkomstkod till din rapport. Håll den privat: den som har den kan läsa ditt ärende.",
    datesTitle: "Vad som händer sedan",
    receivedOn: "Mottagen den",
    ackBy: "Bekräftelse på mottagandet senast",
    feedbackBy: "Återkoppling senast",
    disclosureFrom: "Offentliggörande kan vara skyddat från",
    disclosureShort:
      "Har bara betydelse om inga lämpliga åtgärder vidtas; inkorgen förklarar vad det innebär. Allmän information, inte juridisk rådgivning.",
    datesHint: "Öppna inkorgen med koden för att se bekräftelsen, svaren och återkopplingen.",
    saved: "Jag har sparat min kod på ett säkert ställe",
    continue: "Fortsätt till inkorgen",
    leaveWarning: "Du har inte bekräftat att du har sparat koden. Den kan inte visas igen.",
  },
  inbox: {
    furtherFeedbackTitle: "Ytterligare återkoppling",
    furtherFeedbackHint:
      "Enligt irländsk rätt kan du begära ytterligare återkoppling var tredje månad tills ditt ärende har avslutats. Din begäran läggs till bland meddelandena, signerad i den här webbläsaren.",
    furtherFeedbackAsk: "Begär ytterligare återkoppling var tredje månad",
    furtherFeedbackText:
      "Jag begär ytterligare återkoppling var tredje månad tills mitt ärende har avslutats.",
    furtherFeedbackAsked: "Du begärde ytterligare återkoppling den",
    furtherFeedbackBy: "Ytterligare återkoppling senast",
    furtherFeedbackExplain:
      "3 månader efter den senaste återkopplingen, eftersom du begärde det. Det upprepas tills ärendet har avslutats.",
    notSetAck: "Inget datum: fristen för bekräftelsen gäller bara tills din rapport har bekräftats.",
    notSetFeedback: "Inget datum ännu: det fastställs när lagens frist för återkoppling kan räknas.",
    notSetDisclosure:
      "Inget datum, eftersom återkopplingen om resultatet kom i tid, eller eftersom rätten för den här kanalen inte anger något. Skyddet enligt artikel 15.1 b, som inte kräver någon väntan, påverkas inte.",
    datesMore: "Vid varje datum står regeln som det följer av.",
    todo: {
      "answer-question": "Vi har ställt en fråga till dig. Svara på den nedan.",
      "read-reply": "Vi har skrivit till dig. Läs meddelandet nedan; du kan svara om du vill.",
      "read-feedback":
        "Vi har gett dig återkoppling om vad som har gjorts. Läs den nedan; du kan fortfarande skriva till oss.",
      closed: "Ditt ärende är avslutat. Du kan fortfarande läsa allt här.",
      "wait-ack": "Inget att göra just nu. Din rapport har kommit fram; vi bekräftar mottagandet här.",
      "wait-follow-up": "Inget att göra just nu. Vi följer upp; kom tillbaka hit för svar och återkoppling.",
    },
    title: "Ärendets inkorg",
    intro:
      "Ange åtkomstkoden som du fick när du rapporterade. Den kontrolleras och omvandlas till nycklar i den " +
      "här webbläsaren; själva koden skickas aldrig.",
    token: "Åtkomstkod",
    tokenHint: "Fem grupper med fem tecken. Stora eller små bokstäver, med eller utan bindestreck.",
    open: "Öppna inkorgen",
    badToken: "Kontrollera koden: ett tecken ser fel ut.",
    notFound: "Inget ärende matchar koden. Kontrollera den och försök igen.",
    opening: "Inkorgen öppnas…",
    lock: "Lås",
    lockHint: "Lås när du är klar: allt rensas från sidan.",
    status: "Läge",
    outcome: "Resultat",
    datesTitle: "Dina datum",
    receivedOn: "Mottagen",
    receivedExplain: "Dagen då din rapport kom in.",
    acknowledgedOn: "Mottagandet bekräftat den",
    ackBy: "Bekräftelse på mottagandet ska ges senast",
    ackExplain: "Senast detta datum måste organisationen bekräfta att den har tagit emot din rapport.",
    ackDone: "Organisationen bekräftade mottagandet av din rapport detta datum.",
    feedbackBy: "Återkoppling ska ges senast",
    feedbackExplain:
      "Senast detta datum ska du få veta vad som har gjorts eller planeras med anledning av din rapport, och varför.",
    disclosureFrom: "Offentliggörande kan vara skyddat från",
    disclosureExplain:
      "Från detta datum kan det vara skyddat att offentliggöra uppgifterna om inga lämpliga åtgärder har " +
      "vidtagits med anledning av din rapport (artikel 15.1 a i direktivet). Det gäller bara om du också har " +
      "rapporterat till en behörig myndighet och inte heller den har vidtagit lämpliga åtgärder inom sin " +
      "egen tidsfrist, eller om du har rapporterat direkt till myndigheten. Utan att vänta kan ett " +
      "offentliggörande också vara skyddat vid en överhängande eller uppenbar fara för allmänintresset, eller " +
      "när en rapport till myndigheten innebär risk för repressalier eller för att bevis döljs (artikel " +
      "15.1 b). Sök råd innan du går ut offentligt, till exempel hos en stödorganisation som anges i meddelandet.",
    basis: "Rättslig grund:",
    noDate: "Inte fastställt",
    threadTitle: "Meddelanden",
    threadEmpty: "Inga meddelanden ännu.",
    replyLabel: "Skriv ett svar",
    replyHint: "Krypteras i den här webbläsaren innan det skickas. Bara handläggarna kan läsa det.",
    send: "Kryptera och skicka",
    sending: "Skickar…",
    sent: "Skickat.",
    emptyReply: "Skriv ett meddelande först.",
    locked: "Låst. Ange din kod för att öppna inkorgen igen.",
  },
  fields: {
    category: "Kategori",
    whatHappened: "Vad som hände",
    whenWhere: "När och var",
    whoInvolved: "Vilka som är inblandade",
    relationship: "Relation till organisationen",
    attachments: "Bilagor",
    none: "(inte angivet)",
  },
  status: {
    received: "Mottagen",
    acknowledged: "Mottagandet bekräftat",
    in_follow_up: "Uppföljning pågår",
    feedback_given: "Återkoppling given",
    closed: "Avslutad",
  },
  outcome: {
    substantiated: "Befogad",
    unsubstantiated: "Obefogad",
    referred: "Överlämnad till en myndighet",
    no_action: "Ingen åtgärd behövs",
    withdrawn: "Återkallad",
  },
  kind: {
    further_feedback_request: "Begäran om ytterligare återkoppling",
    final_outcome: "Slutligt resultat",
    report: "Rapport",
    message: "Meddelande",
    acknowledgement: "Bekräftelse på mottagandet",
    request_info: "Begäran om mer information",
    feedback: "Återkoppling",
    disclosure_notice: "Meddelande: din identitet kommer att röjas",
    minimisation: "Uppgifter borttagna (art. 17)",
  },
  minimised: {
    entry: "Här togs en post bort enligt artikel 17 i direktivet: personuppgifter som inte behövs raderas.",
    attachment: "En fil togs bort enligt artikel 17 i direktivet: personuppgifter som inte behövs raderas.",
    reason: "Skäl",
    reasons: {
      not_relevant: "inte relevant för rapporten",
      untrue: "har visat sig vara osant",
      out_of_scope: "utanför visselblåsarreglernas tillämpningsområde",
    },
  },
  author: {
    reporter: "Rapporterande person",
    handler: "Handläggare",
    you: "Du",
  },
  errors: {
    network: "Det gick inte att nå servern. Kontrollera anslutningen och försök igen.",
    server: "Något gick fel på servern. Försök igen senare.",
    rejected: "Servern godtog inte begäran. Ladda om sidan och försök igen.",
    undecryptable: "Posten kunde inte dekrypteras.",
    unsupported: "Posten har ett format som den här sidan inte känner till.",
    unverified:
      "Den här posten kunde inte verifieras och visas därför inte. Den kan ha lagts till, ändrats, tagits bort eller flyttats på servern.",
    unwrapFailed: "Ärendets nyckel kunde inte öppnas med din nyckel.",
    recipientMismatch:
      "Serverns ärendenyckel stämmer inte med det öppnade ärendet, så inget skickades. Meddela en administratör.",
    badRecipient: "En mottagarnyckel från servern är inte av förväntad typ, så inget skickades.",
    weakKdf: "Servern erbjöd osäkra nyckelinställningar, så lösenfrasen användes inte.",
    rateLimited: "För många försök. Vänta några minuter och försök igen.",
    notSent: "Det gick inte att förbereda detta i den här webbläsaren, så inget skickades. Försök igen.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 dag kvar" : `${n} dagar kvar`),
    daysOver: (n: number): string => (n === 1 ? "1 dag försenad" : `${n} dagar försenad`),
    today: "förfaller i dag",
  },
  receipt: {
    download: "Ladda ned det signerade kvittot",
    hint: "Kanalen signerar detta kvitto: det visar att och när du rapporterade. Spara det tillsammans med din kod. Vem som helst kan kontrollera det, även utan anslutning, på sidan /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Den här kanalen kan inte verifieras just nu, så den här sidan krypterar och skickar ingenting. Din rapport är säker hos dig: ingenting har lämnat den här enheten.",
    unverifiedWhy: {
      "no-roster": "Kanalen har ännu ingen signerad lista över de personer som läser rapporter.",
      "bad-pin":
        "Länken du öppnade innehåller ett fingeravtryck av kanalens nyckel som inte är korrekt skrivet.",
      "pin-mismatch":
        "Kanalens nyckel stämmer inte med fingeravtrycket i länken du öppnade (från affischen eller meddelandet). Någon kanske försöker läsa rapporter som inte är avsedda för hen.",
      expired: "Den signerade listan över de personer som läser rapporter är inaktuell.",
      invalid: "Listan över de personer som läser rapporter är inte giltigt signerad med kanalens nyckel.",
    },
    unverifiedExternal: "Du kan i stället rapportera till en extern myndighet:",
    fingerprintPinned: (f: string): string => `Verifierat: kanalens nyckel stämmer med din länk (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Fingeravtryck för kanalens nyckel: ${f}. Jämför det med det på affischen eller i meddelandet innan du skriver.`,
  },
};

export default sv;
