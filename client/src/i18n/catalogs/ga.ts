/** Gaeilge: an fhoirm tuairiscithe, leathanach an chóid rochtana agus bosca isteach an cháis. Stádas: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const ga: ReporterTranslation = {
  lang: "ga",
  locale: "ga-IE",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/ga/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Léim chuig an bpríomhábhar",
    home: "Baile",
    notice: "Faisnéis d'oibrithe (fógra)",
    noscript:
      "Teastaíonn JavaScript ón bhfoirm tuairiscithe agus ó bhosca isteach an cháis: criptítear d'fhocail ar " +
      "an ngléas seo sula seoltar iad, agus teastaíonn JavaScript chuige sin. Is féidir leat an leathanach " +
      "seo a léamh gan é.",
    noscriptAllow:
      "Chun JavaScript a cheadú don suíomh seo amháin: in Tor Browser is leor an leibhéal 'Níos Sábháilte' " +
      "(deilbhín na sciatha, Socruithe); ag an leibhéal 'Is Sábháilte', cuir cnaipe NoScript leis an " +
      "mbarra uirlisí agus roghnaigh 'Muinín shealadach' don suíomh seo. I mbrabhsálaithe eile, oscail " +
      "socruithe an tsuímh in aice leis an mbarra seoltaí agus ceadaigh JavaScript don suíomh seo.",
    noscriptElsewhere:
      "Is féidir leat tuairisc a thabhairt do na húdaráis agus comhlachtaí AE seo freisin (naisc shimplí):",
    language: "Teanga",
    leave: "Fág go tapa",
    leaveHint: "Cuireann leathanach folamh in ionad an leathanaigh seo agus scriosann sé a scríobh tú.",
    notLegalAdvice: "Is faisnéis ghinearálta í seo, ní comhairle dhlíthiúil.",
    loading: "Á lódáil…",
    required: "(riachtanach)",
    optional: "(roghnach)",
  },
  landing: {
    title: "Labhair amach go sábháilte",
    intro:
      "Is cainéal rúnda é seo chun sáruithe ar an dlí a fuair tú amach trí d'obair a thuairisciú: mar " +
      "shampla calaois, éilliú, rioscaí sábháilteachta nó sláinte, damáiste don chomhshaol, sáruithe ar " +
      "chosaint sonraí, nó rioscaí ó chórais IS. Is féidir leat fanacht gan ainm.",
    makeReport: "Déan tuairisc",
    makeReportHint: "Tógann sé timpeall 10 nóiméad. Gan chuntas, gan seoladh ríomhphoist, gan ainm.",
    openInbox: "Oscail bosca isteach do cháis",
    openInboxHint:
      "An ndearna tú tuairisc cheana? Úsáid do chód rochtana chun freagraí a léamh agus ceisteanna a fhreagairt.",
    howTitle: "Conas a oibríonn sé",
    how1: "Criptítear do thuairisc i do bhrabhsálaí sula seoltar í. Ní stórálann an freastalaí ach téacs nach féidir leis a léamh; ní féidir ach leis na láimhseálaithe cásanna ainmnithe í a oscailt.",
    how2: "Ní stórálaimid do sheoladh IP ná aon rud faoi do ghléas. Le bheith níos sábháilte, úsáid gléas agus líonra nach bhfuil faoi smacht d'fhostóra.",
    how3: "Tar éis duit í a sheoladh, gheobhaidh tú cód rochtana. Is é an t-aon eochair é do bhosca isteach do cháis, áit a léann tú freagraí agus ar féidir leat freagra a thabhairt. Ní féidir le duine ar bith é a aisghabháil duit.",
    how4: "Gheobhaidh tú admháil laistigh de 7 lá agus aiseolas ar an obair leantach laistigh de 3 mhí.",
    externalTitle: "Is féidir leat tuairisc a thabhairt lasmuigh den eagraíocht freisin",
    external:
      "Is féidir leat tuairisc a thabhairt i gcónaí go díreach d'údarás inniúil, nó d'institiúid, comhlacht, " +
      "oifig nó gníomhaireacht de chuid an AE, mar shampla uirlis sceithireachta Oifig IS an AE faoin " +
      "Acht um IS. Ní gá duit riamh tuairisc a thabhairt anseo ar dtús.",
    externalNotice: "Liostaíonn an fógra na húdaráis agus conas teagmháil a dhéanamh leo",
    aiOfficeLink: "Maidir le huirlis sceithireachta Oifig IS (suíomh gréasáin an Choimisiúin Eorpaigh)",
    handlerTitle: "Do láimhseálaithe cásanna",
    handlerLink: "Sínigh isteach chun cásanna a láimhseáil",
  },
  report: {
    categoryNotSureHint:
      "Níl tú cinnte cén t-ábhar a oireann? Roghnaigh 'Eile / níl mé cinnte' ag barr an liosta: socróidh na láimhseálaithe é.",
    notSureButton: "Níl mé cinnte: roghnaigh 'Eile / níl mé cinnte'",
    groupNotSure: "Eile / níl mé cinnte",
    groupEuLaw: "Sáruithe ar dhlí an Aontais",
    groupAiRisks: "Sábháilteacht IS agus cearta bunúsacha",
    groupNational: "Sáruithe ar an dlí náisiúnta",
    draftWarning: "Níor seoladh do thuairisc. Má fhágann tú an leathanach seo, caillfear a scríobh tú.",
    elsewhereSummary: "Áiteanna eile ar féidir leat tuairisc a thabhairt dóibh",
    receiptFor: "Tuairisc chuig",
    inboxFailed:
      "Níorbh fhéidir an bosca isteach a oscailt anseo. Tá do chód rochtana fós le feiceáil thuas; oscail leathanach an bhosca isteach leis.",
    title: "Déan tuairisc",
    intro:
      "Inis dúinn i d'fhocail féin cad a tharla. Níl ach an chéad dá cheist riachtanach. Criptítear gach a " +
      "scríobhann tú sa bhrabhsálaí seo sula seoltar é.",
    channel: "Cá háit ar cheart do thuairisc a dhul?",
    category: "Cad faoi a bhfuil sé?",
    categoryPlaceholder: "Roghnaigh ábhar",
    what: "Cad a tharla?",
    whatHint:
      "Déan cur síos ar na fíricí atá ar eolas agat. Abair cad a chonaic tú féin agus cad a chuala tú ó dhaoine eile.",
    whenWhere: "Cathain agus cá háit ar tharla sé?",
    whenWhereHint: "Dátaí, áiteanna, córais nó tionscadail, a mhéid is eol duit iad.",
    who: "Cé atá bainteach leis?",
    whoHint: "Ainmneacha nó róil na ndaoine nó na bhfoireann lena mbaineann, má tá siad ar eolas agat.",
    relationship: "Do ghaol leis an eagraíocht",
    relationshipHint: "Roghnach. Má fhágann tú folamh é, cabhraíonn sé leat fanacht gan ainm.",
    filesLabel: "Comhaid",
    recordVoice: "Taifead glórphost",
    filesHint:
      "Doiciméid, gabhálacha scáileáin, logaí. Criptítear gach comhad sa bhrabhsálaí seo sula seoltar é, i ndiaidh na tuairisce.",
    relationshipNone: "Fág folamh",
    aboutTitle: "Fút féin (roghnach)",
    identityLegend: "Do chéannacht (roghnach)",
    identityWarning:
      "Fág an chuid seo folamh chun fanacht gan ainm. Má líonann tú í, criptítear í le heochair ar leith " +
      "nach féidir ach leis na coimeádaithe (na daoine a ainmníodh chun céannacht na ndaoine tuairiscithe a " +
      "chosaint) a oscailt. Ní fheiceann láimhseálaithe eile ach go bhfuil sí ann.",
    identityNoCustodians:
      "Níl ról an choimeádaí ag aon duine faoi láthair, mar sin ní fhéadfaí do chéannacht a chosaint ar " +
      "leith. Fág an chuid seo folamh, le do thoil.",
    identityName: "D'ainm",
    identityContact: "Conas teagmháil a dhéanamh leat",
    identityContactHint: "Seoladh ríomhphoist nó uimhir ghutháin phríobháideach, ní ceann oibre.",
    identityNote: "Aon rud eile faoi theagmháil a dhéanamh leat",
    detailsWarning:
      "Is féidir le sonraí i do fhreagraí a nochtadh cé thú féin freisin. Scríobh a bhfuil ag teastáil chun " +
      "an fhadhb a thuiscint agus fág an chuid eile amach.",
    coiLegend: "Daoine nach ceart dóibh an tuairisc seo a fheiceáil (roghnach)",
    coiHint:
      "Cuir tic le duine ar bith atá bainteach leis a bhfuil tú ag tuairisciú nó a bhféadfadh coinbhleacht " +
      "leasa a bheith acu. Ní chriptítear do thuairisc dóibh, mar sin ní féidir leo í a oscailt, agus ní " +
      "féidir le duine ar bith rochtain a thabhairt dóibh níos déanaí.",
    beforeTitle: "Sula seolann tú",
    beforeAnonymity:
      "Anaithnideacht: criptítear do thuairisc sa bhrabhsálaí seo. Ní fheicimid riamh í i bhfoirm inléite " +
      "agus ní stórálaimid do sheoladh IP. Ní féidir ach leis na láimhseálaithe í a léamh.",
    beforeToken:
      "Do chód rochtana: tar éis duit í a sheoladh, gheobhaidh tú cód nach dtaispeántar ach uair amháin. " +
      "Is é an t-aon bhealach isteach i mbosca isteach do cháis é. Coinnigh slán príobháideach é; ní féidir " +
      "le duine ar bith é a aisghabháil duit.",
    beforeNext:
      "Cad a tharlóidh ina dhiaidh sin: gheobhaidh tú admháil laistigh de 7 lá agus aiseolas laistigh de 3 " +
      "mhí. Seiceáil do bhosca isteach: níl bealach eile againn teagmháil a dhéanamh leat mura n-insíonn tú " +
      "ceann dúinn. Taispeántar na dátaí cruinne tar éis duit í a sheoladh.",
    beforeExternal:
      "Is féidir leat tuairisc a thabhairt i gcónaí d'údarás inniúil nó d'institiúid, comhlacht, oifig nó " +
      "gníomhaireacht de chuid an AE, lena n-áirítear uirlis sceithireachta Oifig IS, in ionad anseo nó " +
      "chomh maith leis. Ní gá duit riamh tuairisc a thabhairt anseo ar dtús.",
    submit: "Criptigh agus seol an tuairisc",
    loadingConfig: "An fhoirm á lódáil…",
    configFailed: "Níorbh fhéidir an fhoirm a lódáil. Seiceáil do nasc agus athlódáil an leathanach.",
    encrypting: "Do thuairisc á criptiú sa bhrabhsálaí seo…",
    sending: "An tuairisc chriptithe á seoladh…",
    missingCategory: "Roghnaigh cad faoi a bhfuil do thuairisc.",
    missingWhat: "Déan cur síos ar cad a tharla.",
    failedClosed:
      "Theip ar an gcriptiú, mar sin níor seoladh aon rud. Athlódáil an leathanach agus bain triail eile as.",
    sendFailed: "Níor seoladh do thuairisc:",
    noHandlers:
      "Ní féidir le duine ar bith tuairiscí a fháil ar an gcainéal seo fós, mar sin níor seoladh aon rud.",
    allExcluded:
      "Chuir tú gach duine a d'fhéadfadh do thuairisc a léamh as an áireamh. Fág duine amháin ar a laghad gan tic.",
    sentTitle: "Seoladh do thuairisc",
    spellToken: "Léigh an cód rochtana carachtar ar charachtar",
    tokenGroup: (n: number): string => `Grúpa ${n}`,
    tokenTitle: "Do chód rochtana",
    tokenOnce:
      "Ní thaispeántar an cód seo ach uair amháin. Sábháil anois é. Is féidir le duine ar bith a bhfuil sé aige do cháis a léamh, mar sin coinnigh príobháideach é.",
    copy: "Cóipeáil",
    copied: "Cóipeáilte.",
    copyFailed: "Ní féidir cóipeáil anseo. Roghnaigh an cód agus cóipeáil é, nó scríobh síos é.",
    download: "Íoslódáil mar chomhad téacs",
    print: "Priontáil",
    inboxAt: "Bosca isteach do cháis:",
    tokenFileIntro:
      "Cód rochtana do thuairisce. Coinnigh príobháideach é: is féidir le duine ar bith a bhfuil sé aige do cháis a léamh.",
    datesTitle: "Cad a tharlóidh ina dhiaidh sin",
    receivedOn: "Faighte ar",
    ackBy: "Admháil faoi",
    feedbackBy: "Aiseolas faoi",
    disclosureFrom: "D'fhéadfadh nochtadh poiblí a bheith cosanta ó",
    disclosureShort:
      "Ní bhaineann sé le hábhar ach mura ndéantar beart iomchuí; míníonn do bhosca isteach cad is brí leis. Faisnéis ghinearálta, ní comhairle dhlíthiúil.",
    datesHint:
      "Oscail do bhosca isteach leis an gcód chun an admháil, na freagraí agus an t-aiseolas a fheiceáil.",
    saved: "Shábháil mé mo chód in áit shábháilte",
    continue: "Ar aghaidh chuig an mbosca isteach",
    leaveWarning: "Níor dheimhnigh tú gur shábháil tú do chód. Ní féidir é a thaispeáint arís.",
  },
  inbox: {
    furtherFeedbackTitle: "Tuilleadh aiseolais",
    furtherFeedbackHint:
      "Faoi dhlí na hÉireann is féidir leat tuilleadh aiseolais a iarraidh gach 3 mhí go dtí go ndúnfar do chás. Cuirtear d'iarratas leis na teachtaireachtaí, sínithe sa bhrabhsálaí seo.",
    furtherFeedbackAsk: "Iarr tuilleadh aiseolais gach 3 mhí",
    furtherFeedbackText: "Iarraim tuilleadh aiseolais gach 3 mhí go dtí go ndúnfar mo chás.",
    furtherFeedbackAsked: "D'iarr tú tuilleadh aiseolais ar",
    furtherFeedbackBy: "Tuilleadh aiseolais dlite faoi",
    furtherFeedbackExplain:
      "3 mhí tar éis an aiseolais dheireanaigh, toisc gur iarr tú é. Leanann sé air go dtí go ndúnfar an cás.",
    notSetAck: "Gan dáta: níl an spriocdháta admhála i bhfeidhm ach go dtí go n-admhaítear do thuairisc.",
    notSetFeedback:
      "Gan dáta fós: socraítear é nuair is féidir an teorainn ama dhlíthiúil don aiseolas a áireamh.",
    notSetDisclosure:
      "Níl dáta ann mar gur tháinig an t-aiseolas ar an toradh in am, nó nach leagann dlí an chainéil seo síos ceann. Ní théann sé i bhfeidhm ar chosaint Airteagal 15(1)(b), nach gá fanacht lena haghaidh.",
    datesMore: "Taispeánann gach dáta an riail óna dtagann sé.",
    todo: {
      "answer-question": "Chuireamar ceist ort. Freagair í thíos, le do thoil.",
      "read-reply":
        "Scríobhamar chugat. Léigh an teachtaireacht thíos; is féidir leat freagra a thabhairt más mian leat.",
      "read-feedback":
        "Thugamar aiseolas duit ar a ndearnadh. Léigh thíos é; is féidir leat scríobh chugainn fós.",
      closed: "Tá do cháis dúnta. Is féidir leat gach rud a léamh anseo fós.",
      "wait-ack": "Níl aon rud le déanamh anois. Tháinig do thuairisc; admhóimid anseo í.",
      "wait-follow-up":
        "Níl aon rud le déanamh anois. Táimid i mbun obair leantach; fill anseo le haghaidh freagraí agus aiseolais.",
    },
    title: "Bosca isteach do cháis",
    intro:
      "Cuir isteach an cód rochtana a fuair tú nuair a rinne tú do thuairisc. Seiceáiltear é agus déantar " +
      "eochracha de sa bhrabhsálaí seo; ní sheoltar an cód féin riamh.",
    token: "Cód rochtana",
    tokenHint: "Cúig ghrúpa de chúig charachtar. Cás uachtair nó íochtair, le fleiscíní nó gan iad.",
    open: "Oscail an bosca isteach",
    badToken: "Seiceáil an cód: is cosúil go bhfuil carachtar mícheart.",
    notFound: "Níl aon chás ag teacht leis an gcód seo. Seiceáil é agus bain triail eile as.",
    opening: "Do bhosca isteach á oscailt…",
    lock: "Glasáil",
    lockHint: "Glasáil nuair atá tú réidh: glanann sé gach rud ón leathanach seo.",
    status: "Staid",
    outcome: "Toradh",
    datesTitle: "Do dhátaí",
    receivedOn: "Faighte",
    receivedExplain: "An lá ar tháinig do thuairisc isteach.",
    acknowledgedOn: "Admhaíodh ar",
    ackBy: "Admháil dlite faoi",
    ackExplain: "Faoin dáta seo ní mór don eagraíocht a dheimhniú go bhfuair sí do thuairisc.",
    ackDone: "Dheimhnigh an eagraíocht gur fuarthas do thuairisc ar an dáta seo.",
    feedbackBy: "Aiseolas dlite faoi",
    feedbackExplain:
      "Faoin dáta seo ba cheart go n-inseofaí duit cad atá déanta nó beartaithe faoi do thuairisc, agus cén fáth.",
    disclosureFrom: "D'fhéadfadh nochtadh poiblí a bheith cosanta ó",
    disclosureExplain:
      "Ón dáta seo, mura ndearnadh beart iomchuí maidir le do thuairisc, d'fhéadfadh sé a bheith cosanta an " +
      "fhaisnéis a chur ar fáil go poiblí (Airteagal 15(1)(a) den Treoir). Ní bhaineann sé seo ach amháin " +
      "má thug tú tuairisc freisin d'údarás inniúil agus nach ndearna sé sin beart iomchuí laistigh dá " +
      "thréimhse féin, nó má thug tú tuairisc go díreach don údarás. Gan fanacht, d'fhéadfadh nochtadh " +
      "poiblí a bheith cosanta freisin nuair atá contúirt ghar nó fhollasach don leas poiblí, nó nuair atá " +
      "riosca díoltais nó folaithe fianaise ag baint le tuairisc don údarás (Airteagal 15(1)(b)). Faigh " +
      "comhairle sula dtéann tú go poiblí, mar shampla ó chomhlacht tacaíochta atá liostaithe san fhógra.",
    basis: "Bunús dlí:",
    noDate: "Gan socrú",
    threadTitle: "Teachtaireachtaí",
    threadEmpty: "Níl aon teachtaireacht fós.",
    replyLabel: "Scríobh freagra",
    replyHint:
      "Criptítear sa bhrabhsálaí seo é sula seoltar é. Ní féidir ach leis na láimhseálaithe é a léamh.",
    send: "Criptigh agus seol",
    sending: "Á sheoladh…",
    sent: "Seolta.",
    emptyReply: "Scríobh teachtaireacht ar dtús.",
    locked: "Glasáilte. Cuir isteach do chód chun an bosca isteach a oscailt arís.",
  },
  fields: {
    category: "Catagóir",
    whatHappened: "Cad a tharla",
    whenWhere: "Cathain agus cá háit",
    whoInvolved: "Cé atá bainteach",
    relationship: "Gaol leis an eagraíocht",
    attachments: "Ceangaltáin",
    none: "(níor tugadh)",
  },
  status: {
    received: "Faighte",
    acknowledged: "Admhaithe",
    in_follow_up: "Obair leantach ar siúl",
    feedback_given: "Aiseolas tugtha",
    closed: "Dúnta",
  },
  outcome: {
    substantiated: "Bunaithe",
    unsubstantiated: "Gan bhunús",
    referred: "Tarchurtha chuig údarás",
    no_action: "Níl gá le beart",
    withdrawn: "Tarraingthe siar",
  },
  kind: {
    further_feedback_request: "Iarratas ar thuilleadh aiseolais",
    final_outcome: "Toradh deiridh",
    report: "Tuairisc",
    message: "Teachtaireacht",
    acknowledgement: "Admháil",
    request_info: "Iarraidh ar thuilleadh faisnéise",
    feedback: "Aiseolas",
    disclosure_notice: "Fógra: tá do chéannacht á nochtadh",
    minimisation: "Sonraí bainte (Airteagal 17)",
  },
  minimised: {
    entry:
      "Baineadh iontráil anseo faoi Airteagal 17 den Treoir: scriostar sonraí pearsanta nach bhfuil gá leo.",
    attachment:
      "Baineadh comhad faoi Airteagal 17 den Treoir: scriostar sonraí pearsanta nach bhfuil gá leo.",
    reason: "Cúis",
    reasons: {
      not_relevant: "nach mbaineann leis an tuairisc",
      untrue: "fuarthas amach nach fíor é",
      out_of_scope: "lasmuigh de raon feidhme na rialacha um nochtadh",
    },
  },
  author: {
    reporter: "Duine tuairiscithe",
    handler: "Láimhseálaí cáis",
    you: "Tusa",
  },
  errors: {
    network: "Níorbh fhéidir teacht ar an bhfreastalaí. Seiceáil do nasc agus bain triail eile as.",
    server: "Chuaigh rud éigin mícheart ar an bhfreastalaí. Bain triail eile as níos déanaí.",
    rejected:
      "Níor ghlac an freastalaí leis an iarratas seo. Athlódáil an leathanach agus bain triail eile as.",
    undecryptable: "Níorbh fhéidir an iontráil seo a dhíchriptiú.",
    unsupported: "Úsáideann an iontráil seo formáid nach eol don leathanach seo.",
    unverified:
      "Níorbh fhéidir an iontráil seo a fhíorú, mar sin ní thaispeántar í. D'fhéadfaí í a chur leis, a athrú, a bhaint nó a athordú ar an bhfreastalaí.",
    unwrapFailed: "Níorbh fhéidir eochair an cháis a oscailt le d'eochair.",
    recipientMismatch:
      "Ní mheaitseálann eochair cháis an fhreastalaí leis an gcás a d'oscail tú, mar sin níor seoladh aon rud. Tuairiscigh é seo do riarthóir.",
    badRecipient:
      "Níl eochair faighteora ón bhfreastalaí den chineál a bhfuiltear ag súil leis, mar sin níor seoladh aon rud.",
    weakKdf: "Thairg an freastalaí socruithe eochrach neamhshábháilte, mar sin níor úsáideadh an pasfhrása.",
    rateLimited: "An iomarca iarrachtaí. Fan cúpla nóiméad agus bain triail eile as.",
    notSent:
      "Níorbh fhéidir é seo a ullmhú sa bhrabhsálaí seo, mar sin níor seoladh aon rud. Bain triail eile as.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 lá fágtha" : `${n} lá fágtha`),
    daysOver: (n: number): string => (n === 1 ? "1 lá thar téarma" : `${n} lá thar téarma`),
    today: "dlite inniu",
  },
  receipt: {
    download: "Íoslódáil an admháil shínithe",
    hint: "Síníonn an cainéal an admháil seo: léiríonn sí gur thuairiscigh tú, agus cathain. Coinnigh í le do chód. Is féidir le duine ar bith í a sheiceáil, fiú as líne, ar an leathanach /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Ní féidir an cainéal seo a fhíorú faoi láthair, mar sin ní chripteoidh ná ní sheolfaidh an leathanach seo aon rud. Tá do thuairisc slán agat: níor fhág aon rud an gléas seo.",
    unverifiedWhy: {
      "no-roster": "Níl liosta sínithe ag an gcainéal fós de na daoine a léann tuairiscí.",
      "bad-pin": "Tá méarlorg d'eochair an chainéil sa nasc a d'oscail tú nach bhfuil scríofa i gceart.",
      "pin-mismatch":
        "Ní mheaitseálann eochair an chainéil an méarlorg sa nasc a d'oscail tú (ón bpóstaer nó ón bhfógra). B'fhéidir go bhfuil duine éigin ag iarraidh tuairiscí a léamh nár cheart dó a léamh.",
      expired: "Tá an liosta sínithe de na daoine a léann tuairiscí as dáta.",
      invalid: "Níl an liosta de na daoine a léann tuairiscí sínithe go bailí le heochair an chainéil.",
    },
    unverifiedExternal: "Is féidir leat tuairisc a thabhairt d'údarás seachtrach ina ionad sin:",
    fingerprintPinned: (f: string): string => `Fíoraithe: meaitseálann eochair an chainéil do nasc (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Méarlorg eochair an chainéil: ${f}. Cuir i gcomparáid é leis an gceann ar an bpóstaer nó san fhógra sula scríobhann tú.`,
  },
};

export default ga;
