/** Malti: il-formola tar-rapport, il-paġna tal-kodiċi ta' aċċess u l-inbox tal-każ. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const mt: ReporterTranslation = {
  lang: "mt",
  locale: "mt-MT",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/mt/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Aqbeż għall-kontenut ewlieni",
    home: "Paġna ewlenija",
    notice: "Informazzjoni għall-ħaddiema (avviż)",
    noscript:
      "Il-formola tar-rapport u l-inbox tal-każ jeħtieġu JavaScript: kliemek jiġi kriptat fuq dan it-tagħmir " +
      "qabel ma jintbagħat, u għal dan jeħtieġ JavaScript. Tista' taqra din il-paġna mingħajru.",
    noscriptAllow:
      'Biex tippermetti JavaScript għal dan is-sit biss: f\'Tor Browser il-livell "Aktar Sikur" huwa biżżejjed ' +
      '(l-ikona tat-tarka, Settings); fil-livell "L-Aktar Sikur", żid il-buttuna NoScript mal-toolbar u ' +
      'agħżel "Afda temporanjament" għal dan is-sit. F\'browsers oħra, iftaħ is-settings tas-sit ħdejn ' +
      "il-bar tal-indirizz u ippermetti JavaScript għal dan is-sit.",
    noscriptElsewhere: "Tista' tirrapporta wkoll lil dawn l-awtoritajiet u l-korpi tal-UE (links sempliċi):",
    language: "Lingwa",
    leave: "Oħroġ malajr",
    leaveHint: "Tibdel din il-paġna b'paġna vojta u tħassar dak li ktibt.",
    notLegalAdvice: "Din hija informazzjoni ġenerali, mhux parir legali.",
    loading: "Qed jillowdja…",
    required: "(obbligatorju)",
    optional: "(mhux obbligatorju)",
  },
  landing: {
    title: "Irrapporta b'mod sikur",
    intro:
      "Dan huwa kanal kunfidenzjali biex tirrapporta ksur tal-liġi li sirt taf bih permezz tax-xogħol tiegħek: " +
      "pereżempju frodi, korruzzjoni, riskji għas-sikurezza jew għas-saħħa, ħsara lill-ambjent, ksur " +
      "tal-protezzjoni tad-data, jew riskji minn sistemi tal-IA. Tista' tibqa' anonimu.",
    makeReport: "Agħmel rapport",
    makeReportHint: "Jieħu madwar 10 minuti. Bla kont, bla indirizz tal-email, bla isem.",
    openInbox: "Iftaħ l-inbox tal-każ tiegħek",
    openInboxHint:
      "Diġà rrappurtajt? Uża l-kodiċi ta' aċċess biex taqra t-tweġibiet u twieġeb il-mistoqsijiet.",
    howTitle: "Kif jaħdem",
    how1: "Ir-rapport tiegħek jiġi kriptat fil-browser tiegħek qabel ma jintbagħat. Is-server jaħżen biss test li ma jistax jaqra; jistgħu jiftħuh biss il-persuni maħtura biex jittrattaw il-każijiet.",
    how2: "Ma naħżnux l-indirizz IP tiegħek jew xejn dwar it-tagħmir tiegħek. Għal aktar sigurtà, uża tagħmir u netwerk li ma jikkontrollahomx min iħaddmek.",
    how3: "Wara li tibgħat, tirċievi kodiċi ta' aċċess. Huwa l-uniku ċavetta għall-inbox tal-każ tiegħek, fejn taqra t-tweġibiet u tista' twieġeb. Ħadd ma jista' jirkuprah għalik.",
    how4: "Tirċievi konferma tal-wasla fi żmien 7 ijiem u rispons dwar is-segwitu fi żmien 3 xhur.",
    externalTitle: "Tista' tirrapporta wkoll barra mill-organizzazzjoni",
    external:
      "Tista' dejjem tirrapporta direttament lil awtorità kompetenti, jew lil istituzzjoni, korp, uffiċċju " +
      "jew aġenzija tal-UE, pereżempju l-għodda għall-iżvelar ta' informazzjoni tal-Uffiċċju tal-IA tal-UE " +
      "taħt l-Att dwar l-IA. Qatt m'għandek għalfejn tirrapporta hawn l-ewwel.",
    externalNotice: "L-avviż jelenka l-awtoritajiet u kif tikkuntattjahom",
    aiOfficeLink:
      "Dwar l-għodda għall-iżvelar ta' informazzjoni tal-Uffiċċju tal-IA (sit web tal-Kummissjoni Ewropea)",
    handlerTitle: "Għal min jittratta l-każijiet",
    handlerLink: "Idħol biex tittratta l-każijiet",
  },
  report: {
    categoryNotSureHint:
      'M\'intix ċert liema suġġett jaqbel? Agħżel "Oħrajn / mhux ċert" fil-quċċata tal-lista: dawk li jittrattaw il-każijiet jirranġawh.',
    notSureButton: 'M\'inix ċert: agħżel "Oħrajn / mhux ċert"',
    groupNotSure: "Oħrajn / mhux ċert",
    groupEuLaw: "Ksur tal-liġi tal-Unjoni",
    groupAiRisks: "Is-sikurezza tal-IA u d-drittijiet fundamentali",
    groupNational: "Ksur tal-liġi nazzjonali",
    draftWarning: "Ir-rapport tiegħek ma ntbagħatx. Jekk titlaq minn din il-paġna, dak li ktibt jintilef.",
    elsewhereSummary: "Postijiet oħra fejn tista' tirrapporta",
    receiptFor: "Rapport lil",
    inboxFailed:
      "L-inbox ma setax jinfetaħ hawn. Il-kodiċi ta' aċċess tiegħek għadu jidher hawn fuq; iftaħ biħ il-paġna tal-inbox.",
    title: "Agħmel rapport",
    intro:
      "Għidilna b'kliemek x'ġara. L-ewwel żewġ mistoqsijiet biss huma obbligatorji. Kull ma tikteb jiġi " +
      "kriptat f'dan il-browser qabel ma jintbagħat.",
    channel: "Fejn għandu jmur ir-rapport tiegħek?",
    category: "Dwar xiex inhu?",
    categoryPlaceholder: "Agħżel suġġett",
    what: "X'ġara?",
    whatHint: "Iddeskrivi l-fatti li taf. Għid x'rajt int stess u x'smajt mingħand oħrajn.",
    whenWhere: "Meta u fejn ġara?",
    whenWhereHint: "Dati, postijiet, sistemi jew proġetti, safejn tafhom.",
    who: "Min huwa involut?",
    whoHint: "Ismijiet jew rwoli tal-persuni jew tat-timijiet ikkonċernati, jekk tafhom.",
    relationship: "Ir-relazzjoni tiegħek mal-organizzazzjoni",
    relationshipHint: "Mhux obbligatorju. Jekk tħallih vojt, jgħinek tibqa' anonimu.",
    filesLabel: "Fajls",
    recordVoice: "Irreġistra messaġġ bil-vuċi",
    filesHint:
      "Dokumenti, screenshots, logs. Kull fajl jiġi kriptat f’dan il-browser qabel ma jintbagħat, wara r-rapport.",
    relationshipNone: "Ħallih vojt",
    aboutTitle: "Dwarek (mhux obbligatorju)",
    identityLegend: "L-identità tiegħek (mhux obbligatorju)",
    identityWarning:
      "Ħalli din it-taqsima vojta biex tibqa' anonimu. Jekk timliha, tiġi kriptata b'ċavetta separata li " +
      "jistgħu jiftħuha biss il-kustodji (il-persuni maħtura biex jipproteġu l-identità tal-persuni li " +
      "jirrapportaw). Persuni oħra li jittrattaw il-każ jaraw biss li teżisti.",
    identityNoCustodians:
      "Bħalissa ħadd m'għandu r-rwol ta' kustodju, għalhekk l-identità tiegħek ma tistax tiġi protetta " +
      "separatament. Jekk jogħġbok ħalli din it-taqsima vojta.",
    identityName: "Ismek",
    identityContact: "Kif nikkuntattjawk",
    identityContactHint: "Indirizz tal-email jew numru tat-telefon privat, mhux tax-xogħol.",
    identityNote: "Xi ħaġa oħra dwar kif nikkuntattjawk",
    detailsWarning:
      "Id-dettalji fit-tweġibiet tiegħek jistgħu wkoll jiżvelaw min int. Ikteb dak li hemm bżonn biex " +
      "tinftiehem il-problema u ħalli barra l-bqija.",
    coiLegend: "Persuni li m'għandhomx jaraw dan ir-rapport (mhux obbligatorju)",
    coiHint:
      "Immarka lil kull min huwa involut f'dak li qed tirrapporta jew jista' jkollu kunflitt ta' interess. " +
      "Ir-rapport tiegħek mhux se jiġi kriptat għalihom, għalhekk ma jistgħux jiftħuh, u ħadd ma jista' jagħtihom aċċess aktar tard.",
    beforeTitle: "Qabel ma tibgħat",
    beforeAnonymity:
      "Anonimità: ir-rapport tiegħek jiġi kriptat f'dan il-browser. Qatt ma narawh f'forma li tinqara u ma " +
      "naħżnux l-indirizz IP tiegħek. Jistgħu jaqrawh biss dawk li jittrattaw il-każ.",
    beforeToken:
      "Il-kodiċi ta' aċċess tiegħek: wara li tibgħat, tirċievi kodiċi li jintwera darba biss. Huwa l-uniku " +
      "mod kif tidħol fl-inbox tal-każ. Żommu sikur u privat; ħadd ma jista' jirkuprah għalik.",
    beforeNext:
      "X'jiġri wara: tirċievi konferma tal-wasla fi żmien 7 ijiem u rispons fi żmien 3 xhur. Iċċekkja " +
      "l-inbox: m'għandna l-ebda mod ieħor kif nikkuntattjawk sakemm ma tgħidilniex wieħed. Id-dati eżatti " +
      "jintwerew wara li tibgħat.",
    beforeExternal:
      "Tista' dejjem tirrapporta lil awtorità kompetenti jew lil istituzzjoni, korp, uffiċċju jew aġenzija " +
      "tal-UE, inkluża l-għodda tal-Uffiċċju tal-IA, minflok hawn jew flimkien ma' hawn. Qatt m'għandek " +
      "għalfejn tirrapporta hawn l-ewwel.",
    submit: "Ikkripta u ibgħat ir-rapport",
    loadingConfig: "Il-formola qed tillowdja…",
    configFailed: "Il-formola ma setgħetx tillowdja. Iċċekkja l-konnessjoni u erġa' llowdja l-paġna.",
    encrypting: "Ir-rapport tiegħek qed jiġi kriptat f'dan il-browser…",
    sending: "Ir-rapport kriptat qed jintbagħat…",
    missingCategory: "Agħżel dwar xiex hu r-rapport tiegħek.",
    missingWhat: "Iddeskrivi x'ġara.",
    failedClosed: "Il-kriptaġġ falla, għalhekk ma ntbagħat xejn. Erġa' llowdja l-paġna u erġa' pprova.",
    sendFailed: "Ir-rapport tiegħek ma ntbagħatx:",
    noHandlers: "Ħadd ma jista' jirċievi rapporti fuq dan il-kanal s'issa, għalhekk ma ntbagħat xejn.",
    allExcluded:
      "Eskludejt lil kull min jista' jaqra r-rapport tiegħek. Ħalli mill-inqas persuna waħda mhux immarkata.",
    sentTitle: "Ir-rapport tiegħek intbagħat",
    spellToken: "Aqra l-kodiċi ta' aċċess karattru b'karattru",
    tokenGroup: (n: number): string => `Grupp ${n}`,
    tokenTitle: "Il-kodiċi ta' aċċess tiegħek",
    tokenOnce:
      "Dan il-kodiċi jintwera darba biss. Issejvjah issa. Kull min għandu jista' jaqra l-każ tiegħek, għalhekk żommu privat.",
    copy: "Ikkopja",
    copied: "Ikkupjat.",
    copyFailed: "Mhux possibbli tikkopja hawn. Agħżel il-kodiċi u kkopjah, jew iktbu.",
    download: "Niżżel bħala fajl tat-test",
    print: "Ipprintja",
    inboxAt: "L-inbox tal-każ tiegħek:",
    tokenFileIntro:
      "Kodiċi ta' aċċess għar-rapport tiegħek. Żommu privat: kull min għandu jista' jaqra l-każ tiegħek.",
    datesTitle: "X'jiġri wara",
    receivedOn: "Riċevut fi",
    ackBy: "Konferma tal-wasla sa",
    feedbackBy: "Rispons sa",
    disclosureFrom: "L-iżvelar pubbliku jista' jkun protett minn",
    disclosureShort:
      "Rilevanti biss jekk ma tittieħed l-ebda azzjoni xierqa; l-inbox tiegħek jispjega xi jfisser. Informazzjoni ġenerali, mhux parir legali.",
    datesHint: "Iftaħ l-inbox bil-kodiċi biex tara l-konferma tal-wasla, it-tweġibiet u r-rispons.",
    saved: "Issejvjajt il-kodiċi tiegħi f'post sikur",
    continue: "Kompli għall-inbox",
    leaveWarning: "Ma kkonfermajtx li ssejvjajt il-kodiċi. Ma jistax jerġa' jintwera.",
  },
  inbox: {
    furtherFeedbackTitle: "Aktar rispons",
    furtherFeedbackHint:
      "Skont il-liġi Irlandiża tista' titlob aktar rispons kull 3 xhur sakemm il-każ tiegħek jingħalaq. It-talba tiegħek tiżdied mal-messaġġi, iffirmata f'dan il-brawżer.",
    furtherFeedbackAsk: "Itlob aktar rispons kull 3 xhur",
    furtherFeedbackText: "Qed nitlob aktar rispons kull 3 xhur sakemm il-każ tiegħi jingħalaq.",
    furtherFeedbackAsked: "Tlabt aktar rispons f'dan il-jum:",
    furtherFeedbackBy: "Aktar rispons dovut sa",
    furtherFeedbackExplain:
      "3 xhur wara l-aħħar rispons, għax tlabtu. Dan jerġa' jseħħ sakemm il-każ jingħalaq.",
    notSetAck:
      "L-ebda data: it-terminu għall-konferma tal-wasla jgħodd biss sakemm ir-rapport tiegħek jiġi kkonfermat.",
    notSetFeedback:
      "L-ebda data s'issa: tiġi stabbilita meta t-terminu legali għar-rispons ikun jista' jiġi kkalkulat.",
    notSetDisclosure:
      "L-ebda data, għax ir-rispons dwar l-eżitu wasal fil-ħin, jew għax il-liġi ta' dan il-kanal ma tistabbilixxi l-ebda waħda. Il-protezzjoni tal-Artikolu 15(1)(b), li ma teħtieġx stennija, ma tintlaqatx.",
    datesMore: "Kull data turi r-regola li minnha ġejja.",
    todo: {
      "answer-question": "Staqsejniek mistoqsija. Jekk jogħġbok wieġeb hawn taħt.",
      "read-reply": "Ktibnielek. Aqra l-messaġġ hawn taħt; tista' twieġeb jekk trid.",
      "read-feedback": "Tajniek rispons dwar dak li sar. Aqrah hawn taħt; xorta tista' tiktbilna.",
      closed: "Il-każ tiegħek huwa magħluq. Xorta tista' taqra kollox hawn.",
      "wait-ack": "M'hemm xejn x'tagħmel issa. Ir-rapport tiegħek wasal; nikkonfermaw il-wasla hawn.",
      "wait-follow-up":
        "M'hemm xejn x'tagħmel issa. Qed nagħmlu s-segwitu; erġa' ġie hawn għat-tweġibiet u r-rispons.",
    },
    title: "L-inbox tal-każ tiegħek",
    intro:
      "Daħħal il-kodiċi ta' aċċess li rċevejt meta għamilt ir-rapport. Jiġi ċċekkjat u mibdul f'ċwievet f'dan " +
      "il-browser; il-kodiċi nnifsu qatt ma jintbagħat.",
    token: "Kodiċi ta' aċċess",
    tokenHint: "Ħames gruppi ta' ħames karattri. Ittri kbar jew żgħar, bil-lineetta jew mingħajrha.",
    open: "Iftaħ l-inbox",
    badToken: "Iċċekkja l-kodiċi: karattru jidher ħażin.",
    notFound: "L-ebda każ ma jaqbel ma' dan il-kodiċi. Iċċekkjah u erġa' pprova.",
    opening: "L-inbox qed jinfetaħ…",
    lock: "Sakkar",
    lockHint: "Sakkar meta tlesti: kollox jitneħħa minn din il-paġna.",
    status: "Stat",
    outcome: "Eżitu",
    datesTitle: "Id-dati tiegħek",
    receivedOn: "Riċevut",
    receivedExplain: "Il-jum li fih wasal ir-rapport tiegħek.",
    acknowledgedOn: "Il-wasla ġiet ikkonfermata fi",
    ackBy: "Konferma tal-wasla dovuta sa",
    ackExplain: "Sa din id-data l-organizzazzjoni trid tikkonferma li rċeviet ir-rapport tiegħek.",
    ackDone: "L-organizzazzjoni kkonfermat il-wasla tar-rapport tiegħek f'din id-data.",
    feedbackBy: "Rispons dovut sa",
    feedbackExplain:
      "Sa din id-data għandek tkun taf x'sar jew x'inhu ppjanat dwar ir-rapport tiegħek, u għaliex.",
    disclosureFrom: "L-iżvelar pubbliku jista' jkun protett minn",
    disclosureExplain:
      "Minn din id-data, jekk ma tteħditx azzjoni xierqa dwar ir-rapport tiegħek, li tagħmel l-informazzjoni " +
      "pubblika jista' jkun protett (l-Artikolu 15(1)(a) tad-Direttiva). Dan japplika biss jekk irrapportajt " +
      "ukoll lil awtorità kompetenti u lanqas hi ma ħadet azzjoni xierqa fiż-żmien tagħha, jew jekk " +
      "irrapportajt direttament lill-awtorità. Mingħajr ma tistenna, l-iżvelar pubbliku jista' jkun protett " +
      "ukoll meta jkun hemm periklu imminenti jew manifest għall-interess pubbliku, jew meta r-rapportar " +
      "lill-awtorità jġib miegħu riskju ta' ritaljazzjoni jew li l-provi jinħbew (l-Artikolu 15(1)(b)). " +
      "Fittex parir qabel ma tmur pubbliku, pereżempju mingħand korp ta' appoġġ elenkat fl-avviż.",
    basis: "Bażi legali:",
    noDate: "Mhux stabbilit",
    threadTitle: "Messaġġi",
    threadEmpty: "Għad m'hemmx messaġġi.",
    replyLabel: "Ikteb tweġiba",
    replyHint:
      "Tiġi kriptata f'dan il-browser qabel ma tintbagħat. Jistgħu jaqrawha biss dawk li jittrattaw il-każ.",
    send: "Ikkripta u ibgħat",
    sending: "Qed jintbagħat…",
    sent: "Intbagħat.",
    emptyReply: "Ikteb messaġġ l-ewwel.",
    locked: "Issakkar. Daħħal il-kodiċi tiegħek biex terġa' tiftaħ l-inbox.",
  },
  fields: {
    category: "Kategorija",
    whatHappened: "X'ġara",
    whenWhere: "Meta u fejn",
    whoInvolved: "Min huwa involut",
    relationship: "Relazzjoni mal-organizzazzjoni",
    attachments: "Annessi",
    none: "(ma ngħatax)",
  },
  status: {
    received: "Riċevut",
    acknowledged: "Il-wasla kkonfermata",
    in_follow_up: "Segwitu għaddej",
    feedback_given: "Rispons mogħti",
    closed: "Magħluq",
  },
  outcome: {
    substantiated: "Sostanzjat",
    unsubstantiated: "Mhux sostanzjat",
    referred: "Riferut lil awtorità",
    no_action: "Ma hemmx bżonn ta' azzjoni",
    withdrawn: "Irtirat",
  },
  kind: {
    further_feedback_request: "Talba għal aktar rispons",
    final_outcome: "Eżitu finali",
    report: "Rapport",
    message: "Messaġġ",
    acknowledgement: "Konferma tal-wasla",
    request_info: "Talba għal aktar informazzjoni",
    feedback: "Rispons",
    disclosure_notice: "Avviż: l-identità tiegħek se tiġi żvelata",
    minimisation: "Data mneħħija (Art. 17)",
  },
  minimised: {
    entry:
      "Hawn tneħħiet entrata skont l-Art. 17 tad-Direttiva: id-data personali li mhix meħtieġa titħassar.",
    attachment: "Tneħħa fajl skont l-Art. 17 tad-Direttiva: id-data personali li mhix meħtieġa titħassar.",
    reason: "Raġuni",
    reasons: {
      not_relevant: "mhux rilevanti għar-rapport",
      untrue: "instab li mhux veru",
      out_of_scope: "barra mill-kamp ta' applikazzjoni tar-regoli dwar l-iżvelar",
    },
  },
  author: {
    reporter: "Persuna li tirrapporta",
    handler: "Persuna li tittratta l-każ",
    you: "Int",
  },
  errors: {
    network: "Is-server ma setax jintlaħaq. Iċċekkja l-konnessjoni u erġa' pprova.",
    server: "Xi ħaġa marret ħażin fuq is-server. Erġa' pprova aktar tard.",
    rejected: "Is-server ma aċċettax din it-talba. Erġa' llowdja l-paġna u erġa' pprova.",
    undecryptable: "Din l-entrata ma setgħetx tiġi dekriptata.",
    unsupported: "Din l-entrata tuża format li din il-paġna ma tafx.",
    unverified:
      "Din l-entrata ma setgħetx tiġi vverifikata, għalhekk mhijiex murija. Setgħet ġiet miżjuda, mibdula, imneħħija jew imċaqilqa fuq is-server.",
    unwrapFailed: "Iċ-ċavetta tal-każ ma setgħetx tinfetaħ biċ-ċavetta tiegħek.",
    recipientMismatch:
      "Iċ-ċavetta tal-każ mis-server ma taqbilx mal-każ li ftaħt, għalhekk ma ntbagħat xejn. Irrapporta dan lil amministratur.",
    badRecipient: "Ċavetta ta' riċevitur mis-server mhix tat-tip mistenni, għalhekk ma ntbagħat xejn.",
    weakKdf: "Is-server offra settings taċ-ċavetta mhux sikuri, għalhekk il-passphrase ma ntużatx.",
    rateLimited: "Wisq tentattivi. Stenna ftit minuti u erġa' pprova.",
    notSent: "Dan ma setax jitħejja f'dan il-browser, għalhekk ma ntbagħat xejn. Erġa' pprova.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "fadal jum wieħed" : `fadal ${n} ijiem`),
    daysOver: (n: number): string => (n === 1 ? "jum wieħed tard" : `${n} ijiem tard`),
    today: "dovut illum",
  },
  receipt: {
    download: "Niżżel ir-riċevuta ffirmata",
    hint: "Il-kanal jiffirma din ir-riċevuta: turi li rrappurtajt u meta. Żommha mal-kodiċi tiegħek. Kulħadd jista’ jivverifikaha, anke mingħajr konnessjoni, fil-paġna /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Dan il-kanal ma jistax jiġi vverifikat bħalissa, għalhekk din il-paġna mhi se tikkripta u lanqas tibgħat xejn. Ir-rapport tiegħek jibqa' sigur għandek: xejn ma ħareġ minn dan l-apparat.",
    unverifiedWhy: {
      "no-roster": "Il-kanal għad m'għandux lista ffirmata tal-persuni li jaqraw ir-rapporti.",
      "bad-pin": "Il-link li ftaħt fih marka tas-swaba' taċ-ċavetta tal-kanal li mhijiex miktuba sew.",
      "pin-mismatch":
        "Iċ-ċavetta tal-kanal ma taqbilx mal-marka tas-swaba' fil-link li ftaħt (mill-poster jew mill-avviż). Forsi xi ħadd qed jipprova jaqra rapporti li m'għandux jaqra.",
      expired: "Il-lista ffirmata tal-persuni li jaqraw ir-rapporti mhijiex aġġornata.",
      invalid:
        "Il-lista tal-persuni li jaqraw ir-rapporti mhijiex iffirmata validament biċ-ċavetta tal-kanal.",
    },
    unverifiedExternal: "Minflok, tista' tirrapporta lil awtorità esterna:",
    fingerprintPinned: (f: string): string =>
      `Ivverifikat: iċ-ċavetta tal-kanal taqbel mal-link tiegħek (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Marka tas-swaba' taċ-ċavetta tal-kanal: ${f}. Qabbilha ma' dik fuq il-poster jew fl-avviż qabel ma tikteb.`,
  },
};

export default mt;
