/** Slovenčina: formulár oznámenia, stránka prístupového kódu a schránka prípadu. Stav: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const sk: ReporterTranslation = {
  lang: "sk",
  locale: "sk-SK",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/sk/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Prejsť na hlavný obsah",
    home: "Úvodná stránka",
    notice: "Informácie pre pracovníkov (oznam)",
    noscript:
      "Formulár oznámenia a schránka prípadu potrebujú JavaScript: vaše slová sa pred odoslaním šifrujú v " +
      "tomto zariadení a na to je JavaScript potrebný. Túto stránku si môžete prečítať aj bez neho.",
    noscriptAllow:
      "Ako povoliť JavaScript len pre tento web: v prehliadači Tor Browser stačí úroveň „Bezpečnejšia“ " +
      "(ikona štítu, Nastavenia); na úrovni „Najbezpečnejšia“ pridajte tlačidlo NoScript na panel nástrojov " +
      "a pre tento web zvoľte „Dočasne dôverovať“. V iných prehliadačoch otvorte nastavenia webu vedľa " +
      "panela s adresou a povoľte JavaScript pre tento web.",
    noscriptElsewhere: "Oznámenie môžete podať aj týmto orgánom a subjektom EÚ (obyčajné odkazy):",
    language: "Jazyk",
    leave: "Rýchlo odísť",
    leaveHint: "Nahradí túto stránku prázdnou a vymaže, čo ste napísali.",
    notLegalAdvice: "Ide o všeobecné informácie, nie o právne poradenstvo.",
    loading: "Načítava sa…",
    required: "(povinné)",
    optional: "(nepovinné)",
  },
  landing: {
    title: "Oznamujte bezpečne",
    intro:
      "Toto je dôverný kanál na oznamovanie porušení práva, o ktorých ste sa dozvedeli v súvislosti s prácou: " +
      "napríklad podvodov, korupcie, rizík pre bezpečnosť alebo zdravie, poškodzovania životného prostredia, " +
      "porušení ochrany údajov alebo rizík systémov AI. Môžete zostať v anonymite.",
    makeReport: "Podať oznámenie",
    makeReportHint: "Trvá asi 10 minút. Bez účtu, bez e-mailovej adresy, bez mena.",
    openInbox: "Otvoriť schránku prípadu",
    openInboxHint: "Už ste oznámenie podali? Prístupovým kódom si prečítate odpovede a odpoviete na otázky.",
    howTitle: "Ako to funguje",
    how1: "Vaše oznámenie sa pred odoslaním zašifruje vo vašom prehliadači. Server ukladá len text, ktorý nedokáže prečítať; otvoriť ho môžu len určené osoby, ktoré prípady vybavujú.",
    how2: "Neukladáme vašu IP adresu ani nič o vašom zariadení. Pre väčšiu bezpečnosť použite zariadenie a sieť, ktoré váš zamestnávateľ nekontroluje.",
    how3: "Po odoslaní dostanete prístupový kód. Je to jediný kľúč k schránke prípadu, kde čítate odpovede a môžete odpovedať. Nikto ho za vás nemôže obnoviť.",
    how4: "Potvrdenie o prijatí dostanete do 7 dní a spätnú väzbu o následných opatreniach do 3 mesiacov.",
    externalTitle: "Oznámenie môžete podať aj mimo organizácie",
    external:
      "Vždy môžete podať oznámenie priamo príslušnému orgánu alebo inštitúcii, orgánu, úradu či agentúre " +
      "EÚ, napríklad nástroju Úradu EÚ pre umelú inteligenciu pre oznamovateľov podľa aktu o umelej " +
      "inteligencii. Nikdy nemusíte najprv oznamovať tu.",
    externalNotice: "Oznam uvádza orgány a spôsob, ako ich kontaktovať",
    aiOfficeLink:
      "O nástroji Úradu pre umelú inteligenciu pre oznamovateľov (webové sídlo Európskej komisie)",
    handlerTitle: "Pre osoby vybavujúce prípady",
    handlerLink: "Prihlásiť sa na vybavovanie prípadov",
  },
  report: {
    categoryNotSureHint:
      "Neviete, ktorá téma sa hodí? Zvoľte „Iné / neviem“ hore v zozname: osoby vybavujúce prípad ho zaradia.",
    notSureButton: "Neviem: zvoliť „Iné / neviem“",
    groupNotSure: "Iné / neviem",
    groupEuLaw: "Porušenia práva Únie",
    groupAiRisks: "Bezpečnosť AI a základné práva",
    groupNational: "Porušenia vnútroštátneho práva",
    draftWarning: "Vaše oznámenie nebolo odoslané. Ak túto stránku opustíte, napísaný text sa stratí.",
    elsewhereSummary: "Ďalšie miesta, kde môžete podať oznámenie",
    receiptFor: "Oznámenie pre",
    inboxFailed:
      "Schránku sa tu nepodarilo otvoriť. Váš prístupový kód je stále zobrazený vyššie; otvorte s ním stránku schránky.",
    title: "Podať oznámenie",
    intro:
      "Opíšte vlastnými slovami, čo sa stalo. Povinné sú len prvé dve otázky. Všetko, čo napíšete, sa pred " +
      "odoslaním zašifruje v tomto prehliadači.",
    channel: "Kam má vaše oznámenie ísť?",
    category: "Čoho sa to týka?",
    categoryPlaceholder: "Zvoľte tému",
    what: "Čo sa stalo?",
    whatHint: "Opíšte fakty, ktoré poznáte. Uveďte, čo ste videli sami a čo ste počuli od iných.",
    whenWhere: "Kedy a kde sa to stalo?",
    whenWhereHint: "Dátumy, miesta, systémy alebo projekty, ak ich poznáte.",
    who: "Kto je zapojený?",
    whoHint: "Mená alebo funkcie dotknutých osôb či tímov, ak ich poznáte.",
    relationship: "Váš vzťah k organizácii",
    relationshipHint: "Nepovinné. Prázdne pole vám môže pomôcť zostať v anonymite.",
    filesLabel: "Súbory",
    recordVoice: "Nahrať hlasovú správu",
    filesHint:
      "Dokumenty, snímky obrazovky, záznamy. Každý súbor sa pred odoslaním zašifruje v tomto prehliadači; odošle sa po oznámení.",
    relationshipNone: "Nechať prázdne",
    aboutTitle: "O vás (nepovinné)",
    identityLegend: "Vaša totožnosť (nepovinné)",
    identityWarning:
      "Ak chcete zostať v anonymite, nechajte túto časť prázdnu. Ak ju vyplníte, zašifruje sa osobitným " +
      "kľúčom, ktorý môžu otvoriť len správcovia (osoby určené na ochranu totožnosti nahlasujúcich osôb). " +
      "Ostatné osoby vybavujúce prípad vidia len, že existuje.",
    identityNoCustodians:
      "Momentálne nikto nemá rolu správcu, takže vašu totožnosť by nebolo možné chrániť osobitne. Nechajte túto časť prázdnu.",
    identityName: "Vaše meno",
    identityContact: "Ako vás kontaktovať",
    identityContactHint: "Súkromná e-mailová adresa alebo telefón, nie pracovné.",
    identityNote: "Ďalšie informácie ku kontaktu",
    detailsWarning:
      "Aj podrobnosti vo vašich odpovediach môžu prezradiť, kto ste. Napíšte, čo je potrebné na pochopenie " +
      "problému, a zvyšok vynechajte.",
    coiLegend: "Osoby, ktoré toto oznámenie nesmú vidieť (nepovinné)",
    coiHint:
      "Označte tých, ktorí sú zapojení do toho, čo oznamujete, alebo môžu byť v konflikte záujmov. Vaše " +
      "oznámenie pre nich nebude zašifrované, takže ho nemôžu otvoriť, a nikto im neskôr nemôže dať prístup.",
    beforeTitle: "Pred odoslaním",
    beforeAnonymity:
      "Anonymita: vaše oznámenie sa šifruje v tomto prehliadači. Nikdy ho nevidíme v čitateľnej podobe a " +
      "neukladáme vašu IP adresu. Čítať ho môžu len osoby vybavujúce prípad.",
    beforeToken:
      "Váš prístupový kód: po odoslaní dostanete kód, ktorý sa zobrazí len raz. Je to jediná cesta do " +
      "schránky prípadu. Uschovajte ho bezpečne a súkromne; nikto ho za vás nemôže obnoviť.",
    beforeNext:
      "Čo bude ďalej: potvrdenie o prijatí dostanete do 7 dní a spätnú väzbu do 3 mesiacov. Sledujte " +
      "schránku: nemáme iný spôsob, ako vás kontaktovať, ak nám ho neuvediete. Presné dátumy uvidíte po odoslaní.",
    beforeExternal:
      "Vždy môžete podať oznámenie príslušnému orgánu alebo inštitúcii, orgánu, úradu či agentúre EÚ " +
      "vrátane nástroja Úradu pre umelú inteligenciu, namiesto tu alebo navyše. Nikdy nemusíte najprv oznamovať tu.",
    submit: "Zašifrovať a odoslať oznámenie",
    loadingConfig: "Načítava sa formulár…",
    configFailed: "Formulár sa nepodarilo načítať. Skontrolujte pripojenie a načítajte stránku znova.",
    encrypting: "Vaše oznámenie sa šifruje v tomto prehliadači…",
    sending: "Odosiela sa zašifrované oznámenie…",
    missingCategory: "Zvoľte, čoho sa oznámenie týka.",
    missingWhat: "Opíšte, čo sa stalo.",
    failedClosed: "Šifrovanie zlyhalo, preto sa nič neodoslalo. Načítajte stránku znova a skúste to znova.",
    sendFailed: "Vaše oznámenie nebolo odoslané:",
    noHandlers: "Na tomto kanáli zatiaľ nikto nemôže prijímať oznámenia, preto sa nič neodoslalo.",
    allExcluded:
      "Vylúčili ste všetkých, ktorí by mohli vaše oznámenie čítať. Nechajte aspoň jednu osobu neoznačenú.",
    sentTitle: "Vaše oznámenie bolo odoslané",
    spellToken: "Prečítať prístupový kód znak po znaku",
    tokenGroup: (n: number): string => `Skupina ${n}`,
    tokenTitle: "Váš prístupový kód",
    tokenOnce:
      "Tento kód sa zobrazí len raz. Uložte si ho hneď. Kto ho má, môže čítať váš prípad, preto ho nikomu neukazujte.",
    copy: "Kopírovať",
    copied: "Skopírované.",
    copyFailed: "Kopírovanie tu nie je možné. Označte kód a skopírujte ho, alebo si ho zapíšte.",
    download: "Stiahnuť ako textový súbor",
    print: "Tlačiť",
    inboxAt: "Schránka vášho prípadu:",
    tokenFileIntro:
      "Prístupový kód k vášmu oznámeniu. Nikomu ho neukazujte: kto ho má, môže čítať váš prípad.",
    datesTitle: "Čo bude ďalej",
    receivedOn: "Prijaté dňa",
    ackBy: "Potvrdenie o prijatí najneskôr",
    feedbackBy: "Spätná väzba najneskôr",
    disclosureFrom: "Zverejnenie môže byť chránené od",
    disclosureShort:
      "Má význam len vtedy, ak sa neprijmú vhodné opatrenia; schránka vysvetľuje, čo to znamená. Všeobecné informácie, nie právne poradenstvo.",
    datesHint: "Otvorte schránku kódom a uvidíte potvrdenie o prijatí, odpovede a spätnú väzbu.",
    saved: "Kód som si uložil(a) na bezpečné miesto",
    continue: "Pokračovať do schránky",
    leaveWarning: "Nepotvrdili ste, že ste si kód uložili. Znova ho zobraziť nemožno.",
  },
  inbox: {
    furtherFeedbackTitle: "Ďalšia spätná väzba",
    furtherFeedbackHint:
      "Podľa írskeho práva môžete požiadať o ďalšiu spätnú väzbu každé 3 mesiace, kým sa váš prípad neuzavrie. Vaša žiadosť sa pridá k správam, podpísaná v tomto prehliadači.",
    furtherFeedbackAsk: "Požiadať o ďalšiu spätnú väzbu každé 3 mesiace",
    furtherFeedbackText: "Žiadam o ďalšiu spätnú väzbu každé 3 mesiace, kým sa môj prípad neuzavrie.",
    furtherFeedbackAsked: "O ďalšiu spätnú väzbu ste požiadali dňa",
    furtherFeedbackBy: "Ďalšia spätná väzba do",
    furtherFeedbackExplain:
      "3 mesiace po poslednej spätnej väzbe, pretože ste o ňu požiadali. Opakuje sa, kým sa prípad neuzavrie.",
    notSetAck: "Bez dátumu: lehota na potvrdenie o prijatí platí len do potvrdenia vášho oznámenia.",
    notSetFeedback: "Zatiaľ bez dátumu: určí sa, keď bude možné vypočítať zákonnú lehotu na spätnú väzbu.",
    notSetDisclosure:
      "Bez dátumu, pretože spätná väzba o výsledku prišla včas, alebo pretože právo tohto kanála žiadny nestanovuje. Ochrana podľa čl. 15 ods. 1 písm. b), ktorá nevyžaduje čakanie, tým nie je dotknutá.",
    datesMore: "Pri každom dátume je uvedené pravidlo, z ktorého vyplýva.",
    todo: {
      "answer-question": "Položili sme vám otázku. Odpovedzte na ňu nižšie.",
      "read-reply": "Napísali sme vám. Prečítajte si správu nižšie; môžete odpovedať, ak chcete.",
      "read-feedback":
        "Poskytli sme vám spätnú väzbu o tom, čo sa urobilo. Prečítajte si ju nižšie; stále nám môžete písať.",
      closed: "Váš prípad je uzavretý. Všetko tu môžete stále čítať.",
      "wait-ack": "Teraz nemusíte nič robiť. Vaše oznámenie prišlo; prijatie potvrdíme tu.",
      "wait-follow-up":
        "Teraz nemusíte nič robiť. Prijímame následné opatrenia; vráťte sa sem pre odpovede a spätnú väzbu.",
    },
    title: "Schránka vášho prípadu",
    intro:
      "Zadajte prístupový kód, ktorý ste dostali pri podaní oznámenia. Overí sa a prevedie na kľúče v tomto " +
      "prehliadači; samotný kód sa nikdy neodosiela.",
    token: "Prístupový kód",
    tokenHint: "Päť skupín po piatich znakoch. Veľké alebo malé písmená, s pomlčkami alebo bez nich.",
    open: "Otvoriť schránku",
    badToken: "Skontrolujte kód: jeden znak vyzerá chybne.",
    notFound: "Tomuto kódu nezodpovedá žiadny prípad. Skontrolujte ho a skúste to znova.",
    opening: "Otvára sa schránka…",
    lock: "Zamknúť",
    lockHint: "Keď skončíte, zamknite: všetko sa z tejto stránky vymaže.",
    status: "Stav",
    outcome: "Výsledok",
    datesTitle: "Vaše termíny",
    receivedOn: "Prijaté",
    receivedExplain: "Deň, keď vaše oznámenie prišlo.",
    acknowledgedOn: "Prijatie potvrdené dňa",
    ackBy: "Potvrdenie o prijatí najneskôr do",
    ackExplain: "Do tohto dňa musí organizácia potvrdiť, že vaše oznámenie prijala.",
    ackDone: "V tento deň organizácia potvrdila prijatie vášho oznámenia.",
    feedbackBy: "Spätná väzba najneskôr do",
    feedbackExplain:
      "Do tohto dňa by ste sa mali dozvedieť, čo sa vo veci vášho oznámenia urobilo alebo plánuje, a prečo.",
    disclosureFrom: "Zverejnenie môže byť chránené od",
    disclosureExplain:
      "Od tohto dňa môže byť zverejnenie informácií chránené, ak na základe vášho oznámenia neboli prijaté " +
      "vhodné opatrenia (čl. 15 ods. 1 písm. a) smernice). Platí to len vtedy, ak ste oznámenie podali aj " +
      "príslušnému orgánu a ani ten v svojej lehote neprijal vhodné opatrenia, alebo ak ste oznámenie podali " +
      "priamo orgánu. Bez čakania môže byť zverejnenie chránené aj pri bezprostrednom alebo zjavnom ohrození " +
      "verejného záujmu alebo vtedy, keď oznámenie orgánu hrozí odvetnými opatreniami alebo zatajením dôkazov " +
      "(čl. 15 ods. 1 písm. b)). Skôr než pôjdete na verejnosť, poraďte sa, napríklad s podpornou " +
      "organizáciou uvedenou v ozname.",
    basis: "Právny základ:",
    noDate: "Nestanovené",
    threadTitle: "Správy",
    threadEmpty: "Zatiaľ žiadne správy.",
    replyLabel: "Napísať odpoveď",
    replyHint: "Pred odoslaním sa zašifruje v tomto prehliadači. Čítať ju môžu len osoby vybavujúce prípad.",
    send: "Zašifrovať a odoslať",
    sending: "Odosiela sa…",
    sent: "Odoslané.",
    emptyReply: "Najprv napíšte správu.",
    locked: "Zamknuté. Zadajte kód a schránku znova otvorte.",
  },
  fields: {
    category: "Kategória",
    whatHappened: "Čo sa stalo",
    whenWhere: "Kedy a kde",
    whoInvolved: "Kto je zapojený",
    relationship: "Vzťah k organizácii",
    attachments: "Prílohy",
    none: "(neuvedené)",
  },
  status: {
    received: "Prijaté",
    acknowledged: "Prijatie potvrdené",
    in_follow_up: "Prebiehajú následné opatrenia",
    feedback_given: "Spätná väzba poskytnutá",
    closed: "Uzavreté",
  },
  outcome: {
    substantiated: "Dôvodné",
    unsubstantiated: "Nedôvodné",
    referred: "Postúpené orgánu",
    no_action: "Opatrenia nie sú potrebné",
    withdrawn: "Vzaté späť",
  },
  kind: {
    further_feedback_request: "Žiadosť o ďalšiu spätnú väzbu",
    final_outcome: "Konečný výsledok",
    report: "Oznámenie",
    message: "Správa",
    acknowledgement: "Potvrdenie o prijatí",
    request_info: "Žiadosť o ďalšie informácie",
    feedback: "Spätná väzba",
    disclosure_notice: "Upozornenie: vaša totožnosť bude sprístupnená",
    minimisation: "Údaje odstránené (čl. 17)",
  },
  minimised: {
    entry:
      "Tu bol odstránený záznam podľa čl. 17 smernice: osobné údaje, ktoré nie sú potrebné, sa vymazávajú.",
    attachment:
      "Bol odstránený súbor podľa čl. 17 smernice: osobné údaje, ktoré nie sú potrebné, sa vymazávajú.",
    reason: "Dôvod",
    reasons: {
      not_relevant: "nesúvisí s oznámením",
      untrue: "zistilo sa, že je nepravdivé",
      out_of_scope: "mimo rozsahu pravidiel o oznamovaní",
    },
  },
  author: {
    reporter: "Nahlasujúca osoba",
    handler: "Osoba vybavujúca prípad",
    you: "Vy",
  },
  errors: {
    network: "Server nie je dostupný. Skontrolujte pripojenie a skúste to znova.",
    server: "Na serveri nastala chyba. Skúste to neskôr.",
    rejected: "Server túto požiadavku neprijal. Načítajte stránku znova a skúste to znova.",
    undecryptable: "Tento záznam sa nepodarilo dešifrovať.",
    unsupported: "Tento záznam má formát, ktorý táto stránka nepozná.",
    unverified:
      "Tento záznam sa nepodarilo overiť, preto sa nezobrazuje. Mohol byť na serveri pridaný, zmenený, odstránený alebo preusporiadaný.",
    unwrapFailed: "Kľúč prípadu sa vaším kľúčom nepodarilo otvoriť.",
    recipientMismatch:
      "Kľúč prípadu zo servera nezodpovedá otvorenému prípadu, preto sa nič neodoslalo. Oznámte to správcovi.",
    badRecipient: "Kľúč príjemcu zo servera nie je očakávaného druhu, preto sa nič neodoslalo.",
    weakKdf: "Server ponúkol nebezpečné nastavenia kľúča, preto heslo nebolo použité.",
    rateLimited: "Príliš veľa pokusov. Počkajte niekoľko minút a skúste to znova.",
    notSent: "V tomto prehliadači sa to nepodarilo pripraviť, preto sa nič neodoslalo. Skúste to znova.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "zostáva 1 deň" : `zostáva dní: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "1 deň po termíne" : `dní po termíne: ${n}`),
    today: "termín dnes",
  },
  receipt: {
    download: "Stiahnuť podpísané potvrdenie",
    hint: "Kanál toto potvrdenie podpisuje: ukazuje, že a kedy ste oznámili. Uschovajte si ho spolu s kódom. Ktokoľvek ho môže overiť, aj bez pripojenia, na stránke /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Tento kanál teraz nemožno overiť, preto táto stránka nič nezašifruje ani neodošle. Vaše oznámenie zostáva u vás: nič neopustilo toto zariadenie.",
    unverifiedWhy: {
      "no-roster": "Kanál zatiaľ nemá podpísaný zoznam osôb, ktoré čítajú oznámenia.",
      "bad-pin": "Odkaz, ktorý ste otvorili, obsahuje odtlačok kľúča kanála, ktorý nie je správne zapísaný.",
      "pin-mismatch":
        "Kľúč kanála nezodpovedá odtlačku v odkaze, ktorý ste otvorili (z plagátu alebo oznamu). Niekto sa možno snaží čítať oznámenia, ktoré by čítať nemal.",
      expired: "Podpísaný zoznam osôb, ktoré čítajú oznámenia, je zastaraný.",
      invalid: "Zoznam osôb, ktoré čítajú oznámenia, nie je platne podpísaný kľúčom kanála.",
    },
    unverifiedExternal: "Namiesto toho sa môžete obrátiť na externý orgán:",
    fingerprintPinned: (f: string): string => `Overené: kľúč kanála zodpovedá vášmu odkazu (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Odtlačok kľúča kanála: ${f}. Skôr než začnete písať, porovnajte ho s odtlačkom na plagáte alebo v oznamu.`,
  },
};

export default sk;
