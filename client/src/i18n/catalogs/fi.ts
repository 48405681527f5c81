/** Suomi: ilmoituslomake, pääsykoodin sivu ja asian saapuneet-kansio. Tila: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const fi: ReporterTranslation = {
  lang: "fi",
  locale: "fi-FI",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/fi/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Siirry pääsisältöön",
    home: "Etusivu",
    notice: "Tietoa työntekijöille (tiedote)",
    noscript:
      "Ilmoituslomake ja asian kansio tarvitsevat JavaScriptiä: sanasi salataan tällä laitteella ennen " +
      "lähettämistä, ja siihen tarvitaan JavaScriptiä. Tämän sivun voit lukea ilmankin.",
    noscriptAllow:
      "Näin sallit JavaScriptin vain tälle sivustolle: Tor Browserissa taso ”Turvallisempi” riittää " +
      "(kilpikuvake, Asetukset); tasolla ”Turvallisin” lisää NoScript-painike työkalupalkkiin ja valitse " +
      "tälle sivustolle ”Luota väliaikaisesti”. Muissa selaimissa avaa sivuston asetukset osoiterivin " +
      "vierestä ja salli JavaScript tälle sivustolle.",
    noscriptElsewhere: "Voit ilmoittaa myös näille viranomaisille ja EU:n elimille (tavallisia linkkejä):",
    language: "Kieli",
    leave: "Poistu nopeasti",
    leaveHint: "Korvaa sivun tyhjällä sivulla ja poistaa kirjoittamasi.",
    notLegalAdvice: "Tämä on yleistä tietoa, ei oikeudellista neuvontaa.",
    loading: "Ladataan…",
    required: "(pakollinen)",
    optional: "(vapaaehtoinen)",
  },
  landing: {
    title: "Ilmoita turvallisesti",
    intro:
      "Tämä on luottamuksellinen kanava, jolla voit ilmoittaa lain rikkomisista, joista olet saanut tietää " +
      "työssäsi: esimerkiksi petoksista, lahjonnasta, turvallisuus- tai terveysriskeistä, ympäristöhaitoista, " +
      "tietosuojan rikkomisista tai tekoälyjärjestelmien riskeistä. Voit pysyä nimettömänä.",
    makeReport: "Tee ilmoitus",
    makeReportHint: "Vie noin 10 minuuttia. Ei tiliä, ei sähköpostiosoitetta, ei nimeä.",
    openInbox: "Avaa asiasi kansio",
    openInboxHint: "Oletko jo ilmoittanut? Lue vastauksia ja vastaa kysymyksiin pääsykoodillasi.",
    howTitle: "Näin se toimii",
    how1: "Ilmoituksesi salataan selaimessasi ennen lähettämistä. Palvelin tallentaa vain tekstiä, jota se ei voi lukea; vain nimetyt käsittelijät voivat avata sen.",
    how2: "Emme tallenna IP-osoitettasi emmekä mitään laitteestasi. Turvallisinta on käyttää laitetta ja verkkoa, joita työnantajasi ei hallitse.",
    how3: "Lähettämisen jälkeen saat pääsykoodin. Se on ainoa avain asiasi kansioon, jossa luet vastauksia ja voit vastata. Kukaan ei voi palauttaa sitä puolestasi.",
    how4: "Saat vastaanottoilmoituksen 7 päivän kuluessa ja palautteen jatkotoimista 3 kuukauden kuluessa.",
    externalTitle: "Voit ilmoittaa myös organisaation ulkopuolelle",
    external:
      "Voit aina ilmoittaa suoraan toimivaltaiselle viranomaiselle tai EU:n toimielimelle, elimelle tai " +
      "laitokselle, esimerkiksi EU:n tekoälytoimiston väärinkäytösten ilmoitustyökaluun tekoälysäädöksen " +
      "osalta. Sinun ei koskaan tarvitse ilmoittaa ensin tänne.",
    externalNotice: "Tiedotteessa luetellaan viranomaiset ja niiden yhteystiedot",
    aiOfficeLink: "Tekoälytoimiston ilmoitustyökalusta (Euroopan komission verkkosivusto)",
    handlerTitle: "Käsittelijöille",
    handlerLink: "Kirjaudu käsittelemään asioita",
  },
  report: {
    categoryNotSureHint:
      "Et tiedä, mikä aihe sopii? Valitse luettelon alusta ”Muu / en ole varma”: käsittelijät luokittelevat sen.",
    notSureButton: "En ole varma: valitse ”Muu / en ole varma”",
    groupNotSure: "Muu / en ole varma",
    groupEuLaw: "Unionin oikeuden rikkominen",
    groupAiRisks: "Tekoälyn turvallisuus ja perusoikeudet",
    groupNational: "Kansallisen lainsäädännön rikkominen",
    draftWarning: "Ilmoitustasi ei ole lähetetty. Jos poistut sivulta, kirjoittamasi katoaa.",
    elsewhereSummary: "Muut paikat, joihin voit ilmoittaa",
    receiptFor: "Ilmoitus vastaanottajalle",
    inboxFailed: "Kansiota ei voitu avata tässä. Pääsykoodisi näkyy yhä yllä; avaa kansion sivu sen avulla.",
    title: "Tee ilmoitus",
    intro:
      "Kerro omin sanoin, mitä tapahtui. Vain kaksi ensimmäistä kysymystä ovat pakollisia. Kaikki " +
      "kirjoittamasi salataan tässä selaimessa ennen lähettämistä.",
    channel: "Minne ilmoituksesi lähetetään?",
    category: "Mitä asia koskee?",
    categoryPlaceholder: "Valitse aihe",
    what: "Mitä tapahtui?",
    whatHint: "Kuvaa tietämäsi tosiasiat. Kerro, mitä näit itse ja mitä kuulit muilta.",
    whenWhere: "Milloin ja missä se tapahtui?",
    whenWhereHint: "Päivämäärät, paikat, järjestelmät tai hankkeet, sikäli kuin tiedät ne.",
    who: "Keitä asia koskee?",
    whoHint: "Asianosaisten henkilöiden tai tiimien nimet tai tehtävät, jos tiedät ne.",
    relationship: "Suhteesi organisaatioon",
    relationshipHint: "Vapaaehtoinen. Tyhjäksi jättäminen auttaa pysymään nimettömänä.",
    filesLabel: "Tiedostot",
    recordVoice: "Nauhoita ääniviesti",
    filesHint:
      "Asiakirjat, kuvakaappaukset, lokit. Jokainen tiedosto salataan tässä selaimessa ennen lähettämistä ilmoituksen jälkeen.",
    relationshipNone: "Jätä tyhjäksi",
    aboutTitle: "Tietoja sinusta (vapaaehtoinen)",
    identityLegend: "Henkilöllisyytesi (vapaaehtoinen)",
    identityWarning:
      "Jätä tämä osa tyhjäksi, jos haluat pysyä nimettömänä. Jos täytät sen, se salataan erillisellä " +
      "avaimella, jonka vain valtuutetut (ilmoittavien henkilöiden henkilöllisyyden suojaamiseen nimetyt " +
      "henkilöt) voivat avata. Muut käsittelijät näkevät vain, että se on olemassa.",
    identityNoCustodians:
      "Tällä hetkellä kenelläkään ei ole valtuutetun roolia, joten henkilöllisyyttäsi ei voitaisi suojata " +
      "erikseen. Jätä tämä osa tyhjäksi.",
    identityName: "Nimesi",
    identityContact: "Miten voimme tavoittaa sinut",
    identityContactHint: "Yksityinen sähköpostiosoite tai puhelinnumero, ei työosoite.",
    identityNote: "Muuta yhteydenpidosta",
    detailsWarning:
      "Myös vastaustesi yksityiskohdat voivat paljastaa, kuka olet. Kirjoita se, mitä ongelman " +
      "ymmärtäminen vaatii, ja jätä muu pois.",
    coiLegend: "Henkilöt, jotka eivät saa nähdä tätä ilmoitusta (vapaaehtoinen)",
    coiHint:
      "Valitse ne, jotka ovat osallisia ilmoittamassasi asiassa tai joilla voi olla eturistiriita. " +
      "Ilmoitustasi ei salata heille, joten he eivät voi avata sitä, eikä kukaan voi antaa heille pääsyä myöhemmin.",
    beforeTitle: "Ennen lähettämistä",
    beforeAnonymity:
      "Nimettömyys: ilmoituksesi salataan tässä selaimessa. Emme koskaan näe sitä luettavassa muodossa " +
      "emmekä tallenna IP-osoitettasi. Vain käsittelijät voivat lukea sen.",
    beforeToken:
      "Pääsykoodisi: lähettämisen jälkeen saat koodin, joka näytetään vain kerran. Se on ainoa tie asiasi " +
      "kansioon. Säilytä se turvallisesti ja omana tietonasi; kukaan ei voi palauttaa sitä puolestasi.",
    beforeNext:
      "Mitä seuraavaksi: saat vastaanottoilmoituksen 7 päivän ja palautteen 3 kuukauden kuluessa. Seuraa " +
      "kansiota: meillä ei ole muuta tapaa tavoittaa sinua, ellet anna sellaista. Tarkat päivämäärät " +
      "näytetään lähettämisen jälkeen.",
    beforeExternal:
      "Voit aina ilmoittaa toimivaltaiselle viranomaiselle tai EU:n toimielimelle, elimelle tai laitokselle, " +
      "myös tekoälytoimiston ilmoitustyökaluun, tänne ilmoittamisen sijaan tai lisäksi. Sinun ei koskaan " +
      "tarvitse ilmoittaa ensin tänne.",
    submit: "Salaa ja lähetä ilmoitus",
    loadingConfig: "Ladataan lomaketta…",
    configFailed: "Lomaketta ei voitu ladata. Tarkista yhteys ja lataa sivu uudelleen.",
    encrypting: "Ilmoitustasi salataan tässä selaimessa…",
    sending: "Salattua ilmoitusta lähetetään…",
    missingCategory: "Valitse, mitä ilmoituksesi koskee.",
    missingWhat: "Kuvaa, mitä tapahtui.",
    failedClosed: "Salaus epäonnistui, joten mitään ei lähetetty. Lataa sivu uudelleen ja yritä uudestaan.",
    sendFailed: "Ilmoitustasi ei lähetetty:",
    noHandlers: "Tällä kanavalla kukaan ei vielä voi vastaanottaa ilmoituksia, joten mitään ei lähetetty.",
    allExcluded:
      "Olet sulkenut pois kaikki, jotka voisivat lukea ilmoituksesi. Jätä vähintään yksi henkilö valitsematta.",
    sentTitle: "Ilmoituksesi on lähetetty",
    spellToken: "Lue pääsykoodi merkki kerrallaan",
    tokenGroup: (n: number): string => `Ryhmä ${n}`,
    tokenTitle: "Pääsykoodisi",
    tokenOnce:
      "Koodi näytetään vain kerran. Tallenna se nyt. Kuka tahansa, jolla se on, voi lukea asiasi, joten pidä se omana tietonasi.",
    copy: "Kopioi",
    copied: "Kopioitu.",
    copyFailed: "Kopiointi ei ole tässä mahdollista. Valitse koodi ja kopioi se tai kirjoita se muistiin.",
    download: "Lataa tekstitiedostona",
    print: "Tulosta",
    inboxAt: "Asiasi kansio:",
    tokenFileIntro:
      "Ilmoituksesi pääsykoodi. Pidä se omana tietonasi: kuka tahansa, jolla se on, voi lukea asiasi.",
    datesTitle: "Mitä seuraavaksi",
    receivedOn: "Vastaanotettu",
    ackBy: "Vastaanottoilmoitus viimeistään",
    feedbackBy: "Palaute viimeistään",
    disclosureFrom: "Julkistaminen voi olla suojattua alkaen",
    disclosureShort:
      "Merkitsee vain, jos asianmukaisiin toimiin ei ryhdytä; kansiosi selittää, mitä se tarkoittaa. Yleistä tietoa, ei oikeudellista neuvontaa.",
    datesHint: "Avaa kansio koodilla nähdäksesi vastaanottoilmoituksen, vastaukset ja palautteen.",
    saved: "Olen tallentanut koodini turvalliseen paikkaan",
    continue: "Jatka kansioon",
    leaveWarning: "Et ole vahvistanut tallentaneesi koodia. Sitä ei voi näyttää uudelleen.",
  },
  inbox: {
    furtherFeedbackTitle: "Lisäpalaute",
    furtherFeedbackHint:
      "Irlannin lain mukaan voit pyytää lisäpalautetta 3 kuukauden välein, kunnes asiasi on suljettu. Pyyntösi lisätään viesteihin tässä selaimessa allekirjoitettuna.",
    furtherFeedbackAsk: "Pyydä lisäpalautetta 3 kuukauden välein",
    furtherFeedbackText: "Pyydän lisäpalautetta 3 kuukauden välein, kunnes asiani on suljettu.",
    furtherFeedbackAsked: "Pyysit lisäpalautetta",
    furtherFeedbackBy: "Lisäpalaute viimeistään",
    furtherFeedbackExplain:
      "3 kuukautta viimeisimmän palautteen jälkeen, koska pyysit sitä. Tämä toistuu, kunnes asia on suljettu.",
    notSetAck:
      "Ei päivämäärää: vastaanottoilmoituksen määräaika on voimassa vain siihen asti, kun ilmoituksesi on vahvistettu.",
    notSetFeedback:
      "Ei vielä päivämäärää: se asetetaan, kun palautteen lakisääteinen määräaika voidaan laskea.",
    notSetDisclosure:
      "Ei päivämäärää, koska palaute lopputuloksesta tuli määräajassa tai koska tämän kanavan laki ei aseta sellaista. Tämä ei vaikuta 15 artiklan 1 kohdan b alakohdan suojaan, joka ei edellytä odottamista.",
    datesMore: "Jokaisen päivämäärän kohdalla näkyy sääntö, josta se johtuu.",
    todo: {
      "answer-question": "Esitimme sinulle kysymyksen. Vastaa siihen alla.",
      "read-reply": "Kirjoitimme sinulle. Lue viesti alta; voit vastata, jos haluat.",
      "read-feedback":
        "Annoimme sinulle palautetta tehdyistä toimista. Lue se alta; voit yhä kirjoittaa meille.",
      closed: "Asiasi on suljettu. Voit yhä lukea kaiken täällä.",
      "wait-ack": "Nyt ei tarvitse tehdä mitään. Ilmoituksesi on saapunut; vahvistamme vastaanoton täällä.",
      "wait-follow-up":
        "Nyt ei tarvitse tehdä mitään. Teemme jatkotoimia; palaa tänne lukemaan vastaukset ja palaute.",
    },
    title: "Asiasi kansio",
    intro:
      "Anna pääsykoodi, jonka sait ilmoituksen tehdessäsi. Se tarkistetaan ja muunnetaan avaimiksi tässä " +
      "selaimessa; itse koodia ei koskaan lähetetä.",
    token: "Pääsykoodi",
    tokenHint: "Viisi viiden merkin ryhmää. Isot tai pienet kirjaimet, väliviivoilla tai ilman.",
    open: "Avaa kansio",
    badToken: "Tarkista koodi: jokin merkki näyttää väärältä.",
    notFound: "Koodia vastaavaa asiaa ei ole. Tarkista se ja yritä uudelleen.",
    opening: "Kansiota avataan…",
    lock: "Lukitse",
    lockHint: "Lukitse, kun olet valmis: kaikki tyhjennetään sivulta.",
    status: "Tila",
    outcome: "Lopputulos",
    datesTitle: "Päivämääräsi",
    receivedOn: "Vastaanotettu",
    receivedExplain: "Päivä, jona ilmoituksesi saapui.",
    acknowledgedOn: "Vastaanotto vahvistettu",
    ackBy: "Vastaanottoilmoitus annettava viimeistään",
    ackExplain:
      "Viimeistään tänä päivänä organisaation on vahvistettava, että se on vastaanottanut ilmoituksesi.",
    ackDone: "Organisaatio vahvisti ilmoituksesi vastaanottamisen tänä päivänä.",
    feedbackBy: "Palaute annettava viimeistään",
    feedbackExplain:
      "Viimeistään tänä päivänä sinulle on kerrottava, mitä ilmoituksesi johdosta on tehty tai suunniteltu ja miksi.",
    disclosureFrom: "Julkistaminen voi olla suojattua alkaen",
    disclosureExplain:
      "Tästä päivästä alkaen tietojen julkistaminen voi olla suojattua, jos ilmoituksesi johdosta ei ole " +
      "ryhdytty asianmukaisiin toimiin (direktiivin 15 artiklan 1 kohdan a alakohta). Tämä koskee vain " +
      "tilannetta, jossa olet ilmoittanut myös toimivaltaiselle viranomaiselle eikä sekään ole ryhtynyt " +
      "asianmukaisiin toimiin omassa määräajassaan, tai jossa olet ilmoittanut suoraan viranomaiselle. " +
      "Odottamatta julkistaminen voi olla suojattua myös, jos yleiselle edulle on välitön tai ilmeinen vaara " +
      "tai jos viranomaiselle ilmoittamiseen liittyy vastatoimien tai todisteiden salaamisen riski (15 " +
      "artiklan 1 kohdan b alakohta). Hanki neuvoja ennen julkisuuteen menemistä, esimerkiksi tiedotteessa " +
      "mainitulta tukitaholta.",
    basis: "Oikeusperusta:",
    noDate: "Ei asetettu",
    threadTitle: "Viestit",
    threadEmpty: "Ei vielä viestejä.",
    replyLabel: "Kirjoita vastaus",
    replyHint: "Salataan tässä selaimessa ennen lähettämistä. Vain käsittelijät voivat lukea sen.",
    send: "Salaa ja lähetä",
    sending: "Lähetetään…",
    sent: "Lähetetty.",
    emptyReply: "Kirjoita ensin viesti.",
    locked: "Lukittu. Anna koodisi avataksesi kansion uudelleen.",
  },
  fields: {
    category: "Luokka",
    whatHappened: "Mitä tapahtui",
    whenWhere: "Milloin ja missä",
    whoInvolved: "Ketä asia koskee",
    relationship: "Suhde organisaatioon",
    attachments: "Liitteet",
    none: "(ei annettu)",
  },
  status: {
    received: "Vastaanotettu",
    acknowledged: "Vastaanotto vahvistettu",
    in_follow_up: "Jatkotoimet käynnissä",
    feedback_given: "Palaute annettu",
    closed: "Suljettu",
  },
  outcome: {
    substantiated: "Aiheellinen",
    unsubstantiated: "Aiheeton",
    referred: "Siirretty viranomaiselle",
    no_action: "Toimia ei tarvita",
    withdrawn: "Peruttu",
  },
  kind: {
    further_feedback_request: "Lisäpalautepyyntö",
    final_outcome: "Lopputulos",
    report: "Ilmoitus",
    message: "Viesti",
    acknowledgement: "Vastaanottoilmoitus",
    request_info: "Lisätietopyyntö",
    feedback: "Palaute",
    disclosure_notice: "Ilmoitus: henkilöllisyytesi paljastetaan",
    minimisation: "Tietoja poistettu (17 artikla)",
  },
  minimised: {
    entry:
      "Tästä poistettiin merkintä direktiivin 17 artiklan nojalla: henkilötiedot, joita ei tarvita, poistetaan.",
    attachment:
      "Tiedosto poistettiin direktiivin 17 artiklan nojalla: henkilötiedot, joita ei tarvita, poistetaan.",
    reason: "Syy",
    reasons: {
      not_relevant: "ei liity ilmoitukseen",
      untrue: "osoittautui vääräksi",
      out_of_scope: "ilmoittajansuojasääntöjen soveltamisalan ulkopuolella",
    },
  },
  author: {
    reporter: "Ilmoittava henkilö",
    handler: "Käsittelijä",
    you: "Sinä",
  },
  errors: {
    network: "Palvelimeen ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.",
    server: "Palvelimella tapahtui virhe. Yritä myöhemmin uudelleen.",
    rejected: "Palvelin ei hyväksynyt pyyntöä. Lataa sivu uudelleen ja yritä uudestaan.",
    undecryptable: "Tätä merkintää ei voitu purkaa.",
    unsupported: "Tämä merkintä on muodossa, jota sivu ei tunne.",
    unverified:
      "Tätä merkintää ei voitu todentaa, joten sitä ei näytetä. Se on voitu lisätä, muuttaa, poistaa tai siirtää palvelimella.",
    unwrapFailed: "Asian avainta ei voitu avata avaimellasi.",
    recipientMismatch:
      "Palvelimen asia-avain ei vastaa avattua asiaa, joten mitään ei lähetetty. Ilmoita tästä ylläpitäjälle.",
    badRecipient: "Palvelimen vastaanottaja-avain ei ole odotettua tyyppiä, joten mitään ei lähetetty.",
    weakKdf: "Palvelin tarjosi turvattomia avainasetuksia, joten tunnuslausetta ei käytetty.",
    rateLimited: "Liian monta yritystä. Odota muutama minuutti ja yritä uudelleen.",
    notSent: "Tätä ei voitu valmistella tässä selaimessa, joten mitään ei lähetetty. Yritä uudelleen.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 päivä jäljellä" : `${n} päivää jäljellä`),
    daysOver: (n: number): string => (n === 1 ? "1 päivä myöhässä" : `${n} päivää myöhässä`),
    today: "erääntyy tänään",
  },
  receipt: {
    download: "Lataa allekirjoitettu kuitti",
    hint: "Kanava allekirjoittaa tämän kuitin: se osoittaa, että ilmoitit ja milloin. Säilytä se koodisi kanssa. Kuka tahansa voi tarkistaa sen, myös ilman yhteyttä, sivulla /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Tätä kanavaa ei voi juuri nyt varmentaa, joten tämä sivu ei salaa eikä lähetä mitään. Ilmoituksesi on turvassa luonasi: mikään ei ole lähtenyt tältä laitteelta.",
    unverifiedWhy: {
      "no-roster":
        "Kanavalla ei ole vielä allekirjoitettua luetteloa henkilöistä, jotka lukevat ilmoituksia.",
      "bad-pin": "Avaamassasi linkissä on kanavan avaimen sormenjälki, joka ei ole oikein kirjoitettu.",
      "pin-mismatch":
        "Kanavan avain ei vastaa avaamasi linkin sormenjälkeä (julisteesta tai tiedotteesta). Joku saattaa yrittää lukea ilmoituksia, joita hänen ei pitäisi lukea.",
      expired: "Allekirjoitettu luettelo henkilöistä, jotka lukevat ilmoituksia, on vanhentunut.",
      invalid:
        "Luetteloa henkilöistä, jotka lukevat ilmoituksia, ei ole allekirjoitettu pätevästi kanavan avaimella.",
    },
    unverifiedExternal: "Voit sen sijaan tehdä ilmoituksen ulkoiselle viranomaiselle:",
    fingerprintPinned: (f: string): string => `Varmennettu: kanavan avain vastaa linkkiäsi (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Kanavan avaimen sormenjälki: ${f}. Vertaa sitä julisteessa tai tiedotteessa olevaan ennen kuin kirjoitat.`,
  },
};

export default fi;
