/** Nederlands: meldformulier, pagina met de toegangscode en postvak van de zaak. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const nl: ReporterTranslation = {
  lang: "nl",
  locale: "nl-NL",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/nl/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Naar de hoofdinhoud",
    home: "Startpagina",
    notice: "Informatie voor werkenden (kennisgeving)",
    noscript:
      "Het meldformulier en het postvak van de zaak hebben JavaScript nodig: uw woorden worden op dit apparaat " +
      "versleuteld voordat ze worden verzonden, en daarvoor is JavaScript nodig. Deze pagina kunt u ook zonder lezen.",
    noscriptAllow:
      "JavaScript alleen voor deze site toestaan: in Tor Browser is het niveau 'Veiliger' genoeg (schildpictogram, " +
      "Instellingen); bij 'Veiligst' voegt u de NoScript-knop toe aan de werkbalk en kiest u voor deze site " +
      "'Tijdelijk vertrouwen'. Open in andere browsers de site-instellingen naast de adresbalk en sta " +
      "JavaScript toe voor deze site.",
    noscriptElsewhere: "U kunt ook melden bij deze autoriteiten en EU-organen (gewone links):",
    language: "Taal",
    leave: "Snel verlaten",
    leaveHint: "Vervangt deze pagina door een lege pagina en wist wat u hebt getypt.",
    notLegalAdvice: "Dit is algemene informatie, geen juridisch advies.",
    loading: "Laden…",
    required: "(verplicht)",
    optional: "(niet verplicht)",
  },
  landing: {
    title: "Veilig melden",
    intro:
      "Dit is een vertrouwelijk kanaal om inbreuken op het recht te melden waarvan u via uw werk op de hoogte " +
      "bent gekomen: bijvoorbeeld fraude, corruptie, gevaren voor veiligheid of gezondheid, milieuschade, " +
      "inbreuken op de gegevensbescherming of risico's van AI-systemen. U kunt anoniem blijven.",
    makeReport: "Een melding doen",
    makeReportHint: "Duurt ongeveer 10 minuten. Geen account, geen e-mailadres, geen naam nodig.",
    openInbox: "Uw postvak openen",
    openInboxHint: "Al gemeld? Gebruik uw toegangscode om antwoorden te lezen en vragen te beantwoorden.",
    howTitle: "Zo werkt het",
    how1: "Uw melding wordt in uw browser versleuteld voordat ze wordt verzonden. De server bewaart alleen tekst die hij niet kan lezen; alleen de aangewezen behandelaars kunnen die openen.",
    how2: "We bewaren uw IP-adres niet en niets over uw apparaat. Gebruik voor extra veiligheid een apparaat en netwerk die uw werkgever niet beheert.",
    how3: "Na het verzenden krijgt u een toegangscode. Dat is de enige sleutel tot uw postvak, waar u antwoorden leest en kunt reageren. Niemand kan hem voor u herstellen.",
    how4: "U krijgt binnen 7 dagen een ontvangstbevestiging en binnen 3 maanden feedback over de opvolging.",
    externalTitle: "U kunt ook buiten de organisatie melden",
    external:
      "U kunt altijd rechtstreeks melden bij een bevoegde autoriteit of bij een instelling, orgaan of " +
      "instantie van de EU, bijvoorbeeld het klokkenluidersinstrument van het AI-bureau van de EU voor de " +
      "AI-verordening. U hoeft nooit eerst hier te melden.",
    externalNotice: "De kennisgeving noemt de autoriteiten en hoe u ze bereikt",
    aiOfficeLink: "Over het klokkenluidersinstrument van het AI-bureau (website van de Europese Commissie)",
    handlerTitle: "Voor behandelaars",
    handlerLink: "Inloggen om zaken te behandelen",
  },
  report: {
    categoryNotSureHint:
      "Weet u niet welk onderwerp past? Kies 'Anders / weet ik niet' bovenaan de lijst: de behandelaars zoeken het uit.",
    notSureButton: "Ik weet het niet: kies 'Anders / weet ik niet'",
    groupNotSure: "Anders / weet ik niet",
    groupEuLaw: "Inbreuken op het Unierecht",
    groupAiRisks: "Veiligheid van AI en grondrechten",
    groupNational: "Inbreuken op nationaal recht",
    draftWarning:
      "Uw melding is niet verzonden. Als u deze pagina verlaat, gaat wat u hebt geschreven verloren.",
    elsewhereSummary: "Andere plaatsen waar u kunt melden",
    receiptFor: "Melding aan",
    inboxFailed:
      "Het postvak kon hier niet worden geopend. Uw toegangscode staat nog hierboven; open daarmee de postvakpagina.",
    title: "Een melding doen",
    intro:
      "Vertel in uw eigen woorden wat er is gebeurd. Alleen de eerste twee vragen zijn verplicht. Alles wat u " +
      "schrijft, wordt in deze browser versleuteld voordat het wordt verzonden.",
    channel: "Waar moet uw melding heen?",
    category: "Waar gaat het over?",
    categoryPlaceholder: "Kies een onderwerp",
    what: "Wat is er gebeurd?",
    whatHint: "Beschrijf de feiten die u kent. Zeg wat u zelf hebt gezien en wat u van anderen hebt gehoord.",
    whenWhere: "Wanneer en waar is het gebeurd?",
    whenWhereHint: "Data, plaatsen, systemen of projecten, voor zover u ze kent.",
    who: "Wie zijn erbij betrokken?",
    whoHint: "Namen of functies van de betrokken personen of teams, als u die kent.",
    relationship: "Uw relatie met de organisatie",
    relationshipHint: "Niet verplicht. Leeg laten kan u helpen anoniem te blijven.",
    filesLabel: "Bestanden",
    recordVoice: "Een spraakbericht opnemen",
    filesHint:
      "Documenten, schermafbeeldingen, logbestanden. Elk bestand wordt in deze browser versleuteld voordat het na de melding wordt verzonden.",
    relationshipNone: "Leeg laten",
    aboutTitle: "Over u (niet verplicht)",
    identityLegend: "Uw identiteit (niet verplicht)",
    identityWarning:
      "Laat dit deel leeg om anoniem te blijven. Als u het invult, wordt het versleuteld met een aparte sleutel " +
      "die alleen de bewaarders (de personen die zijn aangewezen om de identiteit van melders te beschermen) " +
      "kunnen openen. Andere behandelaars zien alleen dat het bestaat.",
    identityNoCustodians:
      "Op dit moment heeft niemand de rol van bewaarder, dus uw identiteit zou niet apart beschermd kunnen " +
      "worden. Laat dit deel leeg.",
    identityName: "Uw naam",
    identityContact: "Hoe we u kunnen bereiken",
    identityContactHint: "Een privé-e-mailadres of telefoonnummer, niet dat van uw werk.",
    identityNote: "Verder over contact met u",
    detailsWarning:
      "Ook details in uw antwoorden kunnen verraden wie u bent. Schrijf wat nodig is om het probleem te " +
      "begrijpen en laat weg wat niet nodig is.",
    coiLegend: "Personen die deze melding niet mogen zien (niet verplicht)",
    coiHint:
      "Vink aan wie betrokken is bij wat u meldt of een belangenconflict kan hebben. Uw melding wordt niet " +
      "voor hen versleuteld, dus zij kunnen haar niet openen, en niemand kan hun later toegang geven.",
    beforeTitle: "Voordat u verzendt",
    beforeAnonymity:
      "Anonimiteit: uw melding wordt in deze browser versleuteld. Wij zien haar nooit leesbaar en bewaren uw " +
      "IP-adres niet. Alleen de behandelaars kunnen haar lezen.",
    beforeToken:
      "Uw toegangscode: na het verzenden krijgt u een code die maar één keer wordt getoond. Het is de enige " +
      "weg naar uw postvak. Bewaar hem veilig en privé; niemand kan hem voor u herstellen.",
    beforeNext:
      "Wat er daarna gebeurt: u krijgt binnen 7 dagen een ontvangstbevestiging en binnen 3 maanden feedback. " +
      "Kijk in uw postvak: we hebben geen andere manier om u te bereiken, tenzij u ons er een geeft. De " +
      "precieze data ziet u na het verzenden.",
    beforeExternal:
      "U kunt altijd melden bij een bevoegde autoriteit of bij een instelling, orgaan of instantie van de EU, " +
      "ook bij het klokkenluidersinstrument van het AI-bureau, in plaats van hier of daarnaast. U hoeft nooit " +
      "eerst hier te melden.",
    submit: "Melding versleutelen en verzenden",
    loadingConfig: "Formulier laden…",
    configFailed:
      "Het formulier kon niet worden geladen. Controleer uw verbinding en laad de pagina opnieuw.",
    encrypting: "Uw melding wordt in deze browser versleuteld…",
    sending: "De versleutelde melding wordt verzonden…",
    missingCategory: "Kies waar uw melding over gaat.",
    missingWhat: "Beschrijf wat er is gebeurd.",
    failedClosed:
      "Het versleutelen is mislukt, dus er is niets verzonden. Laad de pagina opnieuw en probeer het nog eens.",
    sendFailed: "Uw melding is niet verzonden:",
    noHandlers: "Op dit kanaal kan nog niemand meldingen ontvangen, dus er is niets verzonden.",
    allExcluded:
      "U hebt iedereen uitgesloten die uw melding zou kunnen lezen. Laat ten minste één persoon onaangevinkt.",
    sentTitle: "Uw melding is verzonden",
    spellToken: "Lees de toegangscode teken voor teken",
    tokenGroup: (n: number): string => `Groep ${n}`,
    tokenTitle: "Uw toegangscode",
    tokenOnce:
      "Deze code wordt maar één keer getoond. Bewaar hem nu. Wie hem heeft, kan uw zaak lezen; houd hem dus privé.",
    copy: "Kopiëren",
    copied: "Gekopieerd.",
    copyFailed: "Kopiëren kan hier niet. Selecteer de code en kopieer hem, of schrijf hem op.",
    download: "Downloaden als tekstbestand",
    print: "Afdrukken",
    inboxAt: "Uw postvak:",
    tokenFileIntro: "Toegangscode voor uw melding. Houd hem privé: wie hem heeft, kan uw zaak lezen.",
    datesTitle: "Wat er daarna gebeurt",
    receivedOn: "Ontvangen op",
    ackBy: "Ontvangstbevestiging uiterlijk op",
    feedbackBy: "Feedback uiterlijk op",
    disclosureFrom: "Openbaarmaking kan beschermd zijn vanaf",
    disclosureShort:
      "Alleen van belang als er geen passende maatregelen worden genomen; uw postvak legt uit wat dat betekent. Algemene informatie, geen juridisch advies.",
    datesHint: "Open uw postvak met de code om de ontvangstbevestiging, antwoorden en feedback te zien.",
    saved: "Ik heb mijn code veilig bewaard",
    continue: "Verder naar het postvak",
    leaveWarning: "U hebt niet bevestigd dat u uw code hebt bewaard. Hij kan niet opnieuw worden getoond.",
  },
  inbox: {
    furtherFeedbackTitle: "Verdere feedback",
    furtherFeedbackHint:
      "Volgens het Ierse recht kunt u elke 3 maanden om verdere feedback vragen tot uw zaak is afgesloten. Uw verzoek wordt aan de berichten toegevoegd, ondertekend in deze browser.",
    furtherFeedbackAsk: "Elke 3 maanden om verdere feedback vragen",
    furtherFeedbackText: "Ik vraag om verdere feedback elke 3 maanden tot mijn zaak is afgesloten.",
    furtherFeedbackAsked: "U vroeg om verdere feedback op",
    furtherFeedbackBy: "Verdere feedback uiterlijk op",
    furtherFeedbackExplain:
      "3 maanden na de laatste feedback, omdat u erom vroeg. Dit herhaalt zich tot de zaak is afgesloten.",
    notSetAck:
      "Geen datum: de termijn voor de ontvangstbevestiging geldt alleen tot uw melding is bevestigd.",
    notSetFeedback:
      "Nog geen datum: die wordt vastgesteld zodra de wettelijke termijn voor feedback kan worden berekend.",
    notSetDisclosure:
      "Geen datum, omdat de feedback over de uitkomst binnen de termijn kwam, of omdat het recht van dit kanaal er geen kent. De bescherming van artikel 15, lid 1, onder b), waarvoor u niet hoeft te wachten, blijft gelden.",
    datesMore: "Bij elke datum staat de regel waaruit die volgt.",
    todo: {
      "answer-question": "We hebben u een vraag gesteld. Beantwoord die hieronder.",
      "read-reply": "We hebben u geschreven. Lees het bericht hieronder; u kunt antwoorden als u wilt.",
      "read-feedback":
        "We hebben u feedback gegeven over wat er is gedaan. Lees die hieronder; u kunt ons nog steeds schrijven.",
      closed: "Uw zaak is gesloten. U kunt hier nog alles lezen.",
      "wait-ack": "U hoeft nu niets te doen. Uw melding is binnen; we bevestigen de ontvangst hier.",
      "wait-follow-up":
        "U hoeft nu niets te doen. We volgen de zaak op; kom hier terug voor antwoorden en feedback.",
    },
    title: "Uw postvak",
    intro:
      "Voer de toegangscode in die u bij uw melding hebt gekregen. Hij wordt in deze browser gecontroleerd en " +
      "omgezet in sleutels; de code zelf wordt nooit verzonden.",
    token: "Toegangscode",
    tokenHint: "Vijf groepen van vijf tekens. Hoofd- of kleine letters, met of zonder streepjes.",
    open: "Postvak openen",
    badToken: "Controleer de code: een teken lijkt niet te kloppen.",
    notFound: "Er hoort geen zaak bij deze code. Controleer hem en probeer het opnieuw.",
    opening: "Uw postvak wordt geopend…",
    lock: "Vergrendelen",
    lockHint: "Vergrendel als u klaar bent: alles wordt van deze pagina gewist.",
    status: "Stand van zaken",
    outcome: "Uitkomst",
    datesTitle: "Uw data",
    receivedOn: "Ontvangen",
    receivedExplain: "De dag waarop uw melding binnenkwam.",
    acknowledgedOn: "Ontvangst bevestigd op",
    ackBy: "Ontvangstbevestiging verschuldigd uiterlijk op",
    ackExplain: "Uiterlijk op deze datum moet de organisatie bevestigen dat zij uw melding heeft ontvangen.",
    ackDone: "Op deze datum heeft de organisatie de ontvangst van uw melding bevestigd.",
    feedbackBy: "Feedback verschuldigd uiterlijk op",
    feedbackExplain: "Uiterlijk op deze datum hoort u wat er met uw melding is gedaan of gepland, en waarom.",
    disclosureFrom: "Openbaarmaking kan beschermd zijn vanaf",
    disclosureExplain:
      "Vanaf deze datum kan het beschermd zijn om de informatie openbaar te maken als er naar aanleiding van " +
      "uw melding geen passende maatregelen zijn genomen (artikel 15, lid 1, onder a), van de richtlijn). Dat " +
      "geldt alleen als u ook bij een bevoegde autoriteit hebt gemeld en ook die binnen haar eigen termijn " +
      "geen passende maatregelen heeft genomen, of als u rechtstreeks bij de autoriteit hebt gemeld. Zonder " +
      "te wachten kan openbaarmaking ook beschermd zijn bij een dreigend of reëel gevaar voor het algemeen " +
      "belang, of als melden bij de autoriteit het risico van represailles of het verdwijnen van bewijs " +
      "meebrengt (artikel 15, lid 1, onder b)). Vraag advies voordat u naar buiten treedt, bijvoorbeeld bij " +
      "een ondersteunende organisatie uit de kennisgeving.",
    basis: "Rechtsgrond:",
    noDate: "Niet vastgesteld",
    threadTitle: "Berichten",
    threadEmpty: "Nog geen berichten.",
    replyLabel: "Een antwoord schrijven",
    replyHint:
      "Wordt in deze browser versleuteld voordat het wordt verzonden. Alleen de behandelaars kunnen het lezen.",
    send: "Versleutelen en verzenden",
    sending: "Verzenden…",
    sent: "Verzonden.",
    emptyReply: "Schrijf eerst een bericht.",
    locked: "Vergrendeld. Voer uw code in om het postvak weer te openen.",
  },
  fields: {
    category: "Categorie",
    whatHappened: "Wat er is gebeurd",
    whenWhere: "Wanneer en waar",
    whoInvolved: "Wie erbij betrokken zijn",
    relationship: "Relatie met de organisatie",
    attachments: "Bijlagen",
    none: "(niet opgegeven)",
  },
  status: {
    received: "Ontvangen",
    acknowledged: "Ontvangst bevestigd",
    in_follow_up: "In opvolging",
    feedback_given: "Feedback gegeven",
    closed: "Gesloten",
  },
  outcome: {
    substantiated: "Gegrond",
    unsubstantiated: "Ongegrond",
    referred: "Doorverwezen naar een autoriteit",
    no_action: "Geen maatregel nodig",
    withdrawn: "Ingetrokken",
  },
  kind: {
    further_feedback_request: "Verzoek om verdere feedback",
    final_outcome: "Definitieve uitkomst",
    report: "Melding",
    message: "Bericht",
    acknowledgement: "Ontvangstbevestiging",
    request_info: "Verzoek om meer informatie",
    feedback: "Feedback",
    disclosure_notice: "Kennisgeving: uw identiteit wordt bekendgemaakt",
    minimisation: "Gegevens verwijderd (art. 17)",
  },
  minimised: {
    entry:
      "Hier is een bericht verwijderd op grond van art. 17 van de richtlijn: persoonsgegevens die niet nodig zijn, worden gewist.",
    attachment:
      "Er is een bestand verwijderd op grond van art. 17 van de richtlijn: persoonsgegevens die niet nodig zijn, worden gewist.",
    reason: "Reden",
    reasons: {
      not_relevant: "niet relevant voor de melding",
      untrue: "onjuist gebleken",
      out_of_scope: "buiten het bereik van de klokkenluidersregels",
    },
  },
  author: {
    reporter: "Melder",
    handler: "Behandelaar",
    you: "U",
  },
  errors: {
    network: "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
    server: "Er ging iets mis op de server. Probeer het later opnieuw.",
    rejected: "De server heeft dit verzoek niet aanvaard. Laad de pagina opnieuw en probeer het nog eens.",
    undecryptable: "Dit bericht kon niet worden ontsleuteld.",
    unsupported: "Dit bericht heeft een indeling die deze pagina niet kent.",
    unverified:
      "Dit bericht kon niet worden gecontroleerd en wordt daarom niet getoond. Het is mogelijk op de server toegevoegd, gewijzigd, verwijderd of verplaatst.",
    unwrapFailed: "De sleutel van de zaak kon met uw sleutel niet worden geopend.",
    recipientMismatch:
      "De sleutel van de zaak op de server past niet bij de geopende zaak, dus er is niets verzonden. Meld dit aan een beheerder.",
    badRecipient:
      "Een ontvangerssleutel van de server is niet van het verwachte type, dus er is niets verzonden.",
    weakKdf: "De server bood onveilige sleutelinstellingen aan, dus de wachtzin is niet gebruikt.",
    rateLimited: "Te veel pogingen. Wacht een paar minuten en probeer het opnieuw.",
    notSent:
      "Dit kon in deze browser niet worden voorbereid, dus er is niets verzonden. Probeer het opnieuw.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "nog 1 dag" : `nog ${n} dagen`),
    daysOver: (n: number): string => (n === 1 ? "1 dag te laat" : `${n} dagen te laat`),
    today: "vandaag uiterlijk",
  },
  receipt: {
    download: "Ondertekend ontvangstbewijs downloaden",
    hint: "Het kanaal ondertekent dit bewijs: het toont dat en wanneer u hebt gemeld. Bewaar het bij uw code. Iedereen kan het controleren, ook offline, op de pagina /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Dit kanaal kan nu niet worden geverifieerd, dus deze pagina versleutelt en verzendt niets. Uw melding blijft veilig bij u: er heeft niets dit apparaat verlaten.",
    unverifiedWhy: {
      "no-roster": "Het kanaal heeft nog geen ondertekende lijst van de personen die meldingen lezen.",
      "bad-pin":
        "De link die u opende bevat een vingerafdruk van de kanaalsleutel die niet juist is geschreven.",
      "pin-mismatch":
        "De kanaalsleutel komt niet overeen met de vingerafdruk in de link die u opende (van de poster of kennisgeving). Misschien probeert iemand meldingen te lezen die niet voor hem bestemd zijn.",
      expired: "De ondertekende lijst van de personen die meldingen lezen is verouderd.",
      invalid:
        "De lijst van de personen die meldingen lezen is niet geldig ondertekend met de kanaalsleutel.",
    },
    unverifiedExternal: "U kunt in plaats daarvan melden bij een externe autoriteit:",
    fingerprintPinned: (f: string): string =>
      `Geverifieerd: de kanaalsleutel komt overeen met uw link (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Vingerafdruk van de kanaalsleutel: ${f}. Vergelijk hem met die op de poster of in de kennisgeving voordat u schrijft.`,
  },
};

export default nl;
