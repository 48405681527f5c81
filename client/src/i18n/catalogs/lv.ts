/** Latviešu: ziņošanas veidlapa, piekļuves koda lapa un lietas pastkaste. Statuss: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const lv: ReporterTranslation = {
  lang: "lv",
  locale: "lv-LV",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/lv/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Pāriet uz galveno saturu",
    home: "Sākums",
    notice: "Informācija darba ņēmējiem (paziņojums)",
    noscript:
      "Ziņošanas veidlapai un lietas pastkastei vajadzīgs JavaScript: jūsu vārdi šajā ierīcē tiek šifrēti " +
      "pirms nosūtīšanas, un tam vajadzīgs JavaScript. Šo lapu varat lasīt arī bez tā.",
    noscriptAllow:
      "Kā atļaut JavaScript tikai šai vietnei: pārlūkā Tor Browser pietiek ar līmeni “Drošāks” (vairoga " +
      "ikona, Iestatījumi); līmenī “Visdrošākais” pievienojiet rīkjoslai NoScript pogu un šai vietnei " +
      "izvēlieties “Uzticēties īslaicīgi”. Citos pārlūkos atveriet vietnes iestatījumus blakus adreses joslai " +
      "un atļaujiet JavaScript šai vietnei.",
    noscriptElsewhere: "Varat ziņot arī šīm iestādēm un ES struktūrām (vienkāršas saites):",
    language: "Valoda",
    leave: "Ātri aiziet",
    leaveHint: "Aizstāj šo lapu ar tukšu un izdzēš to, ko ierakstījāt.",
    notLegalAdvice: "Šī ir vispārīga informācija, nevis juridiska konsultācija.",
    loading: "Ielādē…",
    required: "(obligāti)",
    optional: "(nav obligāti)",
  },
  landing: {
    title: "Ziņojiet droši",
    intro:
      "Šis ir konfidenciāls kanāls, lai ziņotu par tiesību pārkāpumiem, par kuriem uzzinājāt darbā: " +
      "piemēram, krāpšanu, korupciju, riskiem drošībai vai veselībai, kaitējumu videi, datu aizsardzības " +
      "pārkāpumiem vai MI sistēmu riskiem. Varat palikt anonīms.",
    makeReport: "Iesniegt ziņojumu",
    makeReportHint: "Aizņem apmēram 10 minūtes. Nav vajadzīgs konts, e-pasta adrese vai vārds.",
    openInbox: "Atvērt lietas pastkasti",
    openInboxHint: "Jau ziņojāt? Ar piekļuves kodu lasiet atbildes un atbildiet uz jautājumiem.",
    howTitle: "Kā tas darbojas",
    how1: "Jūsu ziņojums tiek šifrēts jūsu pārlūkā pirms nosūtīšanas. Serveris glabā tikai tekstu, ko tas nevar izlasīt; to var atvērt tikai norīkotās lietu izskatītājas personas.",
    how2: "Mēs neglabājam jūsu IP adresi un neko par jūsu ierīci. Lielākai drošībai izmantojiet ierīci un tīklu, ko jūsu darba devējs nekontrolē.",
    how3: "Pēc nosūtīšanas saņemsiet piekļuves kodu. Tā ir vienīgā atslēga uz lietas pastkasti, kur lasāt atbildes un varat atbildēt. Neviens to nevar atjaunot jūsu vietā.",
    how4: "Apstiprinājumu par saņemšanu saņemsiet 7 dienu laikā un atgriezenisko saiti par turpmākajiem pasākumiem 3 mēnešu laikā.",
    externalTitle: "Varat ziņot arī ārpus organizācijas",
    external:
      "Jūs vienmēr varat ziņot tieši kompetentajai iestādei vai ES iestādei, struktūrai, birojam vai " +
      "aģentūrai, piemēram, ES MI biroja trauksmes cēlēju rīkam saistībā ar MI aktu. Jums nekad nav " +
      "jāziņo vispirms šeit.",
    externalNotice: "Paziņojumā norādītas iestādes un to kontaktinformācija",
    aiOfficeLink: "Par MI biroja trauksmes cēlēju rīku (Eiropas Komisijas tīmekļvietne)",
    handlerTitle: "Lietu izskatītājiem",
    handlerLink: "Pieteikties, lai izskatītu lietas",
  },
  report: {
    categoryNotSureHint:
      "Nezināt, kurš temats atbilst? Saraksta sākumā izvēlieties “Cits / nezinu”: lietu izskatītāji to iedalīs.",
    notSureButton: "Nezinu: izvēlēties “Cits / nezinu”",
    groupNotSure: "Cits / nezinu",
    groupEuLaw: "Savienības tiesību pārkāpumi",
    groupAiRisks: "MI drošība un pamattiesības",
    groupNational: "Valsts tiesību pārkāpumi",
    draftWarning: "Jūsu ziņojums nav nosūtīts. Ja pametīsiet šo lapu, uzrakstītais tiks zaudēts.",
    elsewhereSummary: "Citas vietas, kur varat ziņot",
    receiptFor: "Ziņojums adresātam",
    inboxFailed:
      "Pastkasti šeit neizdevās atvērt. Jūsu piekļuves kods joprojām redzams augstāk; atveriet ar to pastkastes lapu.",
    title: "Iesniegt ziņojumu",
    intro:
      "Pastāstiet saviem vārdiem, kas notika. Obligāti ir tikai pirmie divi jautājumi. Viss, ko rakstāt, " +
      "tiek šifrēts šajā pārlūkā pirms nosūtīšanas.",
    channel: "Kur jānosūta jūsu ziņojums?",
    category: "Par ko ir runa?",
    categoryPlaceholder: "Izvēlieties tematu",
    what: "Kas notika?",
    whatHint: "Aprakstiet zināmos faktus. Norādiet, ko redzējāt pats un ko dzirdējāt no citiem.",
    whenWhere: "Kad un kur tas notika?",
    whenWhereHint: "Datumi, vietas, sistēmas vai projekti, ciktāl tos zināt.",
    who: "Kas ir iesaistīts?",
    whoHint: "Attiecīgo personu vai komandu vārdi vai amati, ja tos zināt.",
    relationship: "Jūsu saistība ar organizāciju",
    relationshipHint: "Nav obligāti. Atstājot tukšu, vieglāk palikt anonīmam.",
    filesLabel: "Faili",
    recordVoice: "Ierakstīt balss ziņu",
    filesHint:
      "Dokumenti, ekrānuzņēmumi, žurnāli. Katrs fails tiek šifrēts šajā pārlūkā pirms nosūtīšanas pēc ziņojuma.",
    relationshipNone: "Atstāt tukšu",
    aboutTitle: "Par jums (nav obligāti)",
    identityLegend: "Jūsu identitāte (nav obligāti)",
    identityWarning:
      "Atstājiet šo daļu tukšu, lai paliktu anonīms. Ja to aizpildīsiet, tā tiks šifrēta ar atsevišķu " +
      "atslēgu, ko var atvērt tikai glabātāji (personas, kas norīkotas aizsargāt ziņojošo personu " +
      "identitāti). Citi lietas izskatītāji redz tikai to, ka tā ir.",
    identityNoCustodians:
      "Pašlaik nevienam nav glabātāja lomas, tāpēc jūsu identitāti nevarētu aizsargāt atsevišķi. Atstājiet šo daļu tukšu.",
    identityName: "Jūsu vārds",
    identityContact: "Kā ar jums sazināties",
    identityContactHint: "Privāta e-pasta adrese vai tālruņa numurs, nevis darba.",
    identityNote: "Cita informācija saziņai",
    detailsWarning:
      "Arī sīkumi jūsu atbildēs var atklāt, kas jūs esat. Rakstiet to, kas vajadzīgs problēmas izpratnei, un pārējo izlaidiet.",
    coiLegend: "Personas, kas nedrīkst redzēt šo ziņojumu (nav obligāti)",
    coiHint:
      "Atzīmējiet tos, kas iesaistīti tajā, par ko ziņojat, vai kam var būt interešu konflikts. Jūsu " +
      "ziņojums viņiem netiks šifrēts, tāpēc viņi to nevarēs atvērt, un neviens vēlāk nevarēs viņiem dot piekļuvi.",
    beforeTitle: "Pirms nosūtīšanas",
    beforeAnonymity:
      "Anonimitāte: jūsu ziņojums tiek šifrēts šajā pārlūkā. Mēs to nekad neredzam lasāmā veidā un " +
      "neglabājam jūsu IP adresi. To var lasīt tikai lietas izskatītāji.",
    beforeToken:
      "Jūsu piekļuves kods: pēc nosūtīšanas saņemsiet kodu, kas tiek parādīts tikai vienreiz. Tas ir " +
      "vienīgais ceļš uz lietas pastkasti. Glabājiet to droši un privāti; neviens to nevar atjaunot jūsu vietā.",
    beforeNext:
      "Kas notiks tālāk: apstiprinājumu par saņemšanu saņemsiet 7 dienu laikā un atgriezenisko saiti 3 " +
      "mēnešu laikā. Pārbaudiet pastkasti: mums nav cita veida, kā ar jums sazināties, ja vien to nenorādāt. " +
      "Precīzi datumi tiek parādīti pēc nosūtīšanas.",
    beforeExternal:
      "Jūs vienmēr varat ziņot kompetentajai iestādei vai ES iestādei, struktūrai, birojam vai aģentūrai, " +
      "tostarp MI biroja trauksmes cēlēju rīkam, šeit ziņošanas vietā vai papildus. Jums nekad nav jāziņo vispirms šeit.",
    submit: "Šifrēt un nosūtīt ziņojumu",
    loadingConfig: "Ielādē veidlapu…",
    configFailed: "Veidlapu neizdevās ielādēt. Pārbaudiet savienojumu un pārlādējiet lapu.",
    encrypting: "Jūsu ziņojums tiek šifrēts šajā pārlūkā…",
    sending: "Sūta šifrēto ziņojumu…",
    missingCategory: "Izvēlieties, par ko ir jūsu ziņojums.",
    missingWhat: "Aprakstiet, kas notika.",
    failedClosed: "Šifrēšana neizdevās, tāpēc nekas netika nosūtīts. Pārlādējiet lapu un mēģiniet vēlreiz.",
    sendFailed: "Jūsu ziņojums netika nosūtīts:",
    noHandlers: "Šajā kanālā vēl neviens nevar saņemt ziņojumus, tāpēc nekas netika nosūtīts.",
    allExcluded:
      "Jūs izslēdzāt visus, kas varētu lasīt jūsu ziņojumu. Atstājiet vismaz vienu personu neatzīmētu.",
    sentTitle: "Jūsu ziņojums ir nosūtīts",
    spellToken: "Lasīt piekļuves kodu pa vienai rakstzīmei",
    tokenGroup: (n: number): string => `Grupa ${n}`,
    tokenTitle: "Jūsu piekļuves kods",
    tokenOnce:
      "Šis kods tiek parādīts tikai vienreiz. Saglabājiet to tūlīt. Ikviens, kam tas ir, var lasīt jūsu lietu, tāpēc glabājiet to privāti.",
    copy: "Kopēt",
    copied: "Nokopēts.",
    copyFailed: "Šeit kopēt nav iespējams. Atlasiet kodu un nokopējiet to vai pierakstiet.",
    download: "Lejupielādēt kā teksta failu",
    print: "Drukāt",
    inboxAt: "Jūsu lietas pastkaste:",
    tokenFileIntro:
      "Jūsu ziņojuma piekļuves kods. Glabājiet to privāti: ikviens, kam tas ir, var lasīt jūsu lietu.",
    datesTitle: "Kas notiks tālāk",
    receivedOn: "Saņemts",
    ackBy: "Apstiprinājums par saņemšanu līdz",
    feedbackBy: "Atgriezeniskā saite līdz",
    disclosureFrom: "Publiska izpaušana var būt aizsargāta no",
    disclosureShort:
      "Svarīgi tikai tad, ja netiek veikti atbilstoši pasākumi; pastkaste paskaidro, ko tas nozīmē. Vispārīga informācija, nevis juridiska konsultācija.",
    datesHint: "Atveriet pastkasti ar kodu, lai redzētu apstiprinājumu, atbildes un atgriezenisko saiti.",
    saved: "Esmu saglabājis kodu drošā vietā",
    continue: "Turpināt uz pastkasti",
    leaveWarning: "Jūs neapstiprinājāt, ka saglabājāt kodu. To nevar parādīt vēlreiz.",
  },
  inbox: {
    furtherFeedbackTitle: "Papildu atgriezeniskā saite",
    furtherFeedbackHint:
      "Saskaņā ar Īrijas tiesībām jūs varat lūgt papildu atgriezenisko saiti ik pēc 3 mēnešiem, līdz jūsu lieta tiek slēgta. Jūsu lūgums tiek pievienots ziņām, parakstīts šajā pārlūkā.",
    furtherFeedbackAsk: "Lūgt papildu atgriezenisko saiti ik pēc 3 mēnešiem",
    furtherFeedbackText:
      "Es lūdzu papildu atgriezenisko saiti ik pēc 3 mēnešiem, līdz mana lieta tiek slēgta.",
    furtherFeedbackAsked: "Jūs lūdzāt papildu atgriezenisko saiti",
    furtherFeedbackBy: "Papildu atgriezeniskā saite līdz",
    furtherFeedbackExplain:
      "3 mēnešus pēc pēdējās atgriezeniskās saites, jo jūs to lūdzāt. Tas atkārtojas, līdz lieta tiek slēgta.",
    notSetAck:
      "Datuma nav: apstiprinājuma termiņš ir spēkā tikai līdz brīdim, kad jūsu ziņojums ir apstiprināts.",
    notSetFeedback:
      "Datuma vēl nav: to nosaka, kad var aprēķināt likumā noteikto atgriezeniskās saites termiņu.",
    notSetDisclosure:
      "Datuma nav, jo atgriezeniskā saite par iznākumu tika sniegta termiņā vai šī kanāla tiesības to neparedz. Tas neietekmē 15. panta 1. punkta b) apakšpunkta aizsardzību, kurai nav jāgaida.",
    datesMore: "Pie katra datuma norādīts noteikums, no kura tas izriet.",
    todo: {
      "answer-question": "Mēs jums uzdevām jautājumu. Lūdzu, atbildiet uz to zemāk.",
      "read-reply": "Mēs jums uzrakstījām. Izlasiet ziņu zemāk; ja vēlaties, varat atbildēt.",
      "read-feedback":
        "Mēs jums sniedzām atgriezenisko saiti par paveikto. Izlasiet to zemāk; joprojām varat mums rakstīt.",
      closed: "Jūsu lieta ir slēgta. Šeit joprojām varat visu izlasīt.",
      "wait-ack": "Pašlaik nekas nav jādara. Jūsu ziņojums ir saņemts; saņemšanu apstiprināsim šeit.",
      "wait-follow-up":
        "Pašlaik nekas nav jādara. Veicam turpmākos pasākumus; atgriezieties šeit pēc atbildēm.",
    },
    title: "Jūsu lietas pastkaste",
    intro:
      "Ievadiet piekļuves kodu, ko saņēmāt, iesniedzot ziņojumu. Tas tiek pārbaudīts un pārvērsts atslēgās " +
      "šajā pārlūkā; pats kods nekad netiek nosūtīts.",
    token: "Piekļuves kods",
    tokenHint: "Piecas grupas pa pieciem simboliem. Lielie vai mazie burti, ar vai bez defisēm.",
    open: "Atvērt pastkasti",
    badToken: "Pārbaudiet kodu: viens simbols šķiet nepareizs.",
    notFound: "Šim kodam neatbilst neviena lieta. Pārbaudiet to un mēģiniet vēlreiz.",
    opening: "Atver pastkasti…",
    lock: "Bloķēt",
    lockHint: "Kad esat beidzis, bloķējiet: viss tiek notīrīts no šīs lapas.",
    status: "Statuss",
    outcome: "Iznākums",
    datesTitle: "Jūsu datumi",
    receivedOn: "Saņemts",
    receivedExplain: "Diena, kad jūsu ziņojums tika saņemts.",
    acknowledgedOn: "Saņemšana apstiprināta",
    ackBy: "Apstiprinājums par saņemšanu jāsniedz līdz",
    ackExplain: "Līdz šim datumam organizācijai jāapstiprina, ka tā saņēmusi jūsu ziņojumu.",
    ackDone: "Organizācija šajā datumā apstiprināja jūsu ziņojuma saņemšanu.",
    feedbackBy: "Atgriezeniskā saite jāsniedz līdz",
    feedbackExplain:
      "Līdz šim datumam jums jāuzzina, kas ir izdarīts vai plānots saistībā ar jūsu ziņojumu, un kāpēc.",
    disclosureFrom: "Publiska izpaušana var būt aizsargāta no",
    disclosureExplain:
      "No šī datuma informācijas publiskošana var būt aizsargāta, ja saistībā ar jūsu ziņojumu nav veikti " +
      "atbilstoši pasākumi (direktīvas 15. panta 1. punkta a) apakšpunkts). Tas attiecas tikai uz gadījumu, " +
      "ja ziņojāt arī kompetentajai iestādei un arī tā savā termiņā neveica atbilstošus pasākumus, vai ja " +
      "ziņojāt tieši iestādei. Negaidot publiskota izpaušana var būt aizsargāta arī tad, ja pastāv nenovēršams " +
      "vai acīmredzams apdraudējums sabiedrības interesēm vai ja ziņošana iestādei rada represiju vai " +
      "pierādījumu slēpšanas risku (15. panta 1. punkta b) apakšpunkts). Pirms vēršaties publiski, " +
      "konsultējieties, piemēram, ar paziņojumā minētu atbalsta organizāciju.",
    basis: "Juridiskais pamats:",
    noDate: "Nav noteikts",
    threadTitle: "Ziņas",
    threadEmpty: "Vēl nav ziņu.",
    replyLabel: "Rakstīt atbildi",
    replyHint: "Tiek šifrēta šajā pārlūkā pirms nosūtīšanas. To var lasīt tikai lietas izskatītāji.",
    send: "Šifrēt un nosūtīt",
    sending: "Sūta…",
    sent: "Nosūtīts.",
    emptyReply: "Vispirms uzrakstiet ziņu.",
    locked: "Bloķēts. Ievadiet kodu, lai atkal atvērtu pastkasti.",
  },
  fields: {
    category: "Kategorija",
    whatHappened: "Kas notika",
    whenWhere: "Kad un kur",
    whoInvolved: "Kas iesaistīts",
    relationship: "Saistība ar organizāciju",
    attachments: "Pielikumi",
    none: "(nav norādīts)",
  },
  status: {
    received: "Saņemts",
    acknowledged: "Saņemšana apstiprināta",
    in_follow_up: "Notiek turpmākie pasākumi",
    feedback_given: "Sniegta atgriezeniskā saite",
    closed: "Slēgts",
  },
  outcome: {
    substantiated: "Pamatots",
    unsubstantiated: "Nepamatots",
    referred: "Nodots iestādei",
    no_action: "Pasākumi nav vajadzīgi",
    withdrawn: "Atsaukts",
  },
  kind: {
    further_feedback_request: "Lūgums pēc papildu atgriezeniskās saites",
    final_outcome: "Galīgais iznākums",
    report: "Ziņojums",
    message: "Ziņa",
    acknowledgement: "Apstiprinājums par saņemšanu",
    request_info: "Lūgums sniegt papildu informāciju",
    feedback: "Atgriezeniskā saite",
    disclosure_notice: "Paziņojums: jūsu identitāte tiks atklāta",
    minimisation: "Dati dzēsti (17. pants)",
  },
  minimised: {
    entry:
      "Šeit ieraksts tika dzēsts saskaņā ar direktīvas 17. pantu: nevajadzīgi personas dati tiek dzēsti.",
    attachment: "Fails tika dzēsts saskaņā ar direktīvas 17. pantu: nevajadzīgi personas dati tiek dzēsti.",
    reason: "Iemesls",
    reasons: {
      not_relevant: "nav saistīts ar ziņojumu",
      untrue: "izrādījies nepatiess",
      out_of_scope: "ārpus trauksmes celšanas noteikumu darbības jomas",
    },
  },
  author: {
    reporter: "Ziņojošā persona",
    handler: "Lietas izskatītājs",
    you: "Jūs",
  },
  errors: {
    network: "Serveris nav sasniedzams. Pārbaudiet savienojumu un mēģiniet vēlreiz.",
    server: "Serverī radās kļūda. Mēģiniet vēlāk.",
    rejected: "Serveris nepieņēma šo pieprasījumu. Pārlādējiet lapu un mēģiniet vēlreiz.",
    undecryptable: "Šo ierakstu neizdevās atšifrēt.",
    unsupported: "Šim ierakstam ir formāts, ko šī lapa nepazīst.",
    unverified:
      "Šo ierakstu neizdevās pārbaudīt, tāpēc tas netiek rādīts. Tas varētu būt pievienots, mainīts, dzēsts vai pārkārtots serverī.",
    unwrapFailed: "Lietas atslēgu neizdevās atvērt ar jūsu atslēgu.",
    recipientMismatch:
      "Servera lietas atslēga neatbilst atvērtajai lietai, tāpēc nekas netika nosūtīts. Ziņojiet par to administratoram.",
    badRecipient: "Servera adresāta atslēga nav gaidītā veida, tāpēc nekas netika nosūtīts.",
    weakKdf: "Serveris piedāvāja nedrošus atslēgas iestatījumus, tāpēc paroles frāze netika izmantota.",
    rateLimited: "Pārāk daudz mēģinājumu. Uzgaidiet dažas minūtes un mēģiniet vēlreiz.",
    notSent: "To neizdevās sagatavot šajā pārlūkā, tāpēc nekas netika nosūtīts. Mēģiniet vēlreiz.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "atlikusi 1 diena" : `atlikušas dienas: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "nokavēta 1 diena" : `nokavētas dienas: ${n}`),
    today: "termiņš šodien",
  },
  receipt: {
    download: "Lejupielādēt parakstīto apliecinājumu",
    hint: "Kanāls paraksta šo apliecinājumu: tas parāda, ka un kad jūs ziņojāt. Glabājiet to kopā ar savu kodu. Ikviens to var pārbaudīt, arī bezsaistē, lapā /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Šo kanālu pašlaik nevar pārbaudīt, tāpēc šī lapa neko nešifrēs un nenosūtīs. Jūsu ziņojums ir drošībā pie jums: nekas nav pametis šo ierīci.",
    unverifiedWhy: {
      "no-roster": "Kanālam vēl nav parakstīta saraksta ar personām, kas lasa ziņojumus.",
      "bad-pin": "Jūsu atvērtajā saitē ir kanāla atslēgas nospiedums, kas nav pareizi uzrakstīts.",
      "pin-mismatch":
        "Kanāla atslēga neatbilst nospiedumam jūsu atvērtajā saitē (no plakāta vai paziņojuma). Iespējams, kāds mēģina lasīt ziņojumus, kurus nedrīkstētu.",
      expired: "Parakstītais saraksts ar personām, kas lasa ziņojumus, ir novecojis.",
      invalid: "Saraksts ar personām, kas lasa ziņojumus, nav derīgi parakstīts ar kanāla atslēgu.",
    },
    unverifiedExternal: "Tā vietā varat ziņot ārējai iestādei:",
    fingerprintPinned: (f: string): string => `Pārbaudīts: kanāla atslēga atbilst jūsu saitei (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Kanāla atslēgas nospiedums: ${f}. Pirms rakstāt, salīdziniet to ar nospiedumu uz plakāta vai paziņojumā.`,
  },
};

export default lv;
