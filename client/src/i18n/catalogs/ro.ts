/** Română: formularul de raportare, pagina codului de acces și căsuța dosarului. Stare: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const ro: ReporterTranslation = {
  lang: "ro",
  locale: "ro-RO",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/ro/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Salt la conținutul principal",
    home: "Pagina principală",
    notice: "Informații pentru lucrători (anunț)",
    noscript:
      "Formularul de raportare și căsuța dosarului au nevoie de JavaScript: cuvintele dumneavoastră sunt " +
      "criptate pe acest dispozitiv înainte de a fi trimise, iar pentru asta este nevoie de JavaScript. " +
      "Puteți citi această pagină și fără el.",
    noscriptAllow:
      "Pentru a permite JavaScript doar pentru acest site: în Tor Browser este suficient nivelul „Mai sigur” " +
      "(pictograma scut, Setări); la nivelul „Cel mai sigur”, adăugați butonul NoScript în bara de " +
      "instrumente și alegeți „Acordă încredere temporar” pentru acest site. În alte browsere, deschideți " +
      "setările site-ului de lângă bara de adrese și permiteți JavaScript pentru acest site.",
    noscriptElsewhere: "Puteți raporta și acestor autorități și organisme ale UE (linkuri simple):",
    language: "Limba",
    leave: "Ieșire rapidă",
    leaveHint: "Înlocuiește această pagină cu una goală și șterge ce ați scris.",
    notLegalAdvice: "Acestea sunt informații generale, nu consultanță juridică.",
    loading: "Se încarcă…",
    required: "(obligatoriu)",
    optional: "(opțional)",
  },
  landing: {
    title: "Raportați în siguranță",
    intro:
      "Acesta este un canal confidențial pentru raportarea încălcărilor legii de care ați aflat în " +
      "contextul muncii: de exemplu fraudă, corupție, riscuri pentru siguranță sau sănătate, daune aduse " +
      "mediului, încălcări ale protecției datelor sau riscuri generate de sisteme de IA. Puteți rămâne anonim.",
    makeReport: "Faceți o raportare",
    makeReportHint: "Durează circa 10 minute. Fără cont, fără adresă de e-mail, fără nume.",
    openInbox: "Deschideți căsuța dosarului",
    openInboxHint:
      "Ați raportat deja? Folosiți codul de acces pentru a citi răspunsurile și a răspunde la întrebări.",
    howTitle: "Cum funcționează",
    how1: "Raportarea este criptată în browserul dumneavoastră înainte de trimitere. Serverul păstrează doar text pe care nu îl poate citi; numai persoanele desemnate să gestioneze dosarele îl pot deschide.",
    how2: "Nu păstrăm adresa dumneavoastră IP și nimic despre dispozitivul dumneavoastră. Pentru mai multă siguranță, folosiți un dispozitiv și o rețea pe care angajatorul nu le controlează.",
    how3: "După trimitere primiți un cod de acces. Este singura cheie a căsuței dosarului, în care citiți răspunsurile și puteți răspunde. Nimeni nu îl poate recupera pentru dumneavoastră.",
    how4: "Primiți o confirmare de primire în 7 zile și feedback privind acțiunile subsecvente în 3 luni.",
    externalTitle: "Puteți raporta și în afara organizației",
    external:
      "Puteți raporta oricând direct unei autorități competente sau unei instituții, unui organ, oficiu sau " +
      "agenții a UE, de exemplu instrumentului de raportare al Oficiului pentru IA al UE privind " +
      "Regulamentul IA. Nu sunteți niciodată obligat să raportați mai întâi aici.",
    externalNotice: "Anunțul enumeră autoritățile și cum le puteți contacta",
    aiOfficeLink: "Despre instrumentul de raportare al Oficiului pentru IA (site-ul Comisiei Europene)",
    handlerTitle: "Pentru persoanele care gestionează dosarele",
    handlerLink: "Autentificare pentru gestionarea dosarelor",
  },
  report: {
    categoryNotSureHint:
      "Nu știți ce subiect se potrivește? Alegeți „Altceva / nu sunt sigur” din capul listei: persoanele care gestionează dosarul îl vor încadra.",
    notSureButton: "Nu sunt sigur: alegeți „Altceva / nu sunt sigur”",
    groupNotSure: "Altceva / nu sunt sigur",
    groupEuLaw: "Încălcări ale dreptului Uniunii",
    groupAiRisks: "Siguranța IA și drepturile fundamentale",
    groupNational: "Încălcări ale dreptului național",
    draftWarning: "Raportarea nu a fost trimisă. Dacă părăsiți această pagină, ce ați scris se pierde.",
    elsewhereSummary: "Alte locuri unde puteți raporta",
    receiptFor: "Raportare către",
    inboxFailed:
      "Căsuța nu a putut fi deschisă aici. Codul de acces este încă afișat mai sus; deschideți cu el pagina căsuței.",
    title: "Faceți o raportare",
    intro:
      "Spuneți cu propriile cuvinte ce s-a întâmplat. Doar primele două întrebări sunt obligatorii. Tot ce " +
      "scrieți este criptat în acest browser înainte de trimitere.",
    channel: "Unde trebuie să ajungă raportarea?",
    category: "Despre ce este vorba?",
    categoryPlaceholder: "Alegeți un subiect",
    what: "Ce s-a întâmplat?",
    whatHint:
      "Descrieți faptele pe care le cunoașteți. Spuneți ce ați văzut personal și ce ați auzit de la alții.",
    whenWhere: "Când și unde s-a întâmplat?",
    whenWhereHint: "Date, locuri, sisteme sau proiecte, în măsura în care le cunoașteți.",
    who: "Cine este implicat?",
    whoHint: "Numele sau funcțiile persoanelor ori echipelor vizate, dacă le cunoașteți.",
    relationship: "Relația dumneavoastră cu organizația",
    relationshipHint: "Opțional. Dacă lăsați necompletat, vă poate ajuta să rămâneți anonim.",
    filesLabel: "Fișiere",
    recordVoice: "Înregistrați un mesaj vocal",
    filesHint:
      "Documente, capturi de ecran, jurnale. Fiecare fișier este criptat în acest browser înainte de a fi trimis, după raportare.",
    relationshipNone: "Lăsați necompletat",
    aboutTitle: "Despre dumneavoastră (opțional)",
    identityLegend: "Identitatea dumneavoastră (opțional)",
    identityWarning:
      "Lăsați această secțiune necompletată pentru a rămâne anonim. Dacă o completați, este criptată cu o " +
      "cheie separată pe care o pot deschide doar custozii (persoanele desemnate să protejeze identitatea " +
      "persoanelor care efectuează raportări). Celelalte persoane care gestionează dosarul văd doar că există.",
    identityNoCustodians:
      "În prezent nimeni nu are rolul de custode, așa că identitatea dumneavoastră nu ar putea fi protejată " +
      "separat. Lăsați această secțiune necompletată.",
    identityName: "Numele dumneavoastră",
    identityContact: "Cum vă putem contacta",
    identityContactHint: "O adresă de e-mail sau un număr de telefon personal, nu de serviciu.",
    identityNote: "Alte detalii despre contact",
    detailsWarning:
      "Și detaliile din răspunsuri pot dezvălui cine sunteți. Scrieți ce este necesar pentru a înțelege " +
      "problema și omiteți restul.",
    coiLegend: "Persoane care nu trebuie să vadă această raportare (opțional)",
    coiHint:
      "Bifați persoanele implicate în ce raportați sau care ar putea avea un conflict de interese. " +
      "Raportarea nu este criptată pentru ele, deci nu o pot deschide, iar nimeni nu le poate da acces mai târziu.",
    beforeTitle: "Înainte de trimitere",
    beforeAnonymity:
      "Anonimat: raportarea este criptată în acest browser. Nu o vedem niciodată în formă lizibilă și nu " +
      "păstrăm adresa dumneavoastră IP. Doar persoanele care gestionează dosarul o pot citi.",
    beforeToken:
      "Codul de acces: după trimitere primiți un cod afișat o singură dată. Este singura cale spre căsuța " +
      "dosarului. Păstrați-l în siguranță și confidențial; nimeni nu îl poate recupera pentru dumneavoastră.",
    beforeNext:
      "Ce urmează: primiți o confirmare de primire în 7 zile și feedback în 3 luni. Verificați căsuța: nu " +
      "avem altă cale de a vă contacta, decât dacă ne indicați una. Datele exacte apar după trimitere.",
    beforeExternal:
      "Puteți raporta oricând unei autorități competente sau unei instituții, unui organ, oficiu sau agenții " +
      "a UE, inclusiv instrumentului de raportare al Oficiului pentru IA, în loc de aici sau în plus. Nu " +
      "sunteți niciodată obligat să raportați mai întâi aici.",
    submit: "Criptați și trimiteți raportarea",
    loadingConfig: "Se încarcă formularul…",
    configFailed: "Formularul nu a putut fi încărcat. Verificați conexiunea și reîncărcați pagina.",
    encrypting: "Raportarea se criptează în acest browser…",
    sending: "Se trimite raportarea criptată…",
    missingCategory: "Alegeți despre ce este raportarea.",
    missingWhat: "Descrieți ce s-a întâmplat.",
    failedClosed: "Criptarea a eșuat, așa că nu s-a trimis nimic. Reîncărcați pagina și încercați din nou.",
    sendFailed: "Raportarea nu a fost trimisă:",
    noHandlers: "Încă nimeni nu poate primi raportări pe acest canal, așa că nu s-a trimis nimic.",
    allExcluded:
      "Ați exclus toate persoanele care ar putea citi raportarea. Lăsați cel puțin o persoană nebifată.",
    sentTitle: "Raportarea a fost trimisă",
    spellToken: "Citiți codul de acces caracter cu caracter",
    tokenGroup: (n: number): string => `Grupul ${n}`,
    tokenTitle: "Codul dumneavoastră de acces",
    tokenOnce:
      "Acest cod este afișat o singură dată. Salvați-l acum. Oricine îl are vă poate citi dosarul, așa că păstrați-l confidențial.",
    copy: "Copiați",
    copied: "Copiat.",
    copyFailed: "Copierea nu este posibilă aici. Selectați codul și copiați-l sau notați-l.",
    download: "Descărcați ca fișier text",
    print: "Tipăriți",
    inboxAt: "Căsuța dosarului:",
    tokenFileIntro:
      "Codul de acces al raportării. Păstrați-l confidențial: oricine îl are vă poate citi dosarul.",
    datesTitle: "Ce urmează",
    receivedOn: "Primită la",
    ackBy: "Confirmare de primire până la",
    feedbackBy: "Feedback până la",
    disclosureFrom: "Divulgarea publică poate fi protejată de la",
    disclosureShort:
      "Contează doar dacă nu se iau măsuri adecvate; căsuța explică ce înseamnă. Informații generale, nu consultanță juridică.",
    datesHint:
      "Deschideți căsuța cu codul pentru a vedea confirmarea de primire, răspunsurile și feedbackul.",
    saved: "Mi-am salvat codul într-un loc sigur",
    continue: "Continuați spre căsuță",
    leaveWarning: "Nu ați confirmat că v-ați salvat codul. Nu poate fi afișat din nou.",
  },
  inbox: {
    furtherFeedbackTitle: "Feedback suplimentar",
    furtherFeedbackHint:
      "Potrivit dreptului irlandez, puteți cere feedback suplimentar la fiecare 3 luni, până când cazul dumneavoastră este închis. Cererea dumneavoastră se adaugă la mesaje, semnată în acest browser.",
    furtherFeedbackAsk: "Cereți feedback suplimentar la fiecare 3 luni",
    furtherFeedbackText: "Cer feedback suplimentar la fiecare 3 luni, până când cazul meu este închis.",
    furtherFeedbackAsked: "Ați cerut feedback suplimentar la",
    furtherFeedbackBy: "Feedback suplimentar până la",
    furtherFeedbackExplain:
      "La 3 luni după ultimul feedback, pentru că l-ați cerut. Se repetă până când cazul este închis.",
    notSetAck:
      "Nicio dată: termenul confirmării de primire există doar până când raportarea este confirmată.",
    notSetFeedback: "Încă nicio dată: se stabilește când termenul legal pentru feedback poate fi calculat.",
    notSetDisclosure:
      "Nicio dată, deoarece feedbackul privind rezultatul a venit în termen sau deoarece dreptul acestui canal nu prevede una. Protecția de la articolul 15 alineatul (1) litera (b), care nu cere așteptare, nu este afectată.",
    datesMore: "Fiecare dată arată regula din care provine.",
    todo: {
      "answer-question": "V-am pus o întrebare. Vă rugăm să răspundeți mai jos.",
      "read-reply": "V-am scris. Citiți mesajul de mai jos; puteți răspunde dacă doriți.",
      "read-feedback":
        "V-am oferit feedback despre ce s-a făcut. Citiți-l mai jos; ne puteți scrie în continuare.",
      closed: "Dosarul este închis. Puteți citi în continuare totul aici.",
      "wait-ack": "Deocamdată nu aveți nimic de făcut. Raportarea a sosit; vom confirma primirea aici.",
      "wait-follow-up":
        "Deocamdată nu aveți nimic de făcut. Luăm acțiuni subsecvente; reveniți aici pentru răspunsuri.",
    },
    title: "Căsuța dosarului",
    intro:
      "Introduceți codul de acces primit la raportare. Este verificat și transformat în chei în acest " +
      "browser; codul însuși nu este trimis niciodată.",
    token: "Cod de acces",
    tokenHint: "Cinci grupuri de câte cinci caractere. Majuscule sau minuscule, cu sau fără cratime.",
    open: "Deschideți căsuța",
    badToken: "Verificați codul: un caracter pare greșit.",
    notFound: "Niciun dosar nu corespunde acestui cod. Verificați-l și încercați din nou.",
    opening: "Se deschide căsuța…",
    lock: "Blocați",
    lockHint: "Blocați când ați terminat: totul este șters de pe această pagină.",
    status: "Stadiu",
    outcome: "Rezultat",
    datesTitle: "Datele dumneavoastră",
    receivedOn: "Primită",
    receivedExplain: "Ziua în care a sosit raportarea.",
    acknowledgedOn: "Primire confirmată la",
    ackBy: "Confirmarea de primire datorată până la",
    ackExplain: "Până la această dată, organizația trebuie să confirme că a primit raportarea.",
    ackDone: "Organizația a confirmat primirea raportării la această dată.",
    feedbackBy: "Feedback datorat până la",
    feedbackExplain:
      "Până la această dată trebuie să aflați ce s-a făcut sau ce se intenționează în legătură cu raportarea, și de ce.",
    disclosureFrom: "Divulgarea publică poate fi protejată de la",
    disclosureExplain:
      "De la această dată, dacă nu s-au luat măsuri adecvate în urma raportării, a face informațiile " +
      "publice poate fi protejat (articolul 15 alineatul (1) litera (a) din directivă). Aceasta se aplică " +
      "doar dacă ați raportat și unei autorități competente, iar nici aceasta nu a luat măsuri adecvate în " +
      "propriul termen, sau dacă ați raportat direct autorității. Fără a aștepta, divulgarea publică poate fi " +
      "protejată și atunci când există un pericol iminent sau evident pentru interesul public ori când " +
      "raportarea către autoritate implică riscul de represalii sau de ascundere a probelor (articolul 15 " +
      "alineatul (1) litera (b)). Cereți sfatul înainte de a face faptele publice, de exemplu unei " +
      "organizații de sprijin menționate în anunț.",
    basis: "Temei juridic:",
    noDate: "Nestabilită",
    threadTitle: "Mesaje",
    threadEmpty: "Încă nu există mesaje.",
    replyLabel: "Scrieți un răspuns",
    replyHint:
      "Criptat în acest browser înainte de trimitere. Doar persoanele care gestionează dosarul îl pot citi.",
    send: "Criptați și trimiteți",
    sending: "Se trimite…",
    sent: "Trimis.",
    emptyReply: "Scrieți mai întâi un mesaj.",
    locked: "Blocat. Introduceți codul pentru a redeschide căsuța.",
  },
  fields: {
    category: "Categorie",
    whatHappened: "Ce s-a întâmplat",
    whenWhere: "Când și unde",
    whoInvolved: "Cine este implicat",
    relationship: "Relația cu organizația",
    attachments: "Atașamente",
    none: "(nu s-a indicat)",
  },
  status: {
    received: "Primită",
    acknowledged: "Primire confirmată",
    in_follow_up: "Acțiuni subsecvente în curs",
    feedback_given: "Feedback oferit",
    closed: "Închisă",
  },
  outcome: {
    substantiated: "Întemeiată",
    unsubstantiated: "Neîntemeiată",
    referred: "Transmisă unei autorități",
    no_action: "Nu sunt necesare măsuri",
    withdrawn: "Retrasă",
  },
  kind: {
    further_feedback_request: "Cerere de feedback suplimentar",
    final_outcome: "Rezultat final",
    report: "Raportare",
    message: "Mesaj",
    acknowledgement: "Confirmare de primire",
    request_info: "Cerere de informații suplimentare",
    feedback: "Feedback",
    disclosure_notice: "Notificare: identitatea dumneavoastră va fi dezvăluită",
    minimisation: "Date eliminate (art. 17)",
  },
  minimised: {
    entry:
      "Aici a fost eliminată o înregistrare în temeiul art. 17 din directivă: datele cu caracter personal care nu sunt necesare se șterg.",
    attachment:
      "A fost eliminat un fișier în temeiul art. 17 din directivă: datele cu caracter personal care nu sunt necesare se șterg.",
    reason: "Motiv",
    reasons: {
      not_relevant: "nu are legătură cu raportarea",
      untrue: "s-a dovedit neadevărat",
      out_of_scope: "în afara domeniului de aplicare al normelor privind avertizorii",
    },
  },
  author: {
    reporter: "Persoana care efectuează raportarea",
    handler: "Persoana care gestionează dosarul",
    you: "Dumneavoastră",
  },
  errors: {
    network: "Serverul nu poate fi contactat. Verificați conexiunea și încercați din nou.",
    server: "A apărut o eroare pe server. Încercați din nou mai târziu.",
    rejected: "Serverul nu a acceptat această cerere. Reîncărcați pagina și încercați din nou.",
    undecryptable: "Această intrare nu a putut fi decriptată.",
    unsupported: "Această intrare folosește un format pe care această pagină nu îl cunoaște.",
    unverified:
      "Această înregistrare nu a putut fi verificată, așa că nu este afișată. Este posibil să fi fost adăugată, modificată, eliminată sau reordonată pe server.",
    unwrapFailed: "Cheia dosarului nu a putut fi deschisă cu cheia dumneavoastră.",
    recipientMismatch:
      "Cheia dosarului de pe server nu corespunde dosarului deschis, așa că nu s-a trimis nimic. Semnalați acest lucru unui administrator.",
    badRecipient: "O cheie de destinatar de pe server nu este de tipul așteptat, așa că nu s-a trimis nimic.",
    weakKdf: "Serverul a oferit setări de cheie nesigure, așa că fraza de acces nu a fost folosită.",
    rateLimited: "Prea multe încercări. Așteptați câteva minute și încercați din nou.",
    notSent:
      "Acest lucru nu a putut fi pregătit în acest browser, așa că nu s-a trimis nimic. Încercați din nou.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "a mai rămas 1 zi" : `au mai rămas ${n} zile`),
    daysOver: (n: number): string => (n === 1 ? "1 zi întârziere" : `${n} zile întârziere`),
    today: "termen astăzi",
  },
  receipt: {
    download: "Descărcați confirmarea semnată",
    hint: "Canalul semnează această confirmare: arată că ați raportat și când. Păstrați-o împreună cu codul. Oricine o poate verifica, chiar și fără conexiune, pe pagina /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Acest canal nu poate fi verificat acum, așa că această pagină nu va cripta și nu va trimite nimic. Raportarea dumneavoastră rămâne la dumneavoastră: nimic nu a părăsit acest dispozitiv.",
    unverifiedWhy: {
      "no-roster": "Canalul nu are încă o listă semnată a persoanelor care citesc raportările.",
      "bad-pin":
        "Linkul pe care l-ați deschis conține o amprentă a cheii canalului care nu este scrisă corect.",
      "pin-mismatch":
        "Cheia canalului nu corespunde amprentei din linkul pe care l-ați deschis (de pe afiș sau din anunț). Este posibil ca cineva să încerce să citească raportări pe care nu ar trebui să le citească.",
      expired: "Lista semnată a persoanelor care citesc raportările este expirată.",
      invalid: "Lista persoanelor care citesc raportările nu este semnată valabil cu cheia canalului.",
    },
    unverifiedExternal: "În schimb, puteți raporta unei autorități externe:",
    fingerprintPinned: (f: string): string =>
      `Verificat: cheia canalului corespunde linkului dumneavoastră (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Amprenta cheii canalului: ${f}. Comparați-o cu cea de pe afiș sau din anunț înainte de a scrie.`,
  },
};

export default ro;
