/** Eesti: teavitusvorm, juurdepääsukoodi leht ja juhtumi postkast. Olek: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const et: ReporterTranslation = {
  lang: "et",
  locale: "et-EE",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/et/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Mine põhisisu juurde",
    home: "Avaleht",
    notice: "Teave töötajatele (teade)",
    noscript:
      "Teavitusvorm ja juhtumi postkast vajavad JavaScripti: teie sõnad krüpteeritakse selles seadmes enne " +
      "saatmist ja selleks on vaja JavaScripti. Seda lehte saate lugeda ka ilma selleta.",
    noscriptAllow:
      "JavaScripti lubamine ainult sellele saidile: Tor Browseris piisab tasemest „Turvalisem“ (kilbi ikoon, " +
      "Sätted); tasemel „Kõige turvalisem“ lisage NoScripti nupp tööriistaribale ja valige selle saidi jaoks " +
      "„Usalda ajutiselt“. Teistes brauserites avage aadressiriba kõrval saidi sätted ja lubage sellele " +
      "saidile JavaScript.",
    noscriptElsewhere: "Võite teavitada ka neid asutusi ja ELi organeid (lihtsad lingid):",
    language: "Keel",
    leave: "Lahku kiiresti",
    leaveHint: "Asendab selle lehe tühjaga ja kustutab, mida te kirjutasite.",
    notLegalAdvice: "See on üldine teave, mitte õigusnõustamine.",
    loading: "Laadimine…",
    required: "(kohustuslik)",
    optional: "(vabatahtlik)",
  },
  landing: {
    title: "Teavitage turvaliselt",
    intro:
      "See on konfidentsiaalne kanal, mille kaudu saate teavitada õigusrikkumistest, millest saite teada " +
      "oma töö kaudu: näiteks pettusest, korruptsioonist, ohust ohutusele või tervisele, keskkonnakahjust, " +
      "andmekaitse rikkumistest või tehisintellektisüsteemide riskidest. Võite jääda anonüümseks.",
    makeReport: "Esitage teade",
    makeReportHint: "Võtab umbes 10 minutit. Kontot, e-posti aadressi ega nime pole vaja.",
    openInbox: "Avage juhtumi postkast",
    openInboxHint: "Juba teavitasite? Kasutage juurdepääsukoodi, et lugeda vastuseid ja vastata küsimustele.",
    howTitle: "Kuidas see toimib",
    how1: "Teie teade krüpteeritakse teie brauseris enne saatmist. Server salvestab ainult teksti, mida ta lugeda ei saa; seda saavad avada ainult määratud menetlejad.",
    how2: "Me ei salvesta teie IP-aadressi ega midagi teie seadme kohta. Suurema turvalisuse huvides kasutage seadet ja võrku, mida teie tööandja ei kontrolli.",
    how3: "Pärast saatmist saate juurdepääsukoodi. See on ainus võti teie juhtumi postkasti, kus loete vastuseid ja saate vastata. Keegi ei saa seda teie eest taastada.",
    how4: "Saate vastuvõtu kinnituse 7 päeva jooksul ja tagasiside järelmeetmete kohta 3 kuu jooksul.",
    externalTitle: "Võite teavitada ka väljaspool organisatsiooni",
    external:
      "Võite alati teavitada otse pädevat asutust või ELi institutsiooni, organit või asutust, näiteks ELi " +
      "tehisintellektiameti rikkumisest teatamise vahendit tehisintellekti määruse kohta. Te ei pea kunagi " +
      "kõigepealt siin teavitama.",
    externalNotice: "Teates on loetletud asutused ja nende kontaktid",
    aiOfficeLink: "Tehisintellektiameti rikkumisest teatamise vahendist (Euroopa Komisjoni veebisait)",
    handlerTitle: "Menetlejatele",
    handlerLink: "Logige sisse, et juhtumeid menetleda",
  },
  report: {
    categoryNotSureHint:
      "Ei tea, milline teema sobib? Valige loendi algusest „Muu / ei tea“: menetlejad määravad selle ise.",
    notSureButton: "Ma ei tea: vali „Muu / ei tea“",
    groupNotSure: "Muu / ei tea",
    groupEuLaw: "Liidu õiguse rikkumised",
    groupAiRisks: "Tehisintellekti ohutus ja põhiõigused",
    groupNational: "Riigisisese õiguse rikkumised",
    draftWarning: "Teie teadet ei ole saadetud. Kui lahkute lehelt, läheb kirjutatu kaotsi.",
    elsewhereSummary: "Muud kohad, kuhu teavitada",
    receiptFor: "Teade saajale",
    inboxFailed:
      "Postkasti ei õnnestunud siin avada. Teie juurdepääsukood on endiselt ülal näha; avage sellega postkasti leht.",
    title: "Esitage teade",
    intro:
      "Kirjeldage oma sõnadega, mis juhtus. Kohustuslikud on ainult kaks esimest küsimust. Kõik, mida " +
      "kirjutate, krüpteeritakse selles brauseris enne saatmist.",
    channel: "Kuhu teie teade peaks minema?",
    category: "Millega on tegu?",
    categoryPlaceholder: "Valige teema",
    what: "Mis juhtus?",
    whatHint: "Kirjeldage teile teadaolevaid fakte. Öelge, mida nägite ise ja mida kuulsite teistelt.",
    whenWhere: "Millal ja kus see juhtus?",
    whenWhereHint: "Kuupäevad, kohad, süsteemid või projektid, niivõrd kui neid teate.",
    who: "Kes on asjaga seotud?",
    whoHint: "Puudutatud isikute või meeskondade nimed või ametid, kui neid teate.",
    relationship: "Teie seos organisatsiooniga",
    relationshipHint: "Vabatahtlik. Tühjaks jätmine aitab jääda anonüümseks.",
    filesLabel: "Failid",
    recordVoice: "Salvesta häälsõnum",
    filesHint:
      "Dokumendid, ekraanipildid, logid. Iga fail krüpteeritakse selles brauseris enne saatmist, pärast teadet.",
    relationshipNone: "Jäta tühjaks",
    aboutTitle: "Teie kohta (vabatahtlik)",
    identityLegend: "Teie isik (vabatahtlik)",
    identityWarning:
      "Jätke see osa tühjaks, kui soovite jääda anonüümseks. Kui selle täidate, krüpteeritakse see eraldi " +
      "võtmega, mida saavad avada ainult hoidjad (teavitajate isiku kaitseks määratud isikud). Teised " +
      "menetlejad näevad ainult, et see on olemas.",
    identityNoCustodians:
      "Praegu ei ole kellelgi hoidja rolli, seega ei saaks teie isikut eraldi kaitsta. Jätke see osa tühjaks.",
    identityName: "Teie nimi",
    identityContact: "Kuidas teiega ühendust võtta",
    identityContactHint: "Isiklik e-posti aadress või telefoninumber, mitte töö oma.",
    identityNote: "Muu teave ühenduse võtmiseks",
    detailsWarning:
      "Ka üksikasjad teie vastustes võivad paljastada, kes te olete. Kirjutage, mis on probleemi mõistmiseks " +
      "vajalik, ja jätke ülejäänu välja.",
    coiLegend: "Isikud, kes ei tohi seda teadet näha (vabatahtlik)",
    coiHint:
      "Märkige need, kes on teatatud asjaga seotud või kellel võib olla huvide konflikt. Teie teadet ei " +
      "krüpteerita neile, seega ei saa nad seda avada ja keegi ei saa neile hiljem juurdepääsu anda.",
    beforeTitle: "Enne saatmist",
    beforeAnonymity:
      "Anonüümsus: teie teade krüpteeritakse selles brauseris. Me ei näe seda kunagi loetaval kujul ega " +
      "salvesta teie IP-aadressi. Seda saavad lugeda ainult menetlejad.",
    beforeToken:
      "Teie juurdepääsukood: pärast saatmist saate koodi, mida näidatakse ainult üks kord. See on ainus tee " +
      "juhtumi postkasti. Hoidke seda turvaliselt ja privaatselt; keegi ei saa seda teie eest taastada.",
    beforeNext:
      "Mis edasi: saate vastuvõtu kinnituse 7 päeva ja tagasiside 3 kuu jooksul. Vaadake postkasti: meil " +
      "pole muud võimalust teiega ühendust võtta, kui te seda ei anna. Täpsed kuupäevad näete pärast saatmist.",
    beforeExternal:
      "Võite alati teavitada pädevat asutust või ELi institutsiooni, organit või asutust, sealhulgas " +
      "tehisintellektiameti vahendit, siin teavitamise asemel või lisaks. Te ei pea kunagi kõigepealt siin teavitama.",
    submit: "Krüpteeri ja saada teade",
    loadingConfig: "Vormi laaditakse…",
    configFailed: "Vormi ei õnnestunud laadida. Kontrollige ühendust ja laadige leht uuesti.",
    encrypting: "Teie teadet krüpteeritakse selles brauseris…",
    sending: "Krüpteeritud teadet saadetakse…",
    missingCategory: "Valige, millega teie teade on seotud.",
    missingWhat: "Kirjeldage, mis juhtus.",
    failedClosed:
      "Krüpteerimine ebaõnnestus, seega midagi ei saadetud. Laadige leht uuesti ja proovige uuesti.",
    sendFailed: "Teie teadet ei saadetud:",
    noHandlers: "Selles kanalis ei saa veel keegi teateid vastu võtta, seega midagi ei saadetud.",
    allExcluded: "Jätsite välja kõik, kes saaksid teie teadet lugeda. Jätke vähemalt üks isik märkimata.",
    sentTitle: "Teie teade on saadetud",
    spellToken: "Loe juurdepääsukood märk-märgilt",
    tokenGroup: (n: number): string => `Rühm ${n}`,
    tokenTitle: "Teie juurdepääsukood",
    tokenOnce:
      "Koodi näidatakse ainult üks kord. Salvestage see kohe. Igaüks, kellel see on, saab teie juhtumit lugeda, seega hoidke seda privaatselt.",
    copy: "Kopeeri",
    copied: "Kopeeritud.",
    copyFailed: "Siin ei saa kopeerida. Valige kood ja kopeerige see või kirjutage üles.",
    download: "Laadi alla tekstifailina",
    print: "Prindi",
    inboxAt: "Teie juhtumi postkast:",
    tokenFileIntro:
      "Teie teate juurdepääsukood. Hoidke seda privaatselt: igaüks, kellel see on, saab teie juhtumit lugeda.",
    datesTitle: "Mis edasi",
    receivedOn: "Vastu võetud",
    ackBy: "Vastuvõtu kinnitus hiljemalt",
    feedbackBy: "Tagasiside hiljemalt",
    disclosureFrom: "Avalikustamine võib olla kaitstud alates",
    disclosureShort:
      "Oluline ainult siis, kui asjakohaseid meetmeid ei võeta; postkast selgitab, mida see tähendab. Üldine teave, mitte õigusnõustamine.",
    datesHint: "Avage postkast koodiga, et näha vastuvõtu kinnitust, vastuseid ja tagasisidet.",
    saved: "Olen koodi turvaliselt salvestanud",
    continue: "Jätka postkasti",
    leaveWarning: "Te ei kinnitanud, et salvestasite koodi. Seda ei saa uuesti näidata.",
  },
  inbox: {
    furtherFeedbackTitle: "Täiendav tagasiside",
    furtherFeedbackHint:
      "Iiri õiguse järgi võite paluda täiendavat tagasisidet iga 3 kuu järel, kuni teie juhtum on lõpetatud. Teie taotlus lisatakse sõnumitele, allkirjastatuna selles brauseris.",
    furtherFeedbackAsk: "Paluda täiendavat tagasisidet iga 3 kuu järel",
    furtherFeedbackText: "Palun täiendavat tagasisidet iga 3 kuu järel, kuni minu juhtum on lõpetatud.",
    furtherFeedbackAsked: "Palusite täiendavat tagasisidet kuupäeval",
    furtherFeedbackBy: "Täiendav tagasiside hiljemalt",
    furtherFeedbackExplain:
      "3 kuud pärast viimast tagasisidet, sest te palusite seda. See kordub, kuni juhtum on lõpetatud.",
    notSetAck:
      "Kuupäev puudub: vastuvõtu kinnituse tähtaeg kehtib ainult seni, kuni teie teade on kinnitatud.",
    notSetFeedback:
      "Kuupäeva veel ei ole: see määratakse, kui tagasiside seadusjärgset tähtaega saab arvutada.",
    notSetDisclosure:
      "Kuupäev puudub, sest tagasiside tulemuse kohta tuli tähtaegselt või selle kanali õigus seda ette ei näe. Artikli 15 lõike 1 punkti b kaitset, mis ootamist ei nõua, see ei mõjuta.",
    datesMore: "Iga kuupäeva juures on reegel, millest see tuleneb.",
    todo: {
      "answer-question": "Esitasime teile küsimuse. Palun vastake allpool.",
      "read-reply": "Kirjutasime teile. Lugege sõnumit allpool; soovi korral võite vastata.",
      "read-feedback":
        "Andsime teile tagasisidet tehtu kohta. Lugege seda allpool; võite meile ikka kirjutada.",
      closed: "Teie juhtum on suletud. Kõike saate siin endiselt lugeda.",
      "wait-ack": "Praegu pole midagi vaja teha. Teie teade jõudis kohale; kinnitame vastuvõttu siin.",
      "wait-follow-up":
        "Praegu pole midagi vaja teha. Võtame järelmeetmeid; tulge vastuste ja tagasiside jaoks siia tagasi.",
    },
    title: "Teie juhtumi postkast",
    intro:
      "Sisestage juurdepääsukood, mille saite teate esitamisel. Seda kontrollitakse ja sellest tehakse " +
      "võtmed selles brauseris; koodi ennast ei saadeta kunagi.",
    token: "Juurdepääsukood",
    tokenHint: "Viis viiemärgilist rühma. Suur- või väiketähed, sidekriipsudega või ilma.",
    open: "Ava postkast",
    badToken: "Kontrollige koodi: üks märk tundub vale.",
    notFound: "Selle koodiga juhtumit ei ole. Kontrollige seda ja proovige uuesti.",
    opening: "Postkasti avatakse…",
    lock: "Lukusta",
    lockHint: "Lukustage, kui olete lõpetanud: kõik kustutatakse sellelt lehelt.",
    status: "Seis",
    outcome: "Tulemus",
    datesTitle: "Teie kuupäevad",
    receivedOn: "Vastu võetud",
    receivedExplain: "Päev, mil teie teade saabus.",
    acknowledgedOn: "Vastuvõtt kinnitatud",
    ackBy: "Vastuvõtu kinnituse tähtaeg",
    ackExplain: "Hiljemalt sel kuupäeval peab organisatsioon kinnitama, et on teie teate kätte saanud.",
    ackDone: "Organisatsioon kinnitas sel kuupäeval teie teate kättesaamist.",
    feedbackBy: "Tagasiside tähtaeg",
    feedbackExplain:
      "Hiljemalt sel kuupäeval peaksite teada saama, mida on teie teate põhjal tehtud või kavandatud ja miks.",
    disclosureFrom: "Avalikustamine võib olla kaitstud alates",
    disclosureExplain:
      "Alates sellest kuupäevast võib teabe avalikustamine olla kaitstud, kui teie teate põhjal ei ole " +
      "võetud asjakohaseid meetmeid (direktiivi artikli 15 lõike 1 punkt a). See kehtib ainult juhul, kui " +
      "teavitasite ka pädevat asutust ja ka see ei võtnud oma tähtaja jooksul asjakohaseid meetmeid, või kui " +
      "teavitasite otse asutust. Ootamata võib avalikustamine olla kaitstud ka siis, kui avalikule huvile on " +
      "vahetu või ilmne oht või kui asutuse teavitamisega kaasneb survemeetmete või tõendite varjamise oht " +
      "(artikli 15 lõike 1 punkt b). Küsige enne avalikkuse ette minekut nõu, näiteks teates nimetatud " +
      "tugiorganisatsioonilt.",
    basis: "Õiguslik alus:",
    noDate: "Määramata",
    threadTitle: "Sõnumid",
    threadEmpty: "Sõnumeid veel ei ole.",
    replyLabel: "Kirjutage vastus",
    replyHint: "Krüpteeritakse selles brauseris enne saatmist. Seda saavad lugeda ainult menetlejad.",
    send: "Krüpteeri ja saada",
    sending: "Saatmine…",
    sent: "Saadetud.",
    emptyReply: "Kirjutage kõigepealt sõnum.",
    locked: "Lukustatud. Postkasti uuesti avamiseks sisestage kood.",
  },
  fields: {
    category: "Kategooria",
    whatHappened: "Mis juhtus",
    whenWhere: "Millal ja kus",
    whoInvolved: "Kes on seotud",
    relationship: "Seos organisatsiooniga",
    attachments: "Manused",
    none: "(ei ole märgitud)",
  },
  status: {
    received: "Vastu võetud",
    acknowledged: "Vastuvõtt kinnitatud",
    in_follow_up: "Järelmeetmed käivad",
    feedback_given: "Tagasiside antud",
    closed: "Suletud",
  },
  outcome: {
    substantiated: "Põhjendatud",
    unsubstantiated: "Põhjendamata",
    referred: "Edastatud asutusele",
    no_action: "Meetmeid pole vaja",
    withdrawn: "Tagasi võetud",
  },
  kind: {
    further_feedback_request: "Täiendava tagasiside taotlus",
    final_outcome: "Lõpptulemus",
    report: "Teade",
    message: "Sõnum",
    acknowledgement: "Vastuvõtu kinnitus",
    request_info: "Lisateabe taotlus",
    feedback: "Tagasiside",
    disclosure_notice: "Teade: teie isik avalikustatakse",
    minimisation: "Andmed eemaldatud (art 17)",
  },
  minimised: {
    entry: "Siit eemaldati kanne direktiivi artikli 17 alusel: isikuandmed, mida ei vajata, kustutatakse.",
    attachment: "Fail eemaldati direktiivi artikli 17 alusel: isikuandmed, mida ei vajata, kustutatakse.",
    reason: "Põhjus",
    reasons: {
      not_relevant: "teatega mitte seotud",
      untrue: "osutus valeks",
      out_of_scope: "väljaspool rikkumisest teatamise reeglite kohaldamisala",
    },
  },
  author: {
    reporter: "Teavitaja",
    handler: "Menetleja",
    you: "Teie",
  },
  errors: {
    network: "Serveriga ei saanud ühendust. Kontrollige ühendust ja proovige uuesti.",
    server: "Serveris läks midagi valesti. Proovige hiljem uuesti.",
    rejected: "Server ei võtnud seda päringut vastu. Laadige leht uuesti ja proovige uuesti.",
    undecryptable: "Seda kirjet ei õnnestunud dekrüpteerida.",
    unsupported: "Selle kirje vorming on sellele lehele tundmatu.",
    unverified:
      "Seda kirjet ei õnnestunud kontrollida, seetõttu seda ei näidata. See võidi serveris lisada, muuta, eemaldada või ümber järjestada.",
    unwrapFailed: "Juhtumi võtit ei õnnestunud teie võtmega avada.",
    recipientMismatch:
      "Serveri juhtumivõti ei vasta avatud juhtumile, seega midagi ei saadetud. Teatage sellest administraatorile.",
    badRecipient: "Serveri saaja võti ei ole oodatud tüüpi, seega midagi ei saadetud.",
    weakKdf: "Server pakkus ebaturvalisi võtmesätteid, seega paroolifraasi ei kasutatud.",
    rateLimited: "Liiga palju katseid. Oodake mõni minut ja proovige uuesti.",
    notSent:
      "Seda ei õnnestunud selles brauseris ette valmistada, seega midagi ei saadetud. Proovige uuesti.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "jäänud 1 päev" : `jäänud ${n} päeva`),
    daysOver: (n: number): string => (n === 1 ? "1 päev üle tähtaja" : `${n} päeva üle tähtaja`),
    today: "tähtaeg täna",
  },
  receipt: {
    download: "Laadi alla allkirjastatud kviitung",
    hint: "Kanal allkirjastab selle kviitungi: see näitab, et ja millal te teatasite. Hoidke seda koos oma koodiga. Igaüks saab seda kontrollida, ka võrguühenduseta, lehel /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Seda kanalit ei saa praegu kontrollida, seega see leht ei krüpteeri ega saada midagi. Teie teade on teie käes kindlas kohas: miski pole sellest seadmest lahkunud.",
    unverifiedWhy: {
      "no-roster": "Kanalil pole veel allkirjastatud loetelu isikutest, kes teateid loevad.",
      "bad-pin": "Avatud lingis on kanali võtme sõrmejälg, mis pole õigesti kirjutatud.",
      "pin-mismatch":
        "Kanali võti ei vasta avatud lingis olevale sõrmejäljele (plakatilt või teatest). Keegi võib püüda lugeda teateid, mida ta ei tohiks lugeda.",
      expired: "Allkirjastatud loetelu isikutest, kes teateid loevad, on aegunud.",
      invalid: "Loetelu isikutest, kes teateid loevad, pole kanali võtmega kehtivalt allkirjastatud.",
    },
    unverifiedExternal: "Selle asemel võite teatada välisele asutusele:",
    fingerprintPinned: (f: string): string => `Kontrollitud: kanali võti vastab teie lingile (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Kanali võtme sõrmejälg: ${f}. Võrrelge seda enne kirjutamist plakatil või teates olevaga.`,
  },
};

export default et;
