/** Čeština: formulář oznámení, stránka přístupového kódu a schránka případu. Stav: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const cs: ReporterTranslation = {
  lang: "cs",
  locale: "cs-CZ",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/cs/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Přejít na hlavní obsah",
    home: "Úvodní stránka",
    notice: "Informace pro pracovníky (oznámení)",
    noscript:
      "Formulář oznámení a schránka případu potřebují JavaScript: vaše slova se před odesláním šifrují v " +
      "tomto zařízení a k tomu je JavaScript nutný. Tuto stránku si můžete přečíst i bez něj.",
    noscriptAllow:
      "Jak povolit JavaScript jen pro tento web: v prohlížeči Tor Browser stačí úroveň „Bezpečnější“ (ikona " +
      "štítu, Nastavení); na úrovni „Nejbezpečnější“ přidejte tlačítko NoScript na panel nástrojů a pro " +
      "tento web zvolte „Dočasně důvěřovat“. V jiných prohlížečích otevřete nastavení webu vedle adresního " +
      "řádku a povolte JavaScript pro tento web.",
    noscriptElsewhere: "Oznámení můžete podat i těmto orgánům a subjektům EU (obyčejné odkazy):",
    language: "Jazyk",
    leave: "Rychle odejít",
    leaveHint: "Nahradí tuto stránku prázdnou a smaže, co jste napsali.",
    notLegalAdvice: "Jde o obecné informace, nikoli o právní poradenství.",
    loading: "Načítání…",
    required: "(povinné)",
    optional: "(nepovinné)",
  },
  landing: {
    title: "Oznamujte bezpečně",
    intro:
      "Toto je důvěrný kanál pro oznamování porušení práva, o kterých jste se dozvěděli v souvislosti s prací: " +
      "například podvodů, korupce, rizik pro bezpečnost nebo zdraví, poškozování životního prostředí, " +
      "porušení ochrany osobních údajů nebo rizik systémů AI. Můžete zůstat v anonymitě.",
    makeReport: "Podat oznámení",
    makeReportHint: "Zabere asi 10 minut. Bez účtu, bez e-mailové adresy, bez jména.",
    openInbox: "Otevřít schránku případu",
    openInboxHint: "Už jste oznámení podali? Přístupovým kódem si přečtete odpovědi a odpovíte na dotazy.",
    howTitle: "Jak to funguje",
    how1: "Vaše oznámení se před odesláním zašifruje ve vašem prohlížeči. Server ukládá jen text, který nedokáže přečíst; otevřít ho mohou jen určené osoby, které případy vyřizují.",
    how2: "Neukládáme vaši IP adresu ani nic o vašem zařízení. Pro větší bezpečí použijte zařízení a síť, které váš zaměstnavatel nekontroluje.",
    how3: "Po odeslání dostanete přístupový kód. Je to jediný klíč ke schránce případu, kde čtete odpovědi a můžete odpovídat. Nikdo ho za vás nemůže obnovit.",
    how4: "Potvrzení o přijetí dostanete do 7 dnů a zpětnou vazbu o následných opatřeních do 3 měsíců.",
    externalTitle: "Oznámení můžete podat i mimo organizaci",
    external:
      "Vždy můžete podat oznámení přímo příslušnému orgánu nebo orgánu, instituci či jinému subjektu EU, " +
      "například nástroji Úřadu EU pro umělou inteligenci pro oznamovatele podle aktu o umělé inteligenci. " +
      "Nikdy nemusíte nejdřív oznamovat zde.",
    externalNotice: "Oznámení uvádí orgány a způsob, jak je kontaktovat",
    aiOfficeLink: "O nástroji Úřadu pro umělou inteligenci pro oznamovatele (web Evropské komise)",
    handlerTitle: "Pro osoby vyřizující případy",
    handlerLink: "Přihlásit se k vyřizování případů",
  },
  report: {
    categoryNotSureHint:
      "Nevíte, které téma se hodí? Zvolte „Jiné / nevím“ nahoře v seznamu: osoby vyřizující případ ho zařadí.",
    notSureButton: "Nevím: zvolit „Jiné / nevím“",
    groupNotSure: "Jiné / nevím",
    groupEuLaw: "Porušení práva Unie",
    groupAiRisks: "Bezpečnost AI a základní práva",
    groupNational: "Porušení vnitrostátního práva",
    draftWarning: "Vaše oznámení nebylo odesláno. Pokud tuto stránku opustíte, napsaný text se ztratí.",
    elsewhereSummary: "Další místa, kde můžete podat oznámení",
    receiptFor: "Oznámení pro",
    inboxFailed:
      "Schránku se zde nepodařilo otevřít. Váš přístupový kód je stále zobrazen výše; otevřete s ním stránku schránky.",
    title: "Podat oznámení",
    intro:
      "Popište vlastními slovy, co se stalo. Povinné jsou jen první dvě otázky. Vše, co napíšete, se před " +
      "odesláním zašifruje v tomto prohlížeči.",
    channel: "Kam má vaše oznámení jít?",
    category: "Čeho se to týká?",
    categoryPlaceholder: "Zvolte téma",
    what: "Co se stalo?",
    whatHint: "Popište fakta, která znáte. Uveďte, co jste viděli sami a co jste slyšeli od jiných.",
    whenWhere: "Kdy a kde se to stalo?",
    whenWhereHint: "Data, místa, systémy nebo projekty, pokud je znáte.",
    who: "Kdo je zapojen?",
    whoHint: "Jména nebo funkce dotčených osob či týmů, pokud je znáte.",
    relationship: "Váš vztah k organizaci",
    relationshipHint: "Nepovinné. Prázdné pole vám může pomoci zůstat v anonymitě.",
    filesLabel: "Soubory",
    recordVoice: "Nahrát hlasovou zprávu",
    filesHint:
      "Dokumenty, snímky obrazovky, záznamy. Každý soubor se před odesláním zašifruje v tomto prohlížeči; odešle se po oznámení.",
    relationshipNone: "Nechat prázdné",
    aboutTitle: "O vás (nepovinné)",
    identityLegend: "Vaše totožnost (nepovinné)",
    identityWarning:
      "Chcete-li zůstat v anonymitě, nechte tuto část prázdnou. Pokud ji vyplníte, zašifruje se zvláštním " +
      "klíčem, který mohou otevřít jen správci (osoby určené k ochraně totožnosti oznamujících osob). " +
      "Ostatní osoby vyřizující případ vidí jen, že existuje.",
    identityNoCustodians:
      "Nyní nikdo nemá roli správce, takže vaši totožnost by nebylo možné chránit zvlášť. Nechte tuto část prázdnou.",
    identityName: "Vaše jméno",
    identityContact: "Jak vás kontaktovat",
    identityContactHint: "Soukromá e-mailová adresa nebo telefon, ne pracovní.",
    identityNote: "Další informace ke kontaktu",
    detailsWarning:
      "I podrobnosti ve vašich odpovědích mohou prozradit, kdo jste. Napište, co je potřeba k pochopení " +
      "problému, a zbytek vynechte.",
    coiLegend: "Osoby, které toto oznámení nesmějí vidět (nepovinné)",
    coiHint:
      "Zaškrtněte ty, kdo jsou zapojeni do toho, co oznamujete, nebo mohou být ve střetu zájmů. Vaše " +
      "oznámení pro ně nebude zašifrováno, takže ho nemohou otevřít, a nikdo jim později nemůže dát přístup.",
    beforeTitle: "Před odesláním",
    beforeAnonymity:
      "Anonymita: vaše oznámení se šifruje v tomto prohlížeči. Nikdy ho nevidíme v čitelné podobě a " +
      "neukládáme vaši IP adresu. Číst ho mohou jen osoby vyřizující případ.",
    beforeToken:
      "Váš přístupový kód: po odeslání dostanete kód, který se zobrazí jen jednou. Je to jediná cesta do " +
      "schránky případu. Uložte ho bezpečně a soukromě; nikdo ho za vás nemůže obnovit.",
    beforeNext:
      "Co bude dál: potvrzení o přijetí dostanete do 7 dnů a zpětnou vazbu do 3 měsíců. Sledujte schránku: " +
      "nemáme jinou možnost, jak vás kontaktovat, pokud nám ji neuvedete. Přesná data uvidíte po odeslání.",
    beforeExternal:
      "Vždy můžete podat oznámení příslušnému orgánu nebo orgánu, instituci či jinému subjektu EU, včetně " +
      "nástroje Úřadu pro umělou inteligenci, místo zde nebo navíc. Nikdy nemusíte nejdřív oznamovat zde.",
    submit: "Zašifrovat a odeslat oznámení",
    loadingConfig: "Načítání formuláře…",
    configFailed: "Formulář se nepodařilo načíst. Zkontrolujte připojení a načtěte stránku znovu.",
    encrypting: "Vaše oznámení se šifruje v tomto prohlížeči…",
    sending: "Odesílání zašifrovaného oznámení…",
    missingCategory: "Zvolte, čeho se oznámení týká.",
    missingWhat: "Popište, co se stalo.",
    failedClosed: "Šifrování selhalo, proto nebylo nic odesláno. Načtěte stránku znovu a zkuste to znovu.",
    sendFailed: "Vaše oznámení nebylo odesláno:",
    noHandlers: "Na tomto kanálu zatím nikdo nemůže přijímat oznámení, proto nebylo nic odesláno.",
    allExcluded:
      "Vyloučili jste všechny, kdo by mohli vaše oznámení číst. Nechte alespoň jednu osobu nezaškrtnutou.",
    sentTitle: "Vaše oznámení bylo odesláno",
    spellToken: "Přečíst přístupový kód znak po znaku",
    tokenGroup: (n: number): string => `Skupina ${n}`,
    tokenTitle: "Váš přístupový kód",
    tokenOnce:
      "Tento kód se zobrazí jen jednou. Uložte si ho hned. Kdo ho má, může číst váš případ, proto ho nikomu neukazujte.",
    copy: "Kopírovat",
    copied: "Zkopírováno.",
    copyFailed: "Kopírování zde není možné. Označte kód a zkopírujte ho, nebo si ho zapište.",
    download: "Stáhnout jako textový soubor",
    print: "Tisknout",
    inboxAt: "Schránka vašeho případu:",
    tokenFileIntro:
      "Přístupový kód k vašemu oznámení. Nikomu ho neukazujte: kdo ho má, může číst váš případ.",
    datesTitle: "Co bude dál",
    receivedOn: "Přijato dne",
    ackBy: "Potvrzení o přijetí nejpozději",
    feedbackBy: "Zpětná vazba nejpozději",
    disclosureFrom: "Zveřejnění může být chráněno od",
    disclosureShort:
      "Má význam jen tehdy, nejsou-li přijata vhodná opatření; schránka vysvětluje, co to znamená. Obecné informace, nikoli právní poradenství.",
    datesHint: "Otevřete schránku kódem a uvidíte potvrzení o přijetí, odpovědi a zpětnou vazbu.",
    saved: "Uložil(a) jsem si kód na bezpečné místo",
    continue: "Pokračovat do schránky",
    leaveWarning: "Nepotvrdili jste, že jste si kód uložili. Znovu ho zobrazit nelze.",
  },
  inbox: {
    furtherFeedbackTitle: "Další zpětná vazba",
    furtherFeedbackHint:
      "Podle irského práva můžete požádat o další zpětnou vazbu každé 3 měsíce, dokud nebude váš případ uzavřen. Vaše žádost se přidá ke zprávám, podepsaná v tomto prohlížeči.",
    furtherFeedbackAsk: "Požádat o další zpětnou vazbu každé 3 měsíce",
    furtherFeedbackText: "Žádám o další zpětnou vazbu každé 3 měsíce, dokud nebude můj případ uzavřen.",
    furtherFeedbackAsked: "O další zpětnou vazbu jste požádali dne",
    furtherFeedbackBy: "Další zpětná vazba do",
    furtherFeedbackExplain:
      "3 měsíce po poslední zpětné vazbě, protože jste o ni požádali. Opakuje se, dokud nebude případ uzavřen.",
    notSetAck: "Bez data: lhůta pro potvrzení o přijetí platí jen do potvrzení vašeho oznámení.",
    notSetFeedback: "Zatím bez data: stanoví se, jakmile půjde spočítat zákonnou lhůtu pro zpětnou vazbu.",
    notSetDisclosure:
      "Bez data, protože zpětná vazba o výsledku přišla včas, nebo protože právo tohoto kanálu žádné nestanoví. Ochrana podle čl. 15 odst. 1 písm. b), která nevyžaduje čekání, tím není dotčena.",
    datesMore: "U každého data je uvedeno pravidlo, ze kterého vyplývá.",
    todo: {
      "answer-question": "Položili jsme vám otázku. Odpovězte na ni prosím níže.",
      "read-reply": "Napsali jsme vám. Přečtěte si zprávu níže; můžete odpovědět, chcete-li.",
      "read-feedback":
        "Poskytli jsme vám zpětnou vazbu o tom, co bylo učiněno. Přečtěte si ji níže; stále nám můžete psát.",
      closed: "Váš případ je uzavřen. Vše zde můžete stále číst.",
      "wait-ack": "Nyní nemusíte nic dělat. Vaše oznámení dorazilo; přijetí potvrdíme zde.",
      "wait-follow-up":
        "Nyní nemusíte nic dělat. Provádíme následná opatření; vraťte se sem pro odpovědi a zpětnou vazbu.",
    },
    title: "Schránka vašeho případu",
    intro:
      "Zadejte přístupový kód, který jste dostali při podání oznámení. Ověří se a převede na klíče v tomto " +
      "prohlížeči; samotný kód se nikdy neodesílá.",
    token: "Přístupový kód",
    tokenHint: "Pět skupin po pěti znacích. Velká nebo malá písmena, s pomlčkami nebo bez nich.",
    open: "Otevřít schránku",
    badToken: "Zkontrolujte kód: jeden znak vypadá chybně.",
    notFound: "Tomuto kódu neodpovídá žádný případ. Zkontrolujte ho a zkuste to znovu.",
    opening: "Otevírání schránky…",
    lock: "Zamknout",
    lockHint: "Až skončíte, zamkněte: vše se z této stránky vymaže.",
    status: "Stav",
    outcome: "Výsledek",
    datesTitle: "Vaše termíny",
    receivedOn: "Přijato",
    receivedExplain: "Den, kdy vaše oznámení dorazilo.",
    acknowledgedOn: "Přijetí potvrzeno dne",
    ackBy: "Potvrzení o přijetí nejpozději do",
    ackExplain: "Do tohoto dne musí organizace potvrdit, že vaše oznámení přijala.",
    ackDone: "Tohoto dne organizace potvrdila přijetí vašeho oznámení.",
    feedbackBy: "Zpětná vazba nejpozději do",
    feedbackExplain:
      "Do tohoto dne byste se měli dozvědět, co bylo ve věci vašeho oznámení učiněno nebo se plánuje, a proč.",
    disclosureFrom: "Zveřejnění může být chráněno od",
    disclosureExplain:
      "Od tohoto dne může být zveřejnění informací chráněno, pokud na základě vašeho oznámení nebyla přijata " +
      "vhodná opatření (čl. 15 odst. 1 písm. a) směrnice). To platí jen tehdy, pokud jste oznámení podali i " +
      "příslušnému orgánu a ani ten v své lhůtě nepřijal vhodná opatření, nebo pokud jste oznámení podali " +
      "přímo orgánu. Bez čekání může být zveřejnění chráněno také při bezprostředním nebo zjevném ohrožení " +
      "veřejného zájmu nebo tehdy, když oznámení orgánu hrozí odvetnými opatřeními nebo zatajením důkazů " +
      "(čl. 15 odst. 1 písm. b)). Než půjdete na veřejnost, poraďte se, například s podpůrnou organizací " +
      "uvedenou v oznámení.",
    basis: "Právní základ:",
    noDate: "Nestanoveno",
    threadTitle: "Zprávy",
    threadEmpty: "Zatím žádné zprávy.",
    replyLabel: "Napsat odpověď",
    replyHint: "Před odesláním se zašifruje v tomto prohlížeči. Číst ji mohou jen osoby vyřizující případ.",
    send: "Zašifrovat a odeslat",
    sending: "Odesílání…",
    sent: "Odesláno.",
    emptyReply: "Nejdřív napište zprávu.",
    locked: "Zamčeno. Zadejte kód a schránku znovu otevřete.",
  },
  fields: {
    category: "Kategorie",
    whatHappened: "Co se stalo",
    whenWhere: "Kdy a kde",
    whoInvolved: "Kdo je zapojen",
    relationship: "Vztah k organizaci",
    attachments: "Přílohy",
    none: "(neuvedeno)",
  },
  status: {
    received: "Přijato",
    acknowledged: "Přijetí potvrzeno",
    in_follow_up: "Probíhají následná opatření",
    feedback_given: "Zpětná vazba poskytnuta",
    closed: "Uzavřeno",
  },
  outcome: {
    substantiated: "Důvodné",
    unsubstantiated: "Nedůvodné",
    referred: "Postoupeno orgánu",
    no_action: "Opatření nejsou třeba",
    withdrawn: "Vzato zpět",
  },
  kind: {
    further_feedback_request: "Žádost o další zpětnou vazbu",
    final_outcome: "Konečný výsledek",
    report: "Oznámení",
    message: "Zpráva",
    acknowledgement: "Potvrzení o přijetí",
    request_info: "Žádost o další informace",
    feedback: "Zpětná vazba",
    disclosure_notice: "Upozornění: vaše totožnost bude zpřístupněna",
    minimisation: "Odstraněné údaje (čl. 17)",
  },
  minimised: {
    entry: "Zde byl odstraněn záznam podle čl. 17 směrnice: osobní údaje, které nejsou potřeba, se mažou.",
    attachment: "Byl odstraněn soubor podle čl. 17 směrnice: osobní údaje, které nejsou potřeba, se mažou.",
    reason: "Důvod",
    reasons: {
      not_relevant: "nesouvisí s oznámením",
      untrue: "zjištěno jako nepravdivé",
      out_of_scope: "mimo působnost pravidel o oznamování",
    },
  },
  author: {
    reporter: "Oznamující osoba",
    handler: "Osoba vyřizující případ",
    you: "Vy",
  },
  errors: {
    network: "Server není dostupný. Zkontrolujte připojení a zkuste to znovu.",
    server: "Na serveru došlo k chybě. Zkuste to později.",
    rejected: "Server tento požadavek nepřijal. Načtěte stránku znovu a zkuste to znovu.",
    undecryptable: "Tento záznam se nepodařilo dešifrovat.",
    unsupported: "Tento záznam má formát, který tato stránka nezná.",
    unverified:
      "Tento záznam nebylo možné ověřit, proto se nezobrazuje. Mohl být na serveru přidán, změněn, odstraněn nebo přeskupen.",
    unwrapFailed: "Klíč případu se vaším klíčem nepodařilo otevřít.",
    recipientMismatch:
      "Klíč případu ze serveru neodpovídá otevřenému případu, proto nebylo nic odesláno. Oznamte to správci.",
    badRecipient: "Klíč příjemce ze serveru není očekávaného druhu, proto nebylo nic odesláno.",
    weakKdf: "Server nabídl nebezpečné nastavení klíče, proto heslo nebylo použito.",
    rateLimited: "Příliš mnoho pokusů. Počkejte několik minut a zkuste to znovu.",
    notSent: "V tomto prohlížeči to nebylo možné připravit, proto nebylo nic odesláno. Zkuste to znovu.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "zbývá 1 den" : `zbývá dnů: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "1 den po termínu" : `dnů po termínu: ${n}`),
    today: "termín dnes",
  },
  receipt: {
    download: "Stáhnout podepsané potvrzení",
    hint: "Kanál toto potvrzení podepisuje: ukazuje, že a kdy jste oznámili. Uschovejte si ho spolu s kódem. Kdokoli ho může ověřit, i bez připojení, na stránce /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Tento kanál nyní nelze ověřit, proto tato stránka nic nezašifruje ani neodešle. Vaše oznámení zůstává u vás: nic neopustilo toto zařízení.",
    unverifiedWhy: {
      "no-roster": "Kanál zatím nemá podepsaný seznam osob, které čtou oznámení.",
      "bad-pin": "Odkaz, který jste otevřeli, obsahuje otisk klíče kanálu, který není správně zapsán.",
      "pin-mismatch":
        "Klíč kanálu neodpovídá otisku v odkazu, který jste otevřeli (z plakátu nebo oznámení). Někdo se možná snaží číst oznámení, která číst nemá.",
      expired: "Podepsaný seznam osob, které čtou oznámení, je zastaralý.",
      invalid: "Seznam osob, které čtou oznámení, není platně podepsán klíčem kanálu.",
    },
    unverifiedExternal: "Místo toho se můžete obrátit na externí orgán:",
    fingerprintPinned: (f: string): string => `Ověřeno: klíč kanálu odpovídá vašemu odkazu (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Otisk klíče kanálu: ${f}. Než začnete psát, porovnejte ho s otiskem na plakátu nebo v oznámení.`,
  },
};

export default cs;
