/** Hrvatski: obrazac za prijavu, stranica s pristupnim kodom i pretinac predmeta. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const hr: ReporterTranslation = {
  lang: "hr",
  locale: "hr-HR",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/hr/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Prijeđi na glavni sadržaj",
    home: "Početna stranica",
    notice: "Informacije za radnike (obavijest)",
    noscript:
      "Obrazac za prijavu i pretinac predmeta trebaju JavaScript: vaše se riječi šifriraju na ovom uređaju " +
      "prije slanja, a za to je potreban JavaScript. Ovu stranicu možete pročitati i bez njega.",
    noscriptAllow:
      "Kako dopustiti JavaScript samo za ovu stranicu: u pregledniku Tor Browser dovoljna je razina " +
      "„Sigurnije” (ikona štita, Postavke); na razini „Najsigurnije” dodajte gumb NoScript na alatnu traku i " +
      "za ovu stranicu odaberite „Privremeno vjeruj”. U drugim preglednicima otvorite postavke stranice pokraj " +
      "adresne trake i dopustite JavaScript za ovu stranicu.",
    noscriptElsewhere: "Prijavu možete podnijeti i ovim tijelima i tijelima EU-a (obične poveznice):",
    language: "Jezik",
    leave: "Brzo napusti",
    leaveHint: "Zamjenjuje ovu stranicu praznom i briše ono što ste napisali.",
    notLegalAdvice: "Ovo su opće informacije, a ne pravni savjet.",
    loading: "Učitavanje…",
    required: "(obvezno)",
    optional: "(neobvezno)",
  },
  landing: {
    title: "Prijavite sigurno",
    intro:
      "Ovo je povjerljivi kanal za prijavu kršenja prava za koja ste saznali u vezi s radom: na primjer " +
      "prijevare, korupcije, rizika za sigurnost ili zdravlje, štete za okoliš, povreda zaštite podataka ili " +
      "rizika od sustava umjetne inteligencije. Možete ostati anonimni.",
    makeReport: "Podnesite prijavu",
    makeReportHint: "Traje oko 10 minuta. Bez računa, bez adrese e-pošte, bez imena.",
    openInbox: "Otvorite pretinac predmeta",
    openInboxHint: "Već ste prijavili? Pristupnim kodom pročitajte odgovore i odgovorite na pitanja.",
    howTitle: "Kako to funkcionira",
    how1: "Vaša se prijava šifrira u vašem pregledniku prije slanja. Poslužitelj pohranjuje samo tekst koji ne može pročitati; otvoriti ga mogu samo imenovane osobe koje postupaju po predmetima.",
    how2: "Ne pohranjujemo vašu IP adresu ni išta o vašem uređaju. Za veću sigurnost upotrijebite uređaj i mrežu koje vaš poslodavac ne kontrolira.",
    how3: "Nakon slanja dobivate pristupni kod. To je jedini ključ pretinca predmeta, u kojem čitate odgovore i možete odgovoriti. Nitko ga ne može vratiti umjesto vas.",
    how4: "Potvrdu primitka dobivate u roku od 7 dana, a povratne informacije o daljnjem postupanju u roku od 3 mjeseca.",
    externalTitle: "Možete prijaviti i izvan organizacije",
    external:
      "Uvijek možete prijaviti izravno nadležnom tijelu ili instituciji, tijelu, uredu ili agenciji EU-a, " +
      "na primjer alatu Ureda EU-a za umjetnu inteligenciju za zviždače u vezi s Aktom o umjetnoj " +
      "inteligenciji. Nikada ne morate najprije prijaviti ovdje.",
    externalNotice: "Obavijest navodi tijela i kako ih kontaktirati",
    aiOfficeLink:
      "O alatu Ureda za umjetnu inteligenciju za zviždače (internetska stranica Europske komisije)",
    handlerTitle: "Za osobe koje postupaju po predmetima",
    handlerLink: "Prijavite se za postupanje po predmetima",
  },
  report: {
    categoryNotSureHint:
      "Ne znate koja tema odgovara? Odaberite „Ostalo / nisam siguran” na vrhu popisa: osobe koje postupaju po predmetu razvrstat će je.",
    notSureButton: "Nisam siguran: odaberi „Ostalo / nisam siguran”",
    groupNotSure: "Ostalo / nisam siguran",
    groupEuLaw: "Kršenja prava Unije",
    groupAiRisks: "Sigurnost umjetne inteligencije i temeljna prava",
    groupNational: "Kršenja nacionalnog prava",
    draftWarning: "Vaša prijava nije poslana. Ako napustite ovu stranicu, napisano će se izgubiti.",
    elsewhereSummary: "Druga mjesta za prijavu",
    receiptFor: "Prijava za",
    inboxFailed:
      "Pretinac se ovdje nije mogao otvoriti. Vaš pristupni kod i dalje je prikazan gore; njime otvorite stranicu pretinca.",
    title: "Podnesite prijavu",
    intro:
      "Svojim riječima opišite što se dogodilo. Obvezna su samo prva dva pitanja. Sve što napišete šifrira se " +
      "u ovom pregledniku prije slanja.",
    channel: "Kamo treba otići vaša prijava?",
    category: "Na što se odnosi?",
    categoryPlaceholder: "Odaberite temu",
    what: "Što se dogodilo?",
    whatHint: "Opišite činjenice koje znate. Navedite što ste sami vidjeli, a što ste čuli od drugih.",
    whenWhere: "Kada i gdje se to dogodilo?",
    whenWhereHint: "Datumi, mjesta, sustavi ili projekti, koliko ih znate.",
    who: "Tko je uključen?",
    whoHint: "Imena ili funkcije osoba ili timova na koje se to odnosi, ako ih znate.",
    relationship: "Vaša veza s organizacijom",
    relationshipHint: "Neobvezno. Ako ostavite prazno, lakše ćete ostati anonimni.",
    filesLabel: "Datoteke",
    recordVoice: "Snimite glasovnu poruku",
    filesHint:
      "Dokumenti, snimke zaslona, zapisi. Svaka se datoteka šifrira u ovom pregledniku prije slanja, nakon prijave.",
    relationshipNone: "Ostavi prazno",
    aboutTitle: "O vama (neobvezno)",
    identityLegend: "Vaš identitet (neobvezno)",
    identityWarning:
      "Ostavite ovaj dio prazan ako želite ostati anonimni. Ako ga ispunite, šifrira se posebnim ključem koji " +
      "mogu otvoriti samo čuvari (osobe imenovane za zaštitu identiteta prijavitelja). Ostale osobe koje " +
      "postupaju po predmetu vide samo da postoji.",
    identityNoCustodians:
      "Trenutačno nitko nema ulogu čuvara pa vaš identitet ne bi mogao biti zasebno zaštićen. Ostavite ovaj dio prazan.",
    identityName: "Vaše ime",
    identityContact: "Kako vas kontaktirati",
    identityContactHint: "Privatna adresa e-pošte ili broj telefona, ne poslovni.",
    identityNote: "Ostalo o kontaktu s vama",
    detailsWarning:
      "I pojedinosti u vašim odgovorima mogu otkriti tko ste. Napišite ono što je potrebno za razumijevanje " +
      "problema, a ostalo izostavite.",
    coiLegend: "Osobe koje ne smiju vidjeti ovu prijavu (neobvezno)",
    coiHint:
      "Označite one koji su uključeni u ono što prijavljujete ili bi mogli biti u sukobu interesa. Vaša " +
      "prijava za njih neće biti šifrirana, pa je ne mogu otvoriti, i nitko im kasnije ne može dati pristup.",
    beforeTitle: "Prije slanja",
    beforeAnonymity:
      "Anonimnost: vaša se prijava šifrira u ovom pregledniku. Nikada je ne vidimo u čitljivom obliku i ne " +
      "pohranjujemo vašu IP adresu. Čitati je mogu samo osobe koje postupaju po predmetu.",
    beforeToken:
      "Vaš pristupni kod: nakon slanja dobivate kod koji se prikazuje samo jednom. To je jedini put do " +
      "pretinca predmeta. Čuvajte ga sigurno i privatno; nitko ga ne može vratiti umjesto vas.",
    beforeNext:
      "Što slijedi: potvrdu primitka dobivate u roku od 7 dana, a povratne informacije u roku od 3 mjeseca. " +
      "Provjeravajte pretinac: nemamo drugog načina da vas kontaktiramo ako nam ga ne navedete. Točni datumi " +
      "prikazuju se nakon slanja.",
    beforeExternal:
      "Uvijek možete prijaviti nadležnom tijelu ili instituciji, tijelu, uredu ili agenciji EU-a, uključujući " +
      "alat Ureda za umjetnu inteligenciju, umjesto ovdje ili dodatno. Nikada ne morate najprije prijaviti ovdje.",
    submit: "Šifriraj i pošalji prijavu",
    loadingConfig: "Učitavanje obrasca…",
    configFailed: "Obrazac nije moguće učitati. Provjerite vezu i ponovno učitajte stranicu.",
    encrypting: "Vaša se prijava šifrira u ovom pregledniku…",
    sending: "Slanje šifrirane prijave…",
    missingCategory: "Odaberite na što se vaša prijava odnosi.",
    missingWhat: "Opišite što se dogodilo.",
    failedClosed:
      "Šifriranje nije uspjelo pa ništa nije poslano. Ponovno učitajte stranicu i pokušajte ponovno.",
    sendFailed: "Vaša prijava nije poslana:",
    noHandlers: "Na ovom kanalu još nitko ne može primati prijave pa ništa nije poslano.",
    allExcluded:
      "Isključili ste sve koji bi mogli pročitati vašu prijavu. Ostavite barem jednu osobu neoznačenu.",
    sentTitle: "Vaša je prijava poslana",
    spellToken: "Pročitaj pristupni kod znak po znak",
    tokenGroup: (n: number): string => `Skupina ${n}`,
    tokenTitle: "Vaš pristupni kod",
    tokenOnce:
      "Ovaj se kod prikazuje samo jednom. Spremite ga sada. Tko ga ima, može čitati vaš predmet, zato ga čuvajte privatno.",
    copy: "Kopiraj",
    copied: "Kopirano.",
    copyFailed: "Kopiranje ovdje nije moguće. Označite kod i kopirajte ga ili ga zapišite.",
    download: "Preuzmi kao tekstnu datoteku",
    print: "Ispiši",
    inboxAt: "Pretinac vašeg predmeta:",
    tokenFileIntro: "Pristupni kod vaše prijave. Čuvajte ga privatno: tko ga ima, može čitati vaš predmet.",
    datesTitle: "Što slijedi",
    receivedOn: "Zaprimljeno",
    ackBy: "Potvrda primitka najkasnije",
    feedbackBy: "Povratne informacije najkasnije",
    disclosureFrom: "Javno razotkrivanje može biti zaštićeno od",
    disclosureShort:
      "Važno je samo ako se ne poduzmu odgovarajuće mjere; pretinac objašnjava što to znači. Opće informacije, a ne pravni savjet.",
    datesHint: "Otvorite pretinac kodom da vidite potvrdu primitka, odgovore i povratne informacije.",
    saved: "Spremio/la sam kod na sigurno mjesto",
    continue: "Nastavi u pretinac",
    leaveWarning: "Niste potvrdili da ste spremili kod. Ne može se ponovno prikazati.",
  },
  inbox: {
    furtherFeedbackTitle: "Dodatne povratne informacije",
    furtherFeedbackHint:
      "Prema irskom pravu možete zatražiti dodatne povratne informacije svaka 3 mjeseca dok se vaš slučaj ne zatvori. Vaš se zahtjev dodaje porukama, potpisan u ovom pregledniku.",
    furtherFeedbackAsk: "Zatražite dodatne povratne informacije svaka 3 mjeseca",
    furtherFeedbackText: "Tražim dodatne povratne informacije svaka 3 mjeseca dok se moj slučaj ne zatvori.",
    furtherFeedbackAsked: "Zatražili ste dodatne povratne informacije dana",
    furtherFeedbackBy: "Dodatne povratne informacije do",
    furtherFeedbackExplain:
      "3 mjeseca nakon posljednjih povratnih informacija, jer ste ih zatražili. Ponavlja se dok se slučaj ne zatvori.",
    notSetAck: "Nema datuma: rok za potvrdu primitka vrijedi samo dok vaša prijava nije potvrđena.",
    notSetFeedback:
      "Još nema datuma: određuje se kad se može izračunati zakonski rok za povratne informacije.",
    notSetDisclosure:
      "Nema datuma jer su povratne informacije o ishodu stigle u roku ili jer pravo ovog kanala ne propisuje rok. Zaštita iz članka 15. stavka 1. točke (b), koja ne traži čekanje, ostaje netaknuta.",
    datesMore: "Uz svaki datum navedeno je pravilo iz kojeg proizlazi.",
    todo: {
      "answer-question": "Postavili smo vam pitanje. Odgovorite na njega u nastavku.",
      "read-reply": "Pisali smo vam. Pročitajte poruku u nastavku; možete odgovoriti ako želite.",
      "read-feedback":
        "Dali smo vam povratne informacije o onome što je učinjeno. Pročitajte ih u nastavku; i dalje nam možete pisati.",
      closed: "Vaš je predmet zatvoren. Ovdje i dalje možete sve pročitati.",
      "wait-ack": "Sada ne trebate ništa činiti. Vaša je prijava stigla; primitak ćemo potvrditi ovdje.",
      "wait-follow-up":
        "Sada ne trebate ništa činiti. Postupamo dalje; vratite se ovamo po odgovore i povratne informacije.",
    },
    title: "Pretinac vašeg predmeta",
    intro:
      "Unesite pristupni kod koji ste dobili pri prijavi. Provjerava se i pretvara u ključeve u ovom " +
      "pregledniku; sam kod nikada se ne šalje.",
    token: "Pristupni kod",
    tokenHint: "Pet skupina od pet znakova. Velika ili mala slova, s crticama ili bez njih.",
    open: "Otvori pretinac",
    badToken: "Provjerite kod: jedan znak izgleda pogrešno.",
    notFound: "Nijedan predmet ne odgovara ovom kodu. Provjerite ga i pokušajte ponovno.",
    opening: "Otvaranje pretinca…",
    lock: "Zaključaj",
    lockHint: "Zaključajte kad završite: sve se briše s ove stranice.",
    status: "Stanje",
    outcome: "Ishod",
    datesTitle: "Vaši datumi",
    receivedOn: "Zaprimljeno",
    receivedExplain: "Dan kada je vaša prijava stigla.",
    acknowledgedOn: "Primitak potvrđen",
    ackBy: "Potvrda primitka najkasnije do",
    ackExplain: "Do ovog datuma organizacija mora potvrditi da je primila vašu prijavu.",
    ackDone: "Organizacija je potvrdila primitak vaše prijave ovog datuma.",
    feedbackBy: "Povratne informacije najkasnije do",
    feedbackExplain:
      "Do ovog datuma trebali biste saznati što je učinjeno ili planirano u vezi s vašom prijavom i zašto.",
    disclosureFrom: "Javno razotkrivanje može biti zaštićeno od",
    disclosureExplain:
      "Od ovog datuma objavljivanje informacija može biti zaštićeno ako na temelju vaše prijave nisu " +
      "poduzete odgovarajuće mjere (članak 15. stavak 1. točka (a) Direktive). To vrijedi samo ako ste " +
      "prijavu podnijeli i nadležnom tijelu, a ni ono nije poduzelo odgovarajuće mjere u svojem roku, ili ako " +
      "ste prijavu podnijeli izravno tijelu. Bez čekanja javno razotkrivanje može biti zaštićeno i kad postoji " +
      "neposredna ili očita opasnost za javni interes ili kad prijava tijelu nosi rizik od osvete ili " +
      "skrivanja dokaza (članak 15. stavak 1. točka (b)). Prije izlaska u javnost potražite savjet, na " +
      "primjer od organizacije za potporu navedene u obavijesti.",
    basis: "Pravna osnova:",
    noDate: "Nije određeno",
    threadTitle: "Poruke",
    threadEmpty: "Još nema poruka.",
    replyLabel: "Napišite odgovor",
    replyHint:
      "Šifrira se u ovom pregledniku prije slanja. Čitati ga mogu samo osobe koje postupaju po predmetu.",
    send: "Šifriraj i pošalji",
    sending: "Slanje…",
    sent: "Poslano.",
    emptyReply: "Najprije napišite poruku.",
    locked: "Zaključano. Unesite kod da ponovno otvorite pretinac.",
  },
  fields: {
    category: "Kategorija",
    whatHappened: "Što se dogodilo",
    whenWhere: "Kada i gdje",
    whoInvolved: "Tko je uključen",
    relationship: "Veza s organizacijom",
    attachments: "Privici",
    none: "(nije navedeno)",
  },
  status: {
    received: "Zaprimljeno",
    acknowledged: "Primitak potvrđen",
    in_follow_up: "Daljnje postupanje u tijeku",
    feedback_given: "Povratne informacije dane",
    closed: "Zatvoreno",
  },
  outcome: {
    substantiated: "Osnovano",
    unsubstantiated: "Neosnovano",
    referred: "Upućeno nadležnom tijelu",
    no_action: "Mjere nisu potrebne",
    withdrawn: "Povučeno",
  },
  kind: {
    further_feedback_request: "Zahtjev za dodatne povratne informacije",
    final_outcome: "Konačni ishod",
    report: "Prijava",
    message: "Poruka",
    acknowledgement: "Potvrda primitka",
    request_info: "Zahtjev za dodatne informacije",
    feedback: "Povratne informacije",
    disclosure_notice: "Obavijest: vaš će identitet biti otkriven",
    minimisation: "Podaci uklonjeni (čl. 17.)",
  },
  minimised: {
    entry: "Ovdje je uklonjen unos na temelju čl. 17. Direktive: osobni podaci koji nisu potrebni brišu se.",
    attachment:
      "Uklonjena je datoteka na temelju čl. 17. Direktive: osobni podaci koji nisu potrebni brišu se.",
    reason: "Razlog",
    reasons: {
      not_relevant: "nije povezano s prijavom",
      untrue: "utvrđeno da nije istinito",
      out_of_scope: "izvan područja primjene pravila o prijavljivanju",
    },
  },
  author: {
    reporter: "Prijavitelj",
    handler: "Osoba koja postupa po predmetu",
    you: "Vi",
  },
  errors: {
    network: "Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.",
    server: "Na poslužitelju je došlo do pogreške. Pokušajte kasnije.",
    rejected: "Poslužitelj nije prihvatio ovaj zahtjev. Ponovno učitajte stranicu i pokušajte ponovno.",
    undecryptable: "Ovaj unos nije moguće dešifrirati.",
    unsupported: "Ovaj unos ima oblik koji ova stranica ne poznaje.",
    unverified:
      "Ovaj unos nije bilo moguće provjeriti pa se ne prikazuje. Možda je na poslužitelju dodan, izmijenjen, uklonjen ili premješten.",
    unwrapFailed: "Ključ predmeta nije moguće otvoriti vašim ključem.",
    recipientMismatch:
      "Ključ predmeta s poslužitelja ne odgovara otvorenom predmetu pa ništa nije poslano. Obavijestite administratora.",
    badRecipient: "Ključ primatelja s poslužitelja nije očekivane vrste pa ništa nije poslano.",
    weakKdf: "Poslužitelj je ponudio nesigurne postavke ključa pa lozinka nije upotrijebljena.",
    rateLimited: "Previše pokušaja. Pričekajte nekoliko minuta i pokušajte ponovno.",
    notSent: "To nije bilo moguće pripremiti u ovom pregledniku pa ništa nije poslano. Pokušajte ponovno.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "preostao 1 dan" : `preostalo dana: ${n}`),
    daysOver: (n: number): string => (n === 1 ? "1 dan kašnjenja" : `dana kašnjenja: ${n}`),
    today: "rok danas",
  },
  receipt: {
    download: "Preuzmi potpisanu potvrdu",
    hint: "Kanal potpisuje ovu potvrdu: pokazuje da ste prijavili i kada. Čuvajte je uz svoj kod. Svatko je može provjeriti, i bez veze, na stranici /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Ovaj kanal trenutačno nije moguće provjeriti, pa ova stranica neće ništa šifrirati ni poslati. Vaša prijava ostaje kod vas: ništa nije napustilo ovaj uređaj.",
    unverifiedWhy: {
      "no-roster": "Kanal još nema potpisan popis osoba koje čitaju prijave.",
      "bad-pin": "Poveznica koju ste otvorili sadrži otisak ključa kanala koji nije ispravno napisan.",
      "pin-mismatch":
        "Ključ kanala ne odgovara otisku u poveznici koju ste otvorili (s plakata ili obavijesti). Netko možda pokušava čitati prijave koje ne bi smio.",
      expired: "Potpisani popis osoba koje čitaju prijave je zastario.",
      invalid: "Popis osoba koje čitaju prijave nije valjano potpisan ključem kanala.",
    },
    unverifiedExternal: "Umjesto toga možete podnijeti prijavu vanjskom tijelu:",
    fingerprintPinned: (f: string): string => `Provjereno: ključ kanala odgovara vašoj poveznici (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Otisak ključa kanala: ${f}. Prije pisanja usporedite ga s onim na plakatu ili u obavijesti.`,
  },
};

export default hr;
