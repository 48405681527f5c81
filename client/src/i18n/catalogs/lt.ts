/** Lietuvių: pranešimo forma, prieigos kodo puslapis ir bylos dėžutė. Būsena: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const lt: ReporterTranslation = {
  lang: "lt",
  locale: "lt-LT",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/lt/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Pereiti prie pagrindinio turinio",
    home: "Pradžia",
    notice: "Informacija darbuotojams (pranešimas)",
    noscript:
      "Pranešimo formai ir bylos dėžutei reikia „JavaScript“: jūsų žodžiai šiame įrenginyje užšifruojami " +
      "prieš siunčiant, o tam reikia „JavaScript“. Šį puslapį galite skaityti ir be jo.",
    noscriptAllow:
      "Kaip leisti „JavaScript“ tik šiai svetainei: „Tor Browser“ naršyklėje pakanka lygio „Saugesnis“ " +
      "(skydo piktograma, Nustatymai); lygyje „Saugiausias“ pridėkite „NoScript“ mygtuką į įrankių juostą ir " +
      "šiai svetainei pasirinkite „Laikinai pasitikėti“. Kitose naršyklėse atverkite svetainės nustatymus " +
      "šalia adreso juostos ir leiskite „JavaScript“ šiai svetainei.",
    noscriptElsewhere: "Taip pat galite pranešti šioms institucijoms ir ES įstaigoms (paprastos nuorodos):",
    language: "Kalba",
    leave: "Greitai išeiti",
    leaveHint: "Pakeičia šį puslapį tuščiu ir ištrina, ką įvedėte.",
    notLegalAdvice: "Tai bendra informacija, o ne teisinė konsultacija.",
    loading: "Įkeliama…",
    required: "(privaloma)",
    optional: "(neprivaloma)",
  },
  landing: {
    title: "Praneškite saugiai",
    intro:
      "Tai konfidencialus kanalas pranešti apie teisės pažeidimus, apie kuriuos sužinojote per savo darbą: " +
      "pavyzdžiui, sukčiavimą, korupciją, pavojų saugai ar sveikatai, žalą aplinkai, duomenų apsaugos " +
      "pažeidimus ar DI sistemų keliamą riziką. Galite likti anonimiški.",
    makeReport: "Pateikti pranešimą",
    makeReportHint: "Užtrunka apie 10 minučių. Nereikia paskyros, el. pašto adreso ar vardo.",
    openInbox: "Atverti bylos dėžutę",
    openInboxHint: "Jau pranešėte? Prieigos kodu skaitykite atsakymus ir atsakykite į klausimus.",
    howTitle: "Kaip tai veikia",
    how1: "Jūsų pranešimas užšifruojamas jūsų naršyklėje prieš siunčiant. Serveris saugo tik tekstą, kurio negali perskaityti; atverti jį gali tik paskirti bylas nagrinėjantys asmenys.",
    how2: "Nesaugome jūsų IP adreso ar nieko apie jūsų įrenginį. Saugiau naudoti įrenginį ir tinklą, kurių nekontroliuoja jūsų darbdavys.",
    how3: "Išsiuntę gausite prieigos kodą. Tai vienintelis raktas į bylos dėžutę, kurioje skaitote atsakymus ir galite atsakyti. Niekas negali jo atkurti už jus.",
    how4: "Patvirtinimą apie gavimą gausite per 7 dienas, o grįžtamąją informaciją apie tolesnius veiksmus – per 3 mėnesius.",
    externalTitle: "Taip pat galite pranešti už organizacijos ribų",
    external:
      "Visada galite pranešti tiesiogiai kompetentingai institucijai arba ES institucijai, organui, tarnybai " +
      "ar agentūrai, pavyzdžiui, ES dirbtinio intelekto tarnybos pranešėjų priemonei dėl Dirbtinio intelekto " +
      "akto. Niekada neprivalote pirmiausia pranešti čia.",
    externalNotice: "Pranešime nurodytos institucijos ir kaip su jomis susisiekti",
    aiOfficeLink: "Apie DI tarnybos pranešėjų priemonę (Europos Komisijos svetainė)",
    handlerTitle: "Bylas nagrinėjantiems asmenims",
    handlerLink: "Prisijungti ir nagrinėti bylas",
  },
  report: {
    categoryNotSureHint:
      "Nežinote, kuri tema tinka? Sąrašo viršuje pasirinkite „Kita / nežinau“: bylas nagrinėjantys asmenys ją priskirs.",
    notSureButton: "Nežinau: pasirinkti „Kita / nežinau“",
    groupNotSure: "Kita / nežinau",
    groupEuLaw: "Sąjungos teisės pažeidimai",
    groupAiRisks: "DI sauga ir pagrindinės teisės",
    groupNational: "Nacionalinės teisės pažeidimai",
    draftWarning: "Jūsų pranešimas neišsiųstas. Jei paliksite šį puslapį, tai, ką parašėte, bus prarasta.",
    elsewhereSummary: "Kitos vietos, kur galite pranešti",
    receiptFor: "Pranešimas gavėjui",
    inboxFailed:
      "Dėžutės čia atverti nepavyko. Jūsų prieigos kodas vis dar rodomas aukščiau; juo atverkite dėžutės puslapį.",
    title: "Pateikti pranešimą",
    intro:
      "Savo žodžiais papasakokite, kas nutiko. Privalomi tik pirmi du klausimai. Viskas, ką parašysite, " +
      "užšifruojama šioje naršyklėje prieš siunčiant.",
    channel: "Kur turėtų keliauti jūsų pranešimas?",
    category: "Apie ką tai?",
    categoryPlaceholder: "Pasirinkite temą",
    what: "Kas nutiko?",
    whatHint: "Aprašykite žinomus faktus. Nurodykite, ką matėte patys ir ką girdėjote iš kitų.",
    whenWhere: "Kada ir kur tai nutiko?",
    whenWhereHint: "Datos, vietos, sistemos ar projektai, kiek juos žinote.",
    who: "Kas susijęs?",
    whoHint: "Susijusių asmenų ar komandų vardai ar pareigos, jei juos žinote.",
    relationship: "Jūsų ryšys su organizacija",
    relationshipHint: "Neprivaloma. Palikę tuščią lengviau išliksite anonimiški.",
    filesLabel: "Failai",
    recordVoice: "Įrašyti balso žinutę",
    filesHint:
      "Dokumentai, ekrano nuotraukos, žurnalai. Kiekvienas failas užšifruojamas šioje naršyklėje prieš išsiunčiant, po pranešimo.",
    relationshipNone: "Palikti tuščią",
    aboutTitle: "Apie jus (neprivaloma)",
    identityLegend: "Jūsų tapatybė (neprivaloma)",
    identityWarning:
      "Jei norite likti anonimiški, palikite šią dalį tuščią. Jei ją užpildysite, ji bus užšifruota atskiru " +
      "raktu, kurį gali atverti tik saugotojai (asmenys, paskirti saugoti pranešėjų tapatybę). Kiti bylą " +
      "nagrinėjantys asmenys mato tik, kad ji yra.",
    identityNoCustodians:
      "Šiuo metu niekas neturi saugotojo vaidmens, todėl jūsų tapatybės nebūtų galima apsaugoti atskirai. Palikite šią dalį tuščią.",
    identityName: "Jūsų vardas",
    identityContact: "Kaip su jumis susisiekti",
    identityContactHint: "Asmeninis el. pašto adresas ar telefono numeris, ne darbo.",
    identityNote: "Kita informacija apie ryšį su jumis",
    detailsWarning:
      "Ir jūsų atsakymų detalės gali atskleisti, kas esate. Parašykite, ko reikia problemai suprasti, o kitą praleiskite.",
    coiLegend: "Asmenys, kurie neturi matyti šio pranešimo (neprivaloma)",
    coiHint:
      "Pažymėkite tuos, kurie susiję su tuo, apie ką pranešate, arba gali turėti interesų konfliktą. Jūsų " +
      "pranešimas jiems nebus užšifruotas, todėl jie negalės jo atverti, ir niekas vėliau negalės suteikti jiems prieigos.",
    beforeTitle: "Prieš siunčiant",
    beforeAnonymity:
      "Anonimiškumas: jūsų pranešimas užšifruojamas šioje naršyklėje. Mes niekada nematome jo įskaitomo ir " +
      "nesaugome jūsų IP adreso. Jį skaityti gali tik bylą nagrinėjantys asmenys.",
    beforeToken:
      "Jūsų prieigos kodas: išsiuntę gausite kodą, rodomą tik vieną kartą. Tai vienintelis kelias į bylos " +
      "dėžutę. Laikykite jį saugiai ir slaptai; niekas negali jo atkurti už jus.",
    beforeNext:
      "Kas toliau: patvirtinimą apie gavimą gausite per 7 dienas, o grįžtamąją informaciją – per 3 mėnesius. " +
      "Tikrinkite dėžutę: kito būdo su jumis susisiekti neturime, nebent jį nurodysite. Tikslios datos " +
      "rodomos išsiuntus.",
    beforeExternal:
      "Visada galite pranešti kompetentingai institucijai arba ES institucijai, organui, tarnybai ar " +
      "agentūrai, įskaitant DI tarnybos pranešėjų priemonę, vietoj pranešimo čia arba papildomai. Niekada " +
      "neprivalote pirmiausia pranešti čia.",
    submit: "Užšifruoti ir siųsti pranešimą",
    loadingConfig: "Įkeliama forma…",
    configFailed: "Formos įkelti nepavyko. Patikrinkite ryšį ir įkelkite puslapį iš naujo.",
    encrypting: "Jūsų pranešimas šifruojamas šioje naršyklėje…",
    sending: "Siunčiamas užšifruotas pranešimas…",
    missingCategory: "Pasirinkite, apie ką jūsų pranešimas.",
    missingWhat: "Aprašykite, kas nutiko.",
    failedClosed:
      "Šifruoti nepavyko, todėl nieko neišsiųsta. Įkelkite puslapį iš naujo ir bandykite dar kartą.",
    sendFailed: "Jūsų pranešimas neišsiųstas:",
    noHandlers: "Šiuo kanalu dar niekas negali priimti pranešimų, todėl nieko neišsiųsta.",
    allExcluded:
      "Pašalinote visus, kurie galėtų perskaityti jūsų pranešimą. Palikite bent vieną asmenį nepažymėtą.",
    sentTitle: "Jūsų pranešimas išsiųstas",
    spellToken: "Skaityti prieigos kodą ženklas po ženklo",
    tokenGroup: (n: number): string => `Grupė ${n}`,
    tokenTitle: "Jūsų prieigos kodas",
    tokenOnce:
      "Šis kodas rodomas tik vieną kartą. Išsaugokite jį dabar. Kas jį turi, gali skaityti jūsų bylą, todėl laikykite jį slaptai.",
    copy: "Kopijuoti",
    copied: "Nukopijuota.",
    copyFailed: "Čia kopijuoti neįmanoma. Pažymėkite kodą ir nukopijuokite arba užsirašykite.",
    download: "Atsisiųsti kaip tekstinį failą",
    print: "Spausdinti",
    inboxAt: "Jūsų bylos dėžutė:",
    tokenFileIntro:
      "Jūsų pranešimo prieigos kodas. Laikykite jį slaptai: kas jį turi, gali skaityti jūsų bylą.",
    datesTitle: "Kas toliau",
    receivedOn: "Gauta",
    ackBy: "Patvirtinimas apie gavimą iki",
    feedbackBy: "Grįžtamoji informacija iki",
    disclosureFrom: "Viešas atskleidimas gali būti apsaugotas nuo",
    disclosureShort:
      "Svarbu tik tada, jei nesiimama tinkamų veiksmų; dėžutėje paaiškinta, ką tai reiškia. Bendra informacija, ne teisinė konsultacija.",
    datesHint: "Atverkite dėžutę kodu, kad pamatytumėte patvirtinimą, atsakymus ir grįžtamąją informaciją.",
    saved: "Išsaugojau kodą saugioje vietoje",
    continue: "Eiti į dėžutę",
    leaveWarning: "Nepatvirtinote, kad išsaugojote kodą. Jo nebus galima parodyti dar kartą.",
  },
  inbox: {
    furtherFeedbackTitle: "Papildoma grįžtamoji informacija",
    furtherFeedbackHint:
      "Pagal Airijos teisę galite prašyti papildomos grįžtamosios informacijos kas 3 mėnesius, kol jūsų byla bus užbaigta. Jūsų prašymas pridedamas prie žinučių, pasirašytas šioje naršyklėje.",
    furtherFeedbackAsk: "Prašyti papildomos grįžtamosios informacijos kas 3 mėnesius",
    furtherFeedbackText:
      "Prašau papildomos grįžtamosios informacijos kas 3 mėnesius, kol mano byla bus užbaigta.",
    furtherFeedbackAsked: "Papildomos grįžtamosios informacijos paprašėte",
    furtherFeedbackBy: "Papildoma grįžtamoji informacija iki",
    furtherFeedbackExplain:
      "Praėjus 3 mėnesiams po paskutinės grįžtamosios informacijos, nes jos paprašėte. Kartojasi, kol byla bus užbaigta.",
    notSetAck:
      "Datos nėra: patvirtinimo apie gavimą terminas galioja tik tol, kol jūsų pranešimas patvirtinamas.",
    notSetFeedback:
      "Datos dar nėra: ji nustatoma, kai galima apskaičiuoti įstatyme nustatytą grįžtamosios informacijos terminą.",
    notSetDisclosure:
      "Datos nėra, nes grįžtamoji informacija apie rezultatą pateikta laiku arba šio kanalo teisė jos nenustato. 15 straipsnio 1 dalies b punkto apsaugai, kuriai laukti nereikia, tai įtakos neturi.",
    datesMore: "Prie kiekvienos datos nurodyta taisyklė, iš kurios ji kyla.",
    todo: {
      "answer-question": "Uždavėme jums klausimą. Atsakykite į jį žemiau.",
      "read-reply": "Parašėme jums. Perskaitykite žinutę žemiau; jei norite, galite atsakyti.",
      "read-feedback":
        "Pateikėme jums grįžtamąją informaciją apie tai, kas padaryta. Perskaitykite ją žemiau; vis dar galite mums rašyti.",
      closed: "Jūsų byla užbaigta. Čia vis dar galite viską perskaityti.",
      "wait-ack": "Dabar nieko daryti nereikia. Jūsų pranešimas gautas; gavimą patvirtinsime čia.",
      "wait-follow-up":
        "Dabar nieko daryti nereikia. Imamės tolesnių veiksmų; grįžkite čia atsakymų ir grįžtamosios informacijos.",
    },
    title: "Jūsų bylos dėžutė",
    intro:
      "Įveskite prieigos kodą, kurį gavote pateikę pranešimą. Jis patikrinamas ir paverčiamas raktais šioje " +
      "naršyklėje; pats kodas niekada nesiunčiamas.",
    token: "Prieigos kodas",
    tokenHint: "Penkios grupės po penkis ženklus. Didžiosios ar mažosios raidės, su brūkšneliais ar be jų.",
    open: "Atverti dėžutę",
    badToken: "Patikrinkite kodą: vienas ženklas atrodo neteisingas.",
    notFound: "Šį kodą atitinkančios bylos nėra. Patikrinkite jį ir bandykite dar kartą.",
    opening: "Atveriama dėžutė…",
    lock: "Užrakinti",
    lockHint: "Baigę užrakinkite: viskas bus ištrinta iš šio puslapio.",
    status: "Būsena",
    outcome: "Rezultatas",
    datesTitle: "Jūsų datos",
    receivedOn: "Gauta",
    receivedExplain: "Diena, kai gautas jūsų pranešimas.",
    acknowledgedOn: "Gavimas patvirtintas",
    ackBy: "Patvirtinimas apie gavimą turi būti pateiktas iki",
    ackExplain: "Iki šios datos organizacija turi patvirtinti, kad gavo jūsų pranešimą.",
    ackDone: "Šią dieną organizacija patvirtino, kad gavo jūsų pranešimą.",
    feedbackBy: "Grįžtamoji informacija turi būti pateikta iki",
    feedbackExplain:
      "Iki šios datos turėtumėte sužinoti, kas padaryta ar planuojama dėl jūsų pranešimo ir kodėl.",
    disclosureFrom: "Viešas atskleidimas gali būti apsaugotas nuo",
    disclosureExplain:
      "Nuo šios datos informacijos viešas atskleidimas gali būti apsaugotas, jei dėl jūsų pranešimo nebuvo " +
      "imtasi tinkamų veiksmų (direktyvos 15 straipsnio 1 dalies a punktas). Tai taikoma tik jei pranešėte " +
      "ir kompetentingai institucijai, o ir ji per savo terminą nesiėmė tinkamų veiksmų, arba jei pranešėte " +
      "tiesiogiai institucijai. Nelaukiant viešas atskleidimas taip pat gali būti apsaugotas, kai kyla " +
      "neišvengiamas ar akivaizdus pavojus viešajam interesui arba kai pranešimas institucijai kelia " +
      "atsakomųjų veiksmų ar įrodymų slėpimo riziką (15 straipsnio 1 dalies b punktas). Prieš viešindami " +
      "pasitarkite, pavyzdžiui, su pranešime nurodyta paramos organizacija.",
    basis: "Teisinis pagrindas:",
    noDate: "Nenustatyta",
    threadTitle: "Žinutės",
    threadEmpty: "Žinučių dar nėra.",
    replyLabel: "Parašyti atsakymą",
    replyHint: "Užšifruojama šioje naršyklėje prieš siunčiant. Skaityti gali tik bylą nagrinėjantys asmenys.",
    send: "Užšifruoti ir siųsti",
    sending: "Siunčiama…",
    sent: "Išsiųsta.",
    emptyReply: "Pirmiausia parašykite žinutę.",
    locked: "Užrakinta. Įveskite kodą, kad vėl atvertumėte dėžutę.",
  },
  fields: {
    category: "Kategorija",
    whatHappened: "Kas nutiko",
    whenWhere: "Kada ir kur",
    whoInvolved: "Kas susijęs",
    relationship: "Ryšys su organizacija",
    attachments: "Priedai",
    none: "(nenurodyta)",
  },
  status: {
    received: "Gauta",
    acknowledged: "Gavimas patvirtintas",
    in_follow_up: "Vykdomi tolesni veiksmai",
    feedback_given: "Pateikta grįžtamoji informacija",
    closed: "Užbaigta",
  },
  outcome: {
    substantiated: "Pagrįstas",
    unsubstantiated: "Nepagrįstas",
    referred: "Perduotas institucijai",
    no_action: "Veiksmų nereikia",
    withdrawn: "Atsiimtas",
  },
  kind: {
    further_feedback_request: "Prašymas pateikti papildomą grįžtamąją informaciją",
    final_outcome: "Galutinis rezultatas",
    report: "Pranešimas",
    message: "Žinutė",
    acknowledgement: "Patvirtinimas apie gavimą",
    request_info: "Prašymas pateikti daugiau informacijos",
    feedback: "Grįžtamoji informacija",
    disclosure_notice: "Pranešimas: jūsų tapatybė bus atskleista",
    minimisation: "Duomenys pašalinti (17 str.)",
  },
  minimised: {
    entry: "Čia įrašas pašalintas pagal direktyvos 17 straipsnį: nereikalingi asmens duomenys ištrinami.",
    attachment: "Failas pašalintas pagal direktyvos 17 straipsnį: nereikalingi asmens duomenys ištrinami.",
    reason: "Priežastis",
    reasons: {
      not_relevant: "nesusiję su pranešimu",
      untrue: "nustatyta, kad neteisinga",
      out_of_scope: "nepatenka į pranešėjų apsaugos taisyklių taikymo sritį",
    },
  },
  author: {
    reporter: "Pranešėjas",
    handler: "Bylą nagrinėjantis asmuo",
    you: "Jūs",
  },
  errors: {
    network: "Nepavyko pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.",
    server: "Serveryje įvyko klaida. Bandykite vėliau.",
    rejected: "Serveris nepriėmė šios užklausos. Įkelkite puslapį iš naujo ir bandykite dar kartą.",
    undecryptable: "Šio įrašo iššifruoti nepavyko.",
    unsupported: "Šio įrašo formatas šiam puslapiui nežinomas.",
    unverified:
      "Šio įrašo nepavyko patikrinti, todėl jis nerodomas. Jis galėjo būti pridėtas, pakeistas, pašalintas arba perkeltas serveryje.",
    unwrapFailed: "Bylos rakto atverti jūsų raktu nepavyko.",
    recipientMismatch:
      "Serverio bylos raktas neatitinka atvertos bylos, todėl nieko neišsiųsta. Praneškite apie tai administratoriui.",
    badRecipient: "Serverio gavėjo raktas nėra laukiamo tipo, todėl nieko neišsiųsta.",
    weakKdf: "Serveris pasiūlė nesaugius rakto nustatymus, todėl slaptafrazė nebuvo naudota.",
    rateLimited: "Per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.",
    notSent: "Šioje naršyklėje to paruošti nepavyko, todėl nieko neišsiųsta. Bandykite dar kartą.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "liko 1 diena" : `liko dienų: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "vėluojama 1 diena" : `vėluojama dienų: ${n}`),
    today: "terminas šiandien",
  },
  receipt: {
    download: "Atsisiųsti pasirašytą patvirtinimą",
    hint: "Kanalas pasirašo šį patvirtinimą: jis rodo, kad ir kada pranešėte. Laikykite jį kartu su savo kodu. Bet kas gali jį patikrinti, net ir neprisijungus, puslapyje /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Šio kanalo dabar patikrinti neįmanoma, todėl šis puslapis nieko nešifruos ir nesiųs. Jūsų pranešimas lieka pas jus: niekas nepaliko šio įrenginio.",
    unverifiedWhy: {
      "no-roster": "Kanalas dar neturi pasirašyto asmenų, skaitančių pranešimus, sąrašo.",
      "bad-pin": "Jūsų atidarytoje nuorodoje yra neteisingai užrašytas kanalo rakto kontrolinis kodas.",
      "pin-mismatch":
        "Kanalo raktas neatitinka kontrolinio kodo jūsų atidarytoje nuorodoje (iš plakato ar pranešimo darbuotojams). Gali būti, kad kažkas bando skaityti pranešimus, kurių skaityti neturėtų.",
      expired: "Pasirašytas asmenų, skaitančių pranešimus, sąrašas yra pasenęs.",
      invalid: "Asmenų, skaitančių pranešimus, sąrašas nėra tinkamai pasirašytas kanalo raktu.",
    },
    unverifiedExternal: "Vietoj to galite pranešti išorės institucijai:",
    fingerprintPinned: (f: string): string => `Patikrinta: kanalo raktas atitinka jūsų nuorodą (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Kanalo rakto kontrolinis kodas: ${f}. Prieš rašydami palyginkite jį su esančiu plakate ar pranešime darbuotojams.`,
  },
};

export default lt;
