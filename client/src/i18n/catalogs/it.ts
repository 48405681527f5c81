/** Italiano: modulo di segnalazione, pagina del codice di accesso e casella della pratica. Stato: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const it: ReporterTranslation = {
  lang: "it",
  locale: "it-IT",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/it/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Vai al contenuto principale",
    home: "Pagina iniziale",
    notice: "Informazioni per i lavoratori (avviso)",
    noscript:
      "Il modulo di segnalazione e la casella della pratica richiedono JavaScript: le sue parole vengono " +
      "cifrate su questo dispositivo prima dell'invio, e per questo serve JavaScript. Può leggere questa pagina anche senza.",
    noscriptAllow:
      "Per consentire JavaScript solo per questo sito: in Tor Browser basta il livello «Più sicuro» (icona " +
      "dello scudo, Impostazioni); al livello «Il più sicuro», aggiunga il pulsante NoScript alla barra degli " +
      "strumenti e scelga «Considera affidabile temporaneamente» per questo sito. Negli altri browser, apra le " +
      "impostazioni del sito accanto alla barra degli indirizzi e consenta JavaScript per questo sito.",
    noscriptElsewhere: "Può segnalare anche a queste autorità e a questi organismi dell'UE (link semplici):",
    language: "Lingua",
    leave: "Esci subito",
    leaveHint: "Sostituisce questa pagina con una vuota e cancella ciò che ha scritto.",
    notLegalAdvice: "Questa è un'informazione generale, non una consulenza legale.",
    loading: "Caricamento…",
    required: "(obbligatorio)",
    optional: "(facoltativo)",
  },
  landing: {
    title: "Segnalare in sicurezza",
    intro:
      "Questo è un canale riservato per segnalare violazioni del diritto di cui è venuto a conoscenza nel " +
      "contesto lavorativo: per esempio frodi, corruzione, rischi per la sicurezza o la salute, danni " +
      "all'ambiente, violazioni della protezione dei dati o rischi derivanti da sistemi di IA. Può restare anonimo.",
    makeReport: "Fare una segnalazione",
    makeReportHint: "Circa 10 minuti. Nessun account, nessun indirizzo e-mail, nessun nome.",
    openInbox: "Apri la casella della sua pratica",
    openInboxHint:
      "Ha già segnalato? Usi il codice di accesso per leggere le risposte e rispondere alle domande.",
    howTitle: "Come funziona",
    how1: "La segnalazione viene cifrata nel suo browser prima dell'invio. Il server conserva solo testo che non può leggere; possono aprirlo solo le persone incaricate di gestire le pratiche.",
    how2: "Non conserviamo il suo indirizzo IP né alcun dato sul suo dispositivo. Per maggiore sicurezza, usi un dispositivo e una rete che il datore di lavoro non controlla.",
    how3: "Dopo l'invio riceve un codice di accesso. È l'unica chiave della casella della sua pratica, dove legge le risposte e può rispondere. Nessuno può recuperarlo per lei.",
    how4: "Riceve un avviso di ricevimento entro 7 giorni e un riscontro sul seguito dato entro 3 mesi.",
    externalTitle: "Può segnalare anche all'esterno dell'organizzazione",
    external:
      "Può sempre segnalare direttamente a un'autorità competente oppure a un'istituzione, organo o " +
      "organismo dell'UE, per esempio allo strumento di segnalazione dell'Ufficio per l'IA dell'UE per il " +
      "regolamento sull'IA. Non è mai obbligato a segnalare prima qui.",
    externalNotice: "L'avviso elenca le autorità e come contattarle",
    aiOfficeLink:
      "Informazioni sullo strumento di segnalazione dell'Ufficio per l'IA (sito della Commissione europea)",
    handlerTitle: "Per chi gestisce le pratiche",
    handlerLink: "Accedi per gestire le pratiche",
  },
  report: {
    categoryNotSureHint:
      "Non sa quale argomento scegliere? Scelga «Altro / non sono sicuro» in cima all'elenco: chi gestisce la pratica la classificherà.",
    notSureButton: "Non sono sicuro: scegli «Altro / non sono sicuro»",
    groupNotSure: "Altro / non sono sicuro",
    groupEuLaw: "Violazioni del diritto dell'Unione",
    groupAiRisks: "Sicurezza dell'IA e diritti fondamentali",
    groupNational: "Violazioni del diritto nazionale",
    draftWarning:
      "La segnalazione non è stata inviata. Se lascia questa pagina, ciò che ha scritto andrà perso.",
    elsewhereSummary: "Altri luoghi a cui segnalare",
    receiptFor: "Segnalazione a",
    inboxFailed:
      "Non è stato possibile aprire la casella qui. Il codice di accesso è ancora visibile sopra; lo usi per aprire la pagina della casella.",
    title: "Fare una segnalazione",
    intro:
      "Racconti con parole sue che cosa è successo. Solo le prime due domande sono obbligatorie. Tutto ciò " +
      "che scrive viene cifrato in questo browser prima dell'invio.",
    channel: "Dove deve andare la sua segnalazione?",
    category: "Di che cosa si tratta?",
    categoryPlaceholder: "Scelga un argomento",
    what: "Che cosa è successo?",
    whatHint:
      "Descriva i fatti che conosce. Dica che cosa ha visto di persona e che cosa ha saputo da altri.",
    whenWhere: "Quando e dove è successo?",
    whenWhereHint: "Date, luoghi, sistemi o progetti, per quanto li conosce.",
    who: "Chi è coinvolto?",
    whoHint: "Nomi o ruoli delle persone o dei gruppi coinvolti, se li conosce.",
    relationship: "Il suo rapporto con l'organizzazione",
    relationshipHint: "Facoltativo. Lasciarlo vuoto può aiutarla a restare anonimo.",
    filesLabel: "File",
    recordVoice: "Registra un messaggio vocale",
    filesHint:
      "Documenti, schermate, registri. Ogni file viene cifrato in questo browser prima dell’invio, dopo la segnalazione.",
    relationshipNone: "Lascia vuoto",
    aboutTitle: "Su di lei (facoltativo)",
    identityLegend: "La sua identità (facoltativo)",
    identityWarning:
      "Lasci vuota questa sezione per restare anonimo. Se la compila, viene cifrata con una chiave separata " +
      "che possono aprire solo i custodi (le persone designate a proteggere l'identità delle persone " +
      "segnalanti). Le altre persone che gestiscono la pratica vedono solo che esiste.",
    identityNoCustodians:
      "Al momento nessuno ha il ruolo di custode, quindi la sua identità non potrebbe essere protetta a " +
      "parte. Lasci vuota questa sezione.",
    identityName: "Il suo nome",
    identityContact: "Come contattarla",
    identityContactHint: "Un indirizzo e-mail o un numero di telefono privato, non di lavoro.",
    identityNote: "Altro sul modo di contattarla",
    detailsWarning:
      "Anche i dettagli delle sue risposte possono rivelare chi è. Scriva ciò che serve a capire il problema " +
      "e tralasci il resto.",
    coiLegend: "Persone che non devono vedere questa segnalazione (facoltativo)",
    coiHint:
      "Selezioni chi è coinvolto in ciò che segnala o potrebbe avere un conflitto di interessi. La " +
      "segnalazione non viene cifrata per queste persone: non possono aprirla e nessuno potrà dar loro accesso in seguito.",
    beforeTitle: "Prima dell'invio",
    beforeAnonymity:
      "Anonimato: la segnalazione viene cifrata in questo browser. Non la vediamo mai in chiaro e non " +
      "conserviamo il suo indirizzo IP. Possono leggerla solo le persone che gestiscono la pratica.",
    beforeToken:
      "Il suo codice di accesso: dopo l'invio riceve un codice mostrato una sola volta. È l'unico modo per " +
      "entrare nella casella della pratica. Lo conservi al sicuro e in modo riservato; nessuno può recuperarlo per lei.",
    beforeNext:
      "Che cosa succede poi: riceve un avviso di ricevimento entro 7 giorni e un riscontro entro 3 mesi. " +
      "Controlli la casella: non abbiamo altro modo per contattarla, a meno che non ce ne indichi uno. Le " +
      "date esatte compaiono dopo l'invio.",
    beforeExternal:
      "Può sempre segnalare a un'autorità competente o a un'istituzione, organo o organismo dell'UE, " +
      "compreso lo strumento di segnalazione dell'Ufficio per l'IA, invece che qui o in aggiunta. Non è mai " +
      "obbligato a segnalare prima qui.",
    submit: "Cifra e invia la segnalazione",
    loadingConfig: "Caricamento del modulo…",
    configFailed: "Non è stato possibile caricare il modulo. Controlli la connessione e ricarichi la pagina.",
    encrypting: "Cifratura della segnalazione in questo browser…",
    sending: "Invio della segnalazione cifrata…",
    missingCategory: "Scelga l'argomento della segnalazione.",
    missingWhat: "Descriva che cosa è successo.",
    failedClosed:
      "La cifratura non è riuscita, quindi non è stato inviato nulla. Ricarichi la pagina e riprovi.",
    sendFailed: "La segnalazione non è stata inviata:",
    noHandlers:
      "Nessuno può ancora ricevere segnalazioni su questo canale, quindi non è stato inviato nulla.",
    allExcluded:
      "Ha escluso tutte le persone che potrebbero leggere la segnalazione. Lasci almeno una persona non selezionata.",
    sentTitle: "La segnalazione è stata inviata",
    spellToken: "Leggi il codice di accesso carattere per carattere",
    tokenGroup: (n: number): string => `Gruppo ${n}`,
    tokenTitle: "Il suo codice di accesso",
    tokenOnce:
      "Questo codice viene mostrato una sola volta. Lo salvi ora. Chi lo possiede può leggere la sua pratica: lo tenga riservato.",
    copy: "Copia",
    copied: "Copiato.",
    copyFailed: "Qui non è possibile copiare. Selezioni il codice e lo copi, oppure lo trascriva.",
    download: "Scarica come file di testo",
    print: "Stampa",
    inboxAt: "La casella della sua pratica:",
    tokenFileIntro:
      "Codice di accesso alla sua segnalazione. Lo tenga riservato: chi lo possiede può leggere la pratica.",
    datesTitle: "Che cosa succede poi",
    receivedOn: "Ricevuta il",
    ackBy: "Avviso di ricevimento entro il",
    feedbackBy: "Riscontro entro il",
    disclosureFrom: "La divulgazione pubblica può essere tutelata dal",
    disclosureShort:
      "Conta solo se non vengono prese misure adeguate; la casella spiega che cosa significa. Informazione generale, non consulenza legale.",
    datesHint:
      "Apra la casella con il codice per vedere l'avviso di ricevimento, le risposte e il riscontro.",
    saved: "Ho salvato il mio codice in un posto sicuro",
    continue: "Vai alla casella",
    leaveWarning: "Non ha confermato di aver salvato il codice. Non può essere mostrato di nuovo.",
  },
  inbox: {
    furtherFeedbackTitle: "Ulteriore riscontro",
    furtherFeedbackHint:
      "Secondo il diritto irlandese può chiedere un ulteriore riscontro ogni 3 mesi fino alla chiusura del suo caso. La richiesta viene aggiunta ai messaggi, firmata in questo browser.",
    furtherFeedbackAsk: "Chiedere un ulteriore riscontro ogni 3 mesi",
    furtherFeedbackText: "Chiedo un ulteriore riscontro ogni 3 mesi fino alla chiusura del mio caso.",
    furtherFeedbackAsked: "Ha chiesto un ulteriore riscontro il",
    furtherFeedbackBy: "Ulteriore riscontro entro il",
    furtherFeedbackExplain:
      "3 mesi dopo l'ultimo riscontro, perché lo ha chiesto. Si ripete fino alla chiusura del caso.",
    notSetAck:
      "Nessuna data: il termine per l'avviso di ricevimento vale solo finché la segnalazione non è confermata.",
    notSetFeedback:
      "Ancora nessuna data: viene fissata quando si può calcolare il termine di legge per il riscontro.",
    notSetDisclosure:
      "Nessuna data, perché il riscontro sull'esito è arrivato nei termini, oppure perché il diritto di questo canale non ne prevede. La tutela dell'articolo 15, paragrafo 1, lettera b), che non richiede attese, non cambia.",
    datesMore: "Ogni data indica la norma da cui deriva.",
    todo: {
      "answer-question": "Le abbiamo fatto una domanda. Risponda qui sotto.",
      "read-reply": "Le abbiamo scritto. Legga il messaggio qui sotto; può rispondere se vuole.",
      "read-feedback":
        "Le abbiamo dato un riscontro su ciò che è stato fatto. Lo legga qui sotto; può ancora scriverci.",
      closed: "La pratica è chiusa. Può ancora leggere tutto qui.",
      "wait-ack": "Per ora non deve fare nulla. La segnalazione è arrivata; confermeremo il ricevimento qui.",
      "wait-follow-up":
        "Per ora non deve fare nulla. Stiamo dando seguito; torni qui per risposte e riscontro.",
    },
    title: "La casella della sua pratica",
    intro:
      "Inserisca il codice di accesso ricevuto quando ha fatto la segnalazione. Viene verificato e " +
      "trasformato in chiavi in questo browser; il codice non viene mai inviato.",
    token: "Codice di accesso",
    tokenHint: "Cinque gruppi di cinque caratteri. Maiuscole o minuscole, con o senza trattini.",
    open: "Apri la casella",
    badToken: "Controlli il codice: un carattere sembra errato.",
    notFound: "Nessuna pratica corrisponde a questo codice. Lo controlli e riprovi.",
    opening: "Apertura della casella…",
    lock: "Blocca",
    lockHint: "Blocchi quando ha finito: tutto viene cancellato da questa pagina.",
    status: "Stato",
    outcome: "Esito",
    datesTitle: "Le sue date",
    receivedOn: "Ricevuta",
    receivedExplain: "Il giorno in cui è arrivata la segnalazione.",
    acknowledgedOn: "Ricevimento confermato il",
    ackBy: "Avviso di ricevimento dovuto entro il",
    ackExplain: "Entro questa data l'organizzazione deve confermare di aver ricevuto la segnalazione.",
    ackDone: "L'organizzazione ha confermato il ricevimento della segnalazione in questa data.",
    feedbackBy: "Riscontro dovuto entro il",
    feedbackExplain:
      "Entro questa data deve sapere che cosa è stato fatto o si prevede di fare sulla segnalazione, e perché.",
    disclosureFrom: "La divulgazione pubblica può essere tutelata dal",
    disclosureExplain:
      "Da questa data, se non sono state prese misure adeguate sulla segnalazione, rendere pubbliche le " +
      "informazioni può essere tutelato (articolo 15, paragrafo 1, lettera a), della direttiva). Ciò vale " +
      "solo se ha segnalato anche a un'autorità competente e anche questa non ha preso misure adeguate nel " +
      "proprio termine, oppure se ha segnalato direttamente all'autorità. Senza attendere, la divulgazione " +
      "pubblica può essere tutelata anche in caso di pericolo imminente o palese per il pubblico interesse, " +
      "o quando la segnalazione all'autorità comporta il rischio di ritorsioni o di occultamento delle prove " +
      "(articolo 15, paragrafo 1, lettera b)). Chieda consiglio prima di rendere pubblici i fatti, per " +
      "esempio a un ente di sostegno indicato nell'avviso.",
    basis: "Base giuridica:",
    noDate: "Non fissata",
    threadTitle: "Messaggi",
    threadEmpty: "Ancora nessun messaggio.",
    replyLabel: "Scrivi una risposta",
    replyHint:
      "Cifrata in questo browser prima dell'invio. Possono leggerla solo le persone che gestiscono la pratica.",
    send: "Cifra e invia",
    sending: "Invio…",
    sent: "Inviato.",
    emptyReply: "Scriva prima un messaggio.",
    locked: "Bloccata. Inserisca il codice per riaprire la casella.",
  },
  fields: {
    category: "Categoria",
    whatHappened: "Che cosa è successo",
    whenWhere: "Quando e dove",
    whoInvolved: "Chi è coinvolto",
    relationship: "Rapporto con l'organizzazione",
    attachments: "Allegati",
    none: "(non indicato)",
  },
  status: {
    received: "Ricevuta",
    acknowledged: "Ricevimento confermato",
    in_follow_up: "Seguito in corso",
    feedback_given: "Riscontro fornito",
    closed: "Chiusa",
  },
  outcome: {
    substantiated: "Fondata",
    unsubstantiated: "Infondata",
    referred: "Trasmessa a un'autorità",
    no_action: "Nessuna misura necessaria",
    withdrawn: "Ritirata",
  },
  kind: {
    further_feedback_request: "Richiesta di ulteriore riscontro",
    final_outcome: "Esito finale",
    report: "Segnalazione",
    message: "Messaggio",
    acknowledgement: "Avviso di ricevimento",
    request_info: "Richiesta di ulteriori informazioni",
    feedback: "Riscontro",
    disclosure_notice: "Comunicazione: la sua identità sarà rivelata",
    minimisation: "Dati rimossi (art. 17)",
  },
  minimised: {
    entry:
      "Qui è stata rimossa una voce ai sensi dell'art. 17 della direttiva: i dati personali non necessari vengono cancellati.",
    attachment:
      "È stato rimosso un file ai sensi dell'art. 17 della direttiva: i dati personali non necessari vengono cancellati.",
    reason: "Motivo",
    reasons: {
      not_relevant: "non pertinente alla segnalazione",
      untrue: "risultato non veritiero",
      out_of_scope: "fuori dall'ambito delle norme sulle segnalazioni",
    },
  },
  author: {
    reporter: "Persona segnalante",
    handler: "Persona che gestisce la pratica",
    you: "Lei",
  },
  errors: {
    network: "Il server non è raggiungibile. Controlli la connessione e riprovi.",
    server: "Si è verificato un errore sul server. Riprovi più tardi.",
    rejected: "Il server non ha accettato questa richiesta. Ricarichi la pagina e riprovi.",
    undecryptable: "Non è stato possibile decifrare questa voce.",
    unsupported: "Questa voce usa un formato che questa pagina non conosce.",
    unverified:
      "Non è stato possibile verificare questa voce, quindi non viene mostrata. Potrebbe essere stata aggiunta, modificata, rimossa o riordinata sul server.",
    unwrapFailed: "Non è stato possibile aprire la chiave della pratica con la sua chiave.",
    recipientMismatch:
      "La chiave della pratica fornita dal server non corrisponde alla pratica aperta, quindi non è stato inviato nulla. Lo segnali a un amministratore.",
    badRecipient:
      "Una chiave di destinatario fornita dal server non è del tipo previsto, quindi non è stato inviato nulla.",
    weakKdf:
      "Il server ha proposto impostazioni di chiave non sicure, quindi la passphrase non è stata usata.",
    rateLimited: "Troppi tentativi. Attenda qualche minuto e riprovi.",
    notSent: "Non è stato possibile prepararlo in questo browser, quindi non è stato inviato nulla. Riprovi.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "manca 1 giorno" : `mancano ${n} giorni`),
    daysOver: (n: number): string => (n === 1 ? "1 giorno di ritardo" : `${n} giorni di ritardo`),
    today: "scade oggi",
  },
  receipt: {
    download: "Scarica la ricevuta firmata",
    hint: "Il canale firma questa ricevuta: mostra che lei ha segnalato, e quando. La conservi con il suo codice. Chiunque può verificarla, anche senza connessione, alla pagina /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Questo canale non può essere verificato in questo momento, quindi questa pagina non cifrerà né invierà nulla. La sua segnalazione resta al sicuro con lei: nulla ha lasciato questo dispositivo.",
    unverifiedWhy: {
      "no-roster": "Il canale non ha ancora un elenco firmato delle persone che leggono le segnalazioni.",
      "bad-pin": "Il link che ha aperto contiene un'impronta della chiave del canale scritta in modo errato.",
      "pin-mismatch":
        "La chiave del canale non corrisponde all'impronta del link che ha aperto (dal manifesto o dall'avviso). Qualcuno potrebbe cercare di leggere segnalazioni che non dovrebbe.",
      expired: "L'elenco firmato delle persone che leggono le segnalazioni non è aggiornato.",
      invalid:
        "L'elenco delle persone che leggono le segnalazioni non è firmato validamente con la chiave del canale.",
    },
    unverifiedExternal: "In alternativa può segnalare a un'autorità esterna:",
    fingerprintPinned: (f: string): string =>
      `Verificato: la chiave del canale corrisponde al suo link (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Impronta della chiave del canale: ${f}. La confronti con quella del manifesto o dell'avviso prima di scrivere.`,
  },
};

export default it;
