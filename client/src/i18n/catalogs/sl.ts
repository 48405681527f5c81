/** Slovenščina: obrazec za prijavo, stran s kodo za dostop in predal zadeve. Stanje: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const sl: ReporterTranslation = {
  lang: "sl",
  locale: "sl-SI",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/sl/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Na glavno vsebino",
    home: "Domača stran",
    notice: "Informacije za delavce (obvestilo)",
    noscript:
      "Obrazec za prijavo in predal zadeve potrebujeta JavaScript: vaše besede se pred pošiljanjem šifrirajo " +
      "v tej napravi, za to pa je potreben JavaScript. To stran lahko preberete tudi brez njega.",
    noscriptAllow:
      "Kako dovolite JavaScript samo za to spletišče: v brskalniku Tor Browser zadošča raven »Varnejše« " +
      "(ikona ščita, Nastavitve); na ravni »Najvarnejše« dodajte gumb NoScript v orodno vrstico in za to " +
      "spletišče izberite »Začasno zaupaj«. V drugih brskalnikih odprite nastavitve spletišča poleg naslovne " +
      "vrstice in dovolite JavaScript za to spletišče.",
    noscriptElsewhere: "Prijavo lahko podate tudi tem organom in telesom EU (navadne povezave):",
    language: "Jezik",
    leave: "Hitro zapusti",
    leaveHint: "Zamenja to stran s prazno in izbriše, kar ste napisali.",
    notLegalAdvice: "To so splošne informacije, ne pravno svetovanje.",
    loading: "Nalaganje …",
    required: "(obvezno)",
    optional: "(neobvezno)",
  },
  landing: {
    title: "Varno prijavite",
    intro:
      "To je zaupen kanal za prijavo kršitev prava, za katere ste izvedeli pri svojem delu: na primer goljufij, " +
      "korupcije, tveganj za varnost ali zdravje, škode za okolje, kršitev varstva podatkov ali tveganj " +
      "sistemov UI. Lahko ostanete anonimni.",
    makeReport: "Podajte prijavo",
    makeReportHint: "Traja približno 10 minut. Brez računa, brez e-poštnega naslova, brez imena.",
    openInbox: "Odprite predal zadeve",
    openInboxHint: "Ste že prijavili? S kodo za dostop preberete odgovore in odgovorite na vprašanja.",
    howTitle: "Kako deluje",
    how1: "Vaša prijava se pred pošiljanjem šifrira v vašem brskalniku. Strežnik hrani samo besedilo, ki ga ne more prebrati; odprejo ga lahko samo imenovane osebe, ki obravnavajo zadeve.",
    how2: "Ne hranimo vašega naslova IP ali česar koli o vaši napravi. Za večjo varnost uporabite napravo in omrežje, ki ju vaš delodajalec ne nadzoruje.",
    how3: "Po pošiljanju prejmete kodo za dostop. Je edini ključ do predala zadeve, kjer berete odgovore in lahko odgovorite. Nihče je ne more obnoviti namesto vas.",
    how4: "Potrdilo o prejemu prejmete v 7 dneh, povratne informacije o nadaljnjem ukrepanju pa v 3 mesecih.",
    externalTitle: "Prijavite lahko tudi zunaj organizacije",
    external:
      "Vedno lahko prijavite neposredno pristojnemu organu ali instituciji, organu, uradu ali agenciji EU, " +
      "na primer orodju Urada EU za umetno inteligenco za žvižgače v zvezi z aktom o umetni inteligenci. " +
      "Nikoli vam ni treba najprej prijaviti tukaj.",
    externalNotice: "Obvestilo navaja organe in kako jih dosežete",
    aiOfficeLink: "O orodju Urada za umetno inteligenco za žvižgače (spletišče Evropske komisije)",
    handlerTitle: "Za osebe, ki obravnavajo zadeve",
    handlerLink: "Prijava za obravnavo zadev",
  },
  report: {
    categoryNotSureHint:
      "Ne veste, katera tema ustreza? Izberite »Drugo / ne vem« na vrhu seznama: osebe, ki obravnavajo zadeve, jo bodo razvrstile.",
    notSureButton: "Ne vem: izberi »Drugo / ne vem«",
    groupNotSure: "Drugo / ne vem",
    groupEuLaw: "Kršitve prava Unije",
    groupAiRisks: "Varnost UI in temeljne pravice",
    groupNational: "Kršitve nacionalnega prava",
    draftWarning: "Vaša prijava ni bila poslana. Če zapustite to stran, se napisano izgubi.",
    elsewhereSummary: "Drugi naslovi, kamor lahko prijavite",
    receiptFor: "Prijava za",
    inboxFailed:
      "Predala tukaj ni bilo mogoče odpreti. Vaša koda za dostop je še vedno prikazana zgoraj; z njo odprite stran predala.",
    title: "Podajte prijavo",
    intro:
      "S svojimi besedami opišite, kaj se je zgodilo. Obvezni sta samo prvi dve vprašanji. Vse, kar napišete, " +
      "se pred pošiljanjem šifrira v tem brskalniku.",
    channel: "Kam naj gre vaša prijava?",
    category: "Na kaj se nanaša?",
    categoryPlaceholder: "Izberite temo",
    what: "Kaj se je zgodilo?",
    whatHint: "Opišite dejstva, ki jih poznate. Povejte, kaj ste videli sami in kaj ste slišali od drugih.",
    whenWhere: "Kdaj in kje se je zgodilo?",
    whenWhereHint: "Datumi, kraji, sistemi ali projekti, kolikor jih poznate.",
    who: "Kdo je vpleten?",
    whoHint: "Imena ali funkcije zadevnih oseb ali skupin, če jih poznate.",
    relationship: "Vaša povezava z organizacijo",
    relationshipHint: "Neobvezno. Če polje pustite prazno, lažje ostanete anonimni.",
    filesLabel: "Datoteke",
    recordVoice: "Posnemite glasovno sporočilo",
    filesHint:
      "Dokumenti, posnetki zaslona, dnevniki. Vsaka datoteka se šifrira v tem brskalniku, preden se pošlje po prijavi.",
    relationshipNone: "Pusti prazno",
    aboutTitle: "O vas (neobvezno)",
    identityLegend: "Vaša identiteta (neobvezno)",
    identityWarning:
      "Če želite ostati anonimni, pustite ta del prazen. Če ga izpolnite, se šifrira s posebnim ključem, ki " +
      "ga lahko odprejo samo skrbniki (osebe, imenovane za varstvo identitete prijaviteljev). Druge osebe, " +
      "ki obravnavajo zadevo, vidijo samo, da obstaja.",
    identityNoCustodians:
      "Trenutno nihče nima vloge skrbnika, zato vaše identitete ne bi bilo mogoče zaščititi posebej. Pustite ta del prazen.",
    identityName: "Vaše ime",
    identityContact: "Kako vas dosežemo",
    identityContactHint: "Zasebni e-poštni naslov ali telefonska številka, ne službena.",
    identityNote: "Drugo o stiku z vami",
    detailsWarning:
      "Tudi podrobnosti v vaših odgovorih lahko razkrijejo, kdo ste. Napišite, kar je potrebno za " +
      "razumevanje težave, ostalo pa izpustite.",
    coiLegend: "Osebe, ki te prijave ne smejo videti (neobvezno)",
    coiHint:
      "Označite tiste, ki so vpleteni v to, kar prijavljate, ali bi lahko imeli navzkrižje interesov. Vaša " +
      "prijava zanje ne bo šifrirana, zato je ne morejo odpreti, in nihče jim pozneje ne more dati dostopa.",
    beforeTitle: "Preden pošljete",
    beforeAnonymity:
      "Anonimnost: vaša prijava se šifrira v tem brskalniku. Nikoli je ne vidimo v berljivi obliki in ne " +
      "hranimo vašega naslova IP. Prebrati jo lahko samo osebe, ki obravnavajo zadevo.",
    beforeToken:
      "Vaša koda za dostop: po pošiljanju prejmete kodo, ki se prikaže samo enkrat. Je edina pot do predala " +
      "zadeve. Hranite jo varno in zasebno; nihče je ne more obnoviti namesto vas.",
    beforeNext:
      "Kaj sledi: potrdilo o prejemu prejmete v 7 dneh, povratne informacije pa v 3 mesecih. Preverjajte " +
      "predal: nimamo drugega načina, da bi vas dosegli, razen če nam ga sporočite. Natančni datumi so " +
      "prikazani po pošiljanju.",
    beforeExternal:
      "Vedno lahko prijavite pristojnemu organu ali instituciji, organu, uradu ali agenciji EU, tudi orodju " +
      "Urada za umetno inteligenco, namesto tukaj ali dodatno. Nikoli vam ni treba najprej prijaviti tukaj.",
    submit: "Šifriraj in pošlji prijavo",
    loadingConfig: "Nalaganje obrazca …",
    configFailed: "Obrazca ni bilo mogoče naložiti. Preverite povezavo in znova naložite stran.",
    encrypting: "Vaša prijava se šifrira v tem brskalniku …",
    sending: "Pošiljanje šifrirane prijave …",
    missingCategory: "Izberite, na kaj se nanaša vaša prijava.",
    missingWhat: "Opišite, kaj se je zgodilo.",
    failedClosed: "Šifriranje ni uspelo, zato ni bilo nič poslano. Znova naložite stran in poskusite znova.",
    sendFailed: "Vaša prijava ni bila poslana:",
    noHandlers: "Na tem kanalu še nihče ne more prejemati prijav, zato ni bilo nič poslano.",
    allExcluded: "Izključili ste vse, ki bi lahko prebrali vašo prijavo. Vsaj eno osebo pustite neoznačeno.",
    sentTitle: "Vaša prijava je bila poslana",
    spellToken: "Preberi kodo za dostop znak za znakom",
    tokenGroup: (n: number): string => `Skupina ${n}`,
    tokenTitle: "Vaša koda za dostop",
    tokenOnce:
      "Ta koda se prikaže samo enkrat. Shranite jo zdaj. Kdor jo ima, lahko bere vašo zadevo, zato jo hranite zasebno.",
    copy: "Kopiraj",
    copied: "Kopirano.",
    copyFailed: "Kopiranje tukaj ni mogoče. Označite kodo in jo kopirajte ali si jo zapišite.",
    download: "Prenesi kot besedilno datoteko",
    print: "Natisni",
    inboxAt: "Predal vaše zadeve:",
    tokenFileIntro:
      "Koda za dostop do vaše prijave. Hranite jo zasebno: kdor jo ima, lahko bere vašo zadevo.",
    datesTitle: "Kaj sledi",
    receivedOn: "Prejeto dne",
    ackBy: "Potrdilo o prejemu najpozneje",
    feedbackBy: "Povratne informacije najpozneje",
    disclosureFrom: "Javno razkritje je lahko zaščiteno od",
    disclosureShort:
      "Pomembno samo, če niso sprejeti ustrezni ukrepi; predal pojasni, kaj to pomeni. Splošne informacije, ne pravno svetovanje.",
    datesHint: "Odprite predal s kodo, da vidite potrdilo o prejemu, odgovore in povratne informacije.",
    saved: "Kodo sem shranil(a) na varno mesto",
    continue: "Naprej v predal",
    leaveWarning: "Niste potrdili, da ste kodo shranili. Ponovno je ni mogoče prikazati.",
  },
  inbox: {
    furtherFeedbackTitle: "Nadaljnje povratne informacije",
    furtherFeedbackHint:
      "Po irskem pravu lahko zahtevate nadaljnje povratne informacije vsake 3 mesece, dokler vaša zadeva ni zaključena. Vaša zahteva se doda sporočilom, podpisana v tem brskalniku.",
    furtherFeedbackAsk: "Zahtevajte nadaljnje povratne informacije vsake 3 mesece",
    furtherFeedbackText:
      "Zahtevam nadaljnje povratne informacije vsake 3 mesece, dokler moja zadeva ni zaključena.",
    furtherFeedbackAsked: "Nadaljnje povratne informacije ste zahtevali dne",
    furtherFeedbackBy: "Nadaljnje povratne informacije do",
    furtherFeedbackExplain:
      "3 mesece po zadnjih povratnih informacijah, ker ste jih zahtevali. Ponavlja se, dokler zadeva ni zaključena.",
    notSetAck: "Ni datuma: rok za potrdilo o prejemu velja le, dokler vaša prijava ni potrjena.",
    notSetFeedback: "Še ni datuma: določi se, ko je mogoče izračunati zakonski rok za povratne informacije.",
    notSetDisclosure:
      "Ni datuma, ker so povratne informacije o izidu prispele pravočasno ali ker pravo tega kanala roka ne določa. Zaščita po členu 15(1)(b), ki ne zahteva čakanja, ostane nespremenjena.",
    datesMore: "Pri vsakem datumu je navedeno pravilo, iz katerega izhaja.",
    todo: {
      "answer-question": "Zastavili smo vam vprašanje. Odgovorite nanj spodaj.",
      "read-reply": "Pisali smo vam. Preberite sporočilo spodaj; odgovorite lahko, če želite.",
      "read-feedback":
        "Dali smo vam povratne informacije o tem, kaj je bilo storjeno. Preberite jih spodaj; še vedno nam lahko pišete.",
      closed: "Vaša zadeva je zaključena. Tukaj lahko še vedno vse preberete.",
      "wait-ack": "Zdaj vam ni treba storiti ničesar. Vaša prijava je prispela; prejem bomo potrdili tukaj.",
      "wait-follow-up":
        "Zdaj vam ni treba storiti ničesar. Nadaljnje ukrepamo; vrnite se sem po odgovore in povratne informacije.",
    },
    title: "Predal vaše zadeve",
    intro:
      "Vnesite kodo za dostop, ki ste jo prejeli ob prijavi. Preveri se in pretvori v ključe v tem " +
      "brskalniku; sama koda se nikoli ne pošlje.",
    token: "Koda za dostop",
    tokenHint: "Pet skupin po pet znakov. Velike ali male črke, s pomišljaji ali brez.",
    open: "Odpri predal",
    badToken: "Preverite kodo: en znak se zdi napačen.",
    notFound: "Tej kodi ne ustreza nobena zadeva. Preverite jo in poskusite znova.",
    opening: "Odpiranje predala …",
    lock: "Zakleni",
    lockHint: "Ko končate, zaklenite: vse se izbriše s te strani.",
    status: "Stanje",
    outcome: "Izid",
    datesTitle: "Vaši datumi",
    receivedOn: "Prejeto",
    receivedExplain: "Dan, ko je vaša prijava prispela.",
    acknowledgedOn: "Prejem potrjen dne",
    ackBy: "Potrdilo o prejemu najpozneje do",
    ackExplain: "Do tega dne mora organizacija potrditi, da je prejela vašo prijavo.",
    ackDone: "Organizacija je prejem vaše prijave potrdila ta dan.",
    feedbackBy: "Povratne informacije najpozneje do",
    feedbackExplain:
      "Do tega dne bi morali izvedeti, kaj je bilo v zvezi z vašo prijavo storjeno ali načrtovano in zakaj.",
    disclosureFrom: "Javno razkritje je lahko zaščiteno od",
    disclosureExplain:
      "Od tega dne je javna objava informacij lahko zaščitena, če na podlagi vaše prijave niso bili sprejeti " +
      "ustrezni ukrepi (člen 15(1)(a) direktive). To velja samo, če ste prijavo podali tudi pristojnemu " +
      "organu in tudi ta v svojem roku ni sprejel ustreznih ukrepov, ali če ste prijavo podali neposredno " +
      "organu. Brez čakanja je javno razkritje lahko zaščiteno tudi ob neposredni ali očitni nevarnosti za " +
      "javni interes ali kadar prijava organu pomeni tveganje povračilnih ukrepov ali prikrivanja dokazov " +
      "(člen 15(1)(b)). Preden greste v javnost, se posvetujte, na primer z organizacijo za podporo, " +
      "navedeno v obvestilu.",
    basis: "Pravna podlaga:",
    noDate: "Ni določeno",
    threadTitle: "Sporočila",
    threadEmpty: "Še ni sporočil.",
    replyLabel: "Napišite odgovor",
    replyHint:
      "Pred pošiljanjem se šifrira v tem brskalniku. Prebrati ga lahko samo osebe, ki obravnavajo zadevo.",
    send: "Šifriraj in pošlji",
    sending: "Pošiljanje …",
    sent: "Poslano.",
    emptyReply: "Najprej napišite sporočilo.",
    locked: "Zaklenjeno. Vnesite kodo, da znova odprete predal.",
  },
  fields: {
    category: "Kategorija",
    whatHappened: "Kaj se je zgodilo",
    whenWhere: "Kdaj in kje",
    whoInvolved: "Kdo je vpleten",
    relationship: "Povezava z organizacijo",
    attachments: "Priloge",
    none: "(ni navedeno)",
  },
  status: {
    received: "Prejeto",
    acknowledged: "Prejem potrjen",
    in_follow_up: "Nadaljnje ukrepanje poteka",
    feedback_given: "Povratne informacije dane",
    closed: "Zaključeno",
  },
  outcome: {
    substantiated: "Utemeljeno",
    unsubstantiated: "Neutemeljeno",
    referred: "Odstopljeno organu",
    no_action: "Ukrepi niso potrebni",
    withdrawn: "Umaknjeno",
  },
  kind: {
    further_feedback_request: "Zahteva za nadaljnje povratne informacije",
    final_outcome: "Končni izid",
    report: "Prijava",
    message: "Sporočilo",
    acknowledgement: "Potrdilo o prejemu",
    request_info: "Prošnja za dodatne informacije",
    feedback: "Povratne informacije",
    disclosure_notice: "Obvestilo: vaša identiteta bo razkrita",
    minimisation: "Podatki odstranjeni (17. člen)",
  },
  minimised: {
    entry:
      "Tu je bil vnos odstranjen na podlagi 17. člena direktive: osebni podatki, ki niso potrebni, se izbrišejo.",
    attachment:
      "Datoteka je bila odstranjena na podlagi 17. člena direktive: osebni podatki, ki niso potrebni, se izbrišejo.",
    reason: "Razlog",
    reasons: {
      not_relevant: "ni povezano s prijavo",
      untrue: "izkazalo se je za neresnično",
      out_of_scope: "zunaj področja uporabe pravil o prijavah",
    },
  },
  author: {
    reporter: "Prijavitelj",
    handler: "Oseba, ki obravnava zadevo",
    you: "Vi",
  },
  errors: {
    network: "Strežnika ni mogoče doseči. Preverite povezavo in poskusite znova.",
    server: "Na strežniku je prišlo do napake. Poskusite pozneje.",
    rejected: "Strežnik te zahteve ni sprejel. Znova naložite stran in poskusite znova.",
    undecryptable: "Tega vnosa ni bilo mogoče dešifrirati.",
    unsupported: "Ta vnos ima obliko, ki je ta stran ne pozna.",
    unverified:
      "Tega vnosa ni bilo mogoče preveriti, zato ni prikazan. Morda je bil na strežniku dodan, spremenjen, odstranjen ali prerazporejen.",
    unwrapFailed: "Ključa zadeve ni bilo mogoče odpreti z vašim ključem.",
    recipientMismatch:
      "Ključ zadeve s strežnika se ne ujema z odprto zadevo, zato ni bilo nič poslano. Sporočite to skrbniku sistema.",
    badRecipient: "Ključ prejemnika s strežnika ni pričakovane vrste, zato ni bilo nič poslano.",
    weakKdf: "Strežnik je ponudil nevarne nastavitve ključa, zato geslo ni bilo uporabljeno.",
    rateLimited: "Preveč poskusov. Počakajte nekaj minut in poskusite znova.",
    notSent: "Tega v tem brskalniku ni bilo mogoče pripraviti, zato ni bilo nič poslano. Poskusite znova.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "še 1 dan" : `še dni: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "1 dan zamude" : `dni zamude: ${n}`),
    today: "rok danes",
  },
  receipt: {
    download: "Prenesi podpisano potrdilo",
    hint: "Kanal podpiše to potrdilo: kaže, da in kdaj ste prijavili. Shranite ga skupaj s kodo. Vsakdo ga lahko preveri, tudi brez povezave, na strani /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Tega kanala trenutno ni mogoče preveriti, zato ta stran ne bo ničesar šifrirala ali poslala. Vaša prijava ostaja pri vas: nič ni zapustilo te naprave.",
    unverifiedWhy: {
      "no-roster": "Kanal še nima podpisanega seznama oseb, ki berejo prijave.",
      "bad-pin": "Povezava, ki ste jo odprli, vsebuje prstni odtis ključa kanala, ki ni pravilno zapisan.",
      "pin-mismatch":
        "Ključ kanala se ne ujema s prstnim odtisom v povezavi, ki ste jo odprli (s plakata ali obvestila). Morda nekdo poskuša brati prijave, ki jih ne bi smel.",
      expired: "Podpisani seznam oseb, ki berejo prijave, je zastarel.",
      invalid: "Seznam oseb, ki berejo prijave, ni veljavno podpisan s ključem kanala.",
    },
    unverifiedExternal: "Namesto tega lahko prijavo podate zunanjemu organu:",
    fingerprintPinned: (f: string): string => `Preverjeno: ključ kanala se ujema z vašo povezavo (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Prstni odtis ključa kanala: ${f}. Preden začnete pisati, ga primerjajte s tistim na plakatu ali v obvestilu.`,
  },
};

export default sl;
