/** Dansk: indberetningsformular, siden med adgangskoden og sagens indbakke. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const da: ReporterTranslation = {
  lang: "da",
  locale: "da-DK",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/da/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Gå til hovedindholdet",
    home: "Forside",
    notice: "Information til arbejdstagere (meddelelse)",
    noscript:
      "Indberetningsformularen og sagens indbakke kræver JavaScript: dine ord krypteres på denne enhed, før " +
      "de sendes, og det kræver JavaScript. Denne side kan du læse uden.",
    noscriptAllow:
      "Sådan tillader du JavaScript kun for dette websted: i Tor Browser er niveauet »Sikrere« nok " +
      "(skjoldikonet, Indstillinger); på niveauet »Sikrest« tilføjer du NoScript-knappen til værktøjslinjen " +
      "og vælger »Stol midlertidigt på« for dette websted. I andre browsere åbner du " +
      "webstedsindstillingerne ved adresselinjen og tillader JavaScript for dette websted.",
    noscriptElsewhere: "Du kan også indberette til disse myndigheder og EU-organer (almindelige links):",
    language: "Sprog",
    leave: "Forlad hurtigt",
    leaveHint: "Erstatter siden med en tom side og sletter det, du har skrevet.",
    notLegalAdvice: "Dette er generel information, ikke juridisk rådgivning.",
    loading: "Indlæser…",
    required: "(skal udfyldes)",
    optional: "(frivilligt)",
  },
  landing: {
    title: "Indberet trygt",
    intro:
      "Dette er en fortrolig kanal til indberetning af overtrædelser af loven, som du har fået kendskab til " +
      "gennem dit arbejde: for eksempel svig, korruption, risici for sikkerhed eller sundhed, miljøskader, " +
      "brud på databeskyttelsen eller risici fra AI-systemer. Du kan være anonym.",
    makeReport: "Foretag en indberetning",
    makeReportHint: "Tager omkring 10 minutter. Ingen konto, ingen e-mailadresse, intet navn.",
    openInbox: "Åbn sagens indbakke",
    openInboxHint: "Har du allerede indberettet? Brug din adgangskode til at læse svar og besvare spørgsmål.",
    howTitle: "Sådan fungerer det",
    how1: "Din indberetning krypteres i din browser, før den sendes. Serveren gemmer kun tekst, den ikke kan læse; kun de udpegede sagsbehandlere kan åbne den.",
    how2: "Vi gemmer ikke din IP-adresse eller noget om din enhed. For ekstra sikkerhed kan du bruge en enhed og et netværk, som din arbejdsgiver ikke kontrollerer.",
    how3: "Når du har sendt, får du en adgangskode. Den er den eneste nøgle til sagens indbakke, hvor du læser svar og kan svare. Ingen kan genskabe den for dig.",
    how4: "Du får en kvittering for modtagelsen inden for 7 dage og feedback om opfølgningen inden for 3 måneder.",
    externalTitle: "Du kan også indberette uden for organisationen",
    external:
      "Du kan altid indberette direkte til en kompetent myndighed eller til en af EU's institutioner, " +
      "organer, kontorer eller agenturer, for eksempel EU's AI-kontors whistleblowerværktøj for " +
      "AI-forordningen. Du skal aldrig indberette her først.",
    externalNotice: "Meddelelsen nævner myndighederne, og hvordan du kontakter dem",
    aiOfficeLink: "Om AI-kontorets whistleblowerværktøj (Europa-Kommissionens websted)",
    handlerTitle: "For sagsbehandlere",
    handlerLink: "Log ind for at behandle sager",
  },
  report: {
    categoryNotSureHint:
      "Ved du ikke, hvilket emne der passer? Vælg »Andet / usikker« øverst på listen: sagsbehandlerne sorterer det.",
    notSureButton: "Jeg er usikker: vælg »Andet / usikker«",
    groupNotSure: "Andet / usikker",
    groupEuLaw: "Overtrædelser af EU-retten",
    groupAiRisks: "AI-sikkerhed og grundlæggende rettigheder",
    groupNational: "Overtrædelser af national ret",
    draftWarning: "Din indberetning er ikke sendt. Hvis du forlader siden, går det, du har skrevet, tabt.",
    elsewhereSummary: "Andre steder, du kan indberette til",
    receiptFor: "Indberetning til",
    inboxFailed:
      "Indbakken kunne ikke åbnes her. Din adgangskode vises stadig ovenfor; åbn indbakkesiden med den.",
    title: "Foretag en indberetning",
    intro:
      "Fortæl med dine egne ord, hvad der er sket. Kun de to første spørgsmål skal besvares. Alt, hvad du " +
      "skriver, krypteres i denne browser, før det sendes.",
    channel: "Hvor skal din indberetning hen?",
    category: "Hvad drejer det sig om?",
    categoryPlaceholder: "Vælg et emne",
    what: "Hvad er der sket?",
    whatHint: "Beskriv de fakta, du kender. Sig, hvad du selv har set, og hvad du har hørt fra andre.",
    whenWhere: "Hvornår og hvor skete det?",
    whenWhereHint: "Datoer, steder, systemer eller projekter, så vidt du kender dem.",
    who: "Hvem er involveret?",
    whoHint: "Navne eller roller på de berørte personer eller teams, hvis du kender dem.",
    relationship: "Din tilknytning til organisationen",
    relationshipHint: "Frivilligt. Hvis du lader feltet stå tomt, er det lettere at forblive anonym.",
    filesLabel: "Filer",
    recordVoice: "Optag en talebesked",
    filesHint:
      "Dokumenter, skærmbilleder, logfiler. Hver fil krypteres i denne browser, før den sendes efter indberetningen.",
    relationshipNone: "Lad stå tomt",
    aboutTitle: "Om dig (frivilligt)",
    identityLegend: "Din identitet (frivilligt)",
    identityWarning:
      "Lad dette afsnit stå tomt for at forblive anonym. Hvis du udfylder det, krypteres det med en separat " +
      "nøgle, som kun værgerne (de personer, der er udpeget til at beskytte indberetternes identitet) kan " +
      "åbne. Andre sagsbehandlere ser kun, at det findes.",
    identityNoCustodians:
      "Lige nu har ingen rollen som værge, så din identitet kunne ikke beskyttes separat. Lad dette afsnit stå tomt.",
    identityName: "Dit navn",
    identityContact: "Hvordan vi kan kontakte dig",
    identityContactHint: "En privat e-mailadresse eller et privat telefonnummer, ikke dit arbejdes.",
    identityNote: "Andet om at kontakte dig",
    detailsWarning:
      "Detaljer i dine svar kan også afsløre, hvem du er. Skriv det, der skal til for at forstå problemet, " +
      "og udelad resten.",
    coiLegend: "Personer, der ikke må se denne indberetning (frivilligt)",
    coiHint:
      "Sæt kryds ved personer, der er involveret i det, du indberetter, eller kan have en interessekonflikt. " +
      "Din indberetning krypteres ikke til dem, så de kan ikke åbne den, og ingen kan give dem adgang senere.",
    beforeTitle: "Før du sender",
    beforeAnonymity:
      "Anonymitet: din indberetning krypteres i denne browser. Vi ser den aldrig i læsbar form og gemmer ikke " +
      "din IP-adresse. Kun sagsbehandlerne kan læse den.",
    beforeToken:
      "Din adgangskode: når du har sendt, får du en kode, der kun vises én gang. Den er den eneste vej ind i " +
      "sagens indbakke. Opbevar den sikkert og privat; ingen kan genskabe den for dig.",
    beforeNext:
      "Hvad der sker bagefter: du får en kvittering for modtagelsen inden for 7 dage og feedback inden for 3 " +
      "måneder. Se i indbakken: vi har ingen anden måde at kontakte dig på, medmindre du giver os en. De " +
      "præcise datoer vises, når du har sendt.",
    beforeExternal:
      "Du kan altid indberette til en kompetent myndighed eller til en af EU's institutioner, organer, " +
      "kontorer eller agenturer, også AI-kontorets whistleblowerværktøj, i stedet for her eller derudover. " +
      "Du skal aldrig indberette her først.",
    submit: "Kryptér og send indberetningen",
    loadingConfig: "Indlæser formularen…",
    configFailed: "Formularen kunne ikke indlæses. Tjek din forbindelse, og genindlæs siden.",
    encrypting: "Din indberetning krypteres i denne browser…",
    sending: "Den krypterede indberetning sendes…",
    missingCategory: "Vælg, hvad din indberetning drejer sig om.",
    missingWhat: "Beskriv, hvad der er sket.",
    failedClosed: "Krypteringen mislykkedes, så intet blev sendt. Genindlæs siden, og prøv igen.",
    sendFailed: "Din indberetning blev ikke sendt:",
    noHandlers: "Ingen kan modtage indberetninger på denne kanal endnu, så intet blev sendt.",
    allExcluded:
      "Du har udelukket alle, der kunne læse din indberetning. Lad mindst én person være uden kryds.",
    sentTitle: "Din indberetning er sendt",
    spellToken: "Læs adgangskoden tegn for tegn",
    tokenGroup: (n: number): string => `Gruppe ${n}`,
    tokenTitle: "Din adgangskode",
    tokenOnce:
      "Koden vises kun én gang. Gem den nu. Alle, der har den, kan læse din sag, så hold den privat.",
    copy: "Kopiér",
    copied: "Kopieret.",
    copyFailed: "Kopiering er ikke mulig her. Markér koden og kopiér den, eller skriv den ned.",
    download: "Download som tekstfil",
    print: "Udskriv",
    inboxAt: "Sagens indbakke:",
    tokenFileIntro: "Adgangskode til din indberetning. Hold den privat: alle, der har den, kan læse din sag.",
    datesTitle: "Hvad der sker bagefter",
    receivedOn: "Modtaget den",
    ackBy: "Kvittering for modtagelse senest",
    feedbackBy: "Feedback senest",
    disclosureFrom: "Offentliggørelse kan være beskyttet fra",
    disclosureShort:
      "Har kun betydning, hvis der ikke træffes passende foranstaltninger; indbakken forklarer, hvad det betyder. Generel information, ikke juridisk rådgivning.",
    datesHint: "Åbn indbakken med koden for at se kvitteringen, svarene og feedbacken.",
    saved: "Jeg har gemt min kode et sikkert sted",
    continue: "Fortsæt til indbakken",
    leaveWarning: "Du har ikke bekræftet, at du har gemt din kode. Den kan ikke vises igen.",
  },
  inbox: {
    furtherFeedbackTitle: "Yderligere tilbagemelding",
    furtherFeedbackHint:
      "Efter irsk ret kan du bede om yderligere tilbagemelding hver 3. måned, indtil din sag er afsluttet. Din anmodning føjes til beskederne, underskrevet i denne browser.",
    furtherFeedbackAsk: "Bed om yderligere tilbagemelding hver 3. måned",
    furtherFeedbackText: "Jeg beder om yderligere tilbagemelding hver 3. måned, indtil min sag er afsluttet.",
    furtherFeedbackAsked: "Du bad om yderligere tilbagemelding den",
    furtherFeedbackBy: "Yderligere tilbagemelding senest",
    furtherFeedbackExplain:
      "3 måneder efter den seneste tilbagemelding, fordi du bad om det. Det gentages, indtil sagen er afsluttet.",
    notSetAck: "Ingen dato: fristen for kvitteringen gælder kun, indtil din indberetning er bekræftet.",
    notSetFeedback: "Ingen dato endnu: den fastsættes, når lovens frist for feedback kan beregnes.",
    notSetDisclosure:
      "Ingen dato, fordi feedbacken om resultatet kom inden for fristen, eller fordi retten for denne kanal ikke fastsætter nogen. Beskyttelsen efter artikel 15, stk. 1, litra b), som ikke kræver ventetid, berøres ikke.",
    datesMore: "Ved hver dato står den regel, den følger af.",
    todo: {
      "answer-question": "Vi har stillet dig et spørgsmål. Svar venligst nedenfor.",
      "read-reply": "Vi har skrevet til dig. Læs beskeden nedenfor; du kan svare, hvis du vil.",
      "read-feedback":
        "Vi har givet dig en tilbagemelding om, hvad der er gjort. Læs den nedenfor; du kan stadig skrive til os.",
      closed: "Din sag er afsluttet. Du kan stadig læse alt her.",
      "wait-ack": "Intet at gøre lige nu. Din indberetning er modtaget; vi bekræfter modtagelsen her.",
      "wait-follow-up": "Intet at gøre lige nu. Vi følger op; kom tilbage her for svar og tilbagemelding.",
    },
    title: "Sagens indbakke",
    intro:
      "Indtast den adgangskode, du fik ved indberetningen. Den kontrolleres og omdannes til nøgler i denne " +
      "browser; selve koden sendes aldrig.",
    token: "Adgangskode",
    tokenHint: "Fem grupper med fem tegn. Store eller små bogstaver, med eller uden bindestreger.",
    open: "Åbn indbakken",
    badToken: "Tjek koden: et tegn ser forkert ud.",
    notFound: "Ingen sag passer til denne kode. Tjek den, og prøv igen.",
    opening: "Indbakken åbnes…",
    lock: "Lås",
    lockHint: "Lås, når du er færdig: alt ryddes fra siden.",
    status: "Stade",
    outcome: "Resultat",
    datesTitle: "Dine datoer",
    receivedOn: "Modtaget",
    receivedExplain: "Den dag, din indberetning kom ind.",
    acknowledgedOn: "Modtagelse bekræftet den",
    ackBy: "Kvittering for modtagelse skal gives senest",
    ackExplain: "Senest på denne dato skal organisationen bekræfte, at den har modtaget din indberetning.",
    ackDone: "Organisationen bekræftede modtagelsen af din indberetning på denne dato.",
    feedbackBy: "Feedback skal gives senest",
    feedbackExplain:
      "Senest på denne dato skal du have at vide, hvad der er gjort eller planlagt i anledning af din indberetning, og hvorfor.",
    disclosureFrom: "Offentliggørelse kan være beskyttet fra",
    disclosureExplain:
      "Fra denne dato kan det være beskyttet at offentliggøre oplysningerne, hvis der ikke er truffet " +
      "passende foranstaltninger i anledning af din indberetning (direktivets artikel 15, stk. 1, litra a)). " +
      "Det gælder kun, hvis du også har indberettet til en kompetent myndighed, og heller ikke den har " +
      "truffet passende foranstaltninger inden for sin egen frist, eller hvis du har indberettet direkte til " +
      "myndigheden. Uden at vente kan offentliggørelse også være beskyttet ved en overhængende eller åbenbar " +
      "fare for offentlighedens interesse, eller når en indberetning til myndigheden indebærer risiko for " +
      "repressalier eller for, at beviser skjules (artikel 15, stk. 1, litra b)). Søg rådgivning, før du går " +
      "offentligt ud, for eksempel hos en støtteorganisation nævnt i meddelelsen.",
    basis: "Retsgrundlag:",
    noDate: "Ikke fastsat",
    threadTitle: "Beskeder",
    threadEmpty: "Ingen beskeder endnu.",
    replyLabel: "Skriv et svar",
    replyHint: "Krypteres i denne browser, før det sendes. Kun sagsbehandlerne kan læse det.",
    send: "Kryptér og send",
    sending: "Sender…",
    sent: "Sendt.",
    emptyReply: "Skriv først en besked.",
    locked: "Låst. Indtast din kode for at åbne indbakken igen.",
  },
  fields: {
    category: "Kategori",
    whatHappened: "Hvad der skete",
    whenWhere: "Hvornår og hvor",
    whoInvolved: "Hvem der er involveret",
    relationship: "Tilknytning til organisationen",
    attachments: "Vedhæftede filer",
    none: "(ikke angivet)",
  },
  status: {
    received: "Modtaget",
    acknowledged: "Modtagelse bekræftet",
    in_follow_up: "Opfølgning i gang",
    feedback_given: "Feedback givet",
    closed: "Afsluttet",
  },
  outcome: {
    substantiated: "Begrundet",
    unsubstantiated: "Ubegrundet",
    referred: "Henvist til en myndighed",
    no_action: "Ingen foranstaltning nødvendig",
    withdrawn: "Trukket tilbage",
  },
  kind: {
    further_feedback_request: "Anmodning om yderligere tilbagemelding",
    final_outcome: "Endeligt resultat",
    report: "Indberetning",
    message: "Besked",
    acknowledgement: "Kvittering for modtagelse",
    request_info: "Anmodning om flere oplysninger",
    feedback: "Tilbagemelding",
    disclosure_notice: "Meddelelse: din identitet bliver videregivet",
    minimisation: "Data fjernet (art. 17)",
  },
  minimised: {
    entry:
      "En post blev fjernet her i henhold til direktivets art. 17: personoplysninger, der ikke er nødvendige, slettes.",
    attachment:
      "En fil blev fjernet i henhold til direktivets art. 17: personoplysninger, der ikke er nødvendige, slettes.",
    reason: "Begrundelse",
    reasons: {
      not_relevant: "ikke relevant for indberetningen",
      untrue: "vist sig at være usandt",
      out_of_scope: "uden for whistleblowerreglernes anvendelsesområde",
    },
  },
  author: {
    reporter: "Indberetter",
    handler: "Sagsbehandler",
    you: "Dig",
  },
  errors: {
    network: "Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.",
    server: "Der gik noget galt på serveren. Prøv igen senere.",
    rejected: "Serveren accepterede ikke anmodningen. Genindlæs siden, og prøv igen.",
    undecryptable: "Denne post kunne ikke dekrypteres.",
    unsupported: "Denne post har et format, som siden ikke kender.",
    unverified:
      "Denne post kunne ikke verificeres og vises derfor ikke. Den kan være tilføjet, ændret, fjernet eller flyttet på serveren.",
    unwrapFailed: "Sagens nøgle kunne ikke åbnes med din nøgle.",
    recipientMismatch:
      "Serverens sagsnøgle passer ikke til den åbnede sag, så intet blev sendt. Meddel det til en administrator.",
    badRecipient: "En modtagernøgle fra serveren er ikke af den forventede type, så intet blev sendt.",
    weakKdf: "Serveren tilbød usikre nøgleindstillinger, så adgangssætningen blev ikke brugt.",
    rateLimited: "For mange forsøg. Vent et par minutter, og prøv igen.",
    notSent: "Dette kunne ikke forberedes i denne browser, så intet blev sendt. Prøv igen.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 dag tilbage" : `${n} dage tilbage`),
    daysOver: (n: number): string => (n === 1 ? "1 dag over fristen" : `${n} dage over fristen`),
    today: "frist i dag",
  },
  receipt: {
    download: "Download den signerede kvittering",
    hint: "Kanalen signerer denne kvittering: den viser, at og hvornår du har indberettet. Gem den sammen med din kode. Alle kan kontrollere den, også uden forbindelse, på siden /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Denne kanal kan ikke verificeres lige nu, så denne side krypterer og sender ikke noget. Din indberetning er i sikkerhed hos dig: intet har forladt denne enhed.",
    unverifiedWhy: {
      "no-roster": "Kanalen har endnu ingen signeret liste over de personer, der læser indberetninger.",
      "bad-pin":
        "Linket, du åbnede, indeholder et fingeraftryk af kanalens nøgle, der ikke er skrevet korrekt.",
      "pin-mismatch":
        "Kanalens nøgle svarer ikke til fingeraftrykket i linket, du åbnede (fra plakaten eller meddelelsen). Nogen forsøger måske at læse indberetninger, de ikke må læse.",
      expired: "Den signerede liste over de personer, der læser indberetninger, er forældet.",
      invalid:
        "Listen over de personer, der læser indberetninger, er ikke gyldigt signeret med kanalens nøgle.",
    },
    unverifiedExternal: "Du kan i stedet indberette til en ekstern myndighed:",
    fingerprintPinned: (f: string): string => `Verificeret: kanalens nøgle svarer til dit link (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Fingeraftryk af kanalens nøgle: ${f}. Sammenlign det med det på plakaten eller i meddelelsen, før du skriver.`,
  },
};

export default da;
