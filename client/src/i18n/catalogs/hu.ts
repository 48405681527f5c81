/** Magyar: bejelentési űrlap, a hozzáférési kód oldala és az ügy postafiókja. Állapot: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const hu: ReporterTranslation = {
  lang: "hu",
  locale: "hu-HU",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/hu/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Ugrás a fő tartalomra",
    home: "Kezdőlap",
    notice: "Tájékoztatás a munkavállalóknak (közlemény)",
    noscript:
      "A bejelentési űrlaphoz és az ügy postafiókjához JavaScript kell: szavait ezen az eszközön titkosítjuk " +
      "küldés előtt, ehhez pedig JavaScript szükséges. Ezt az oldalt nélküle is elolvashatja.",
    noscriptAllow:
      "Így engedélyezheti a JavaScriptet csak erre az oldalra: a Tor Browserben elég a „Biztonságosabb” " +
      "szint (pajzs ikon, Beállítások); a „Legbiztonságosabb” szinten adja hozzá a NoScript gombot az " +
      "eszköztárhoz, és válassza erre az oldalra az „Ideiglenes megbízás” lehetőséget. Más böngészőkben " +
      "nyissa meg a címsor melletti webhelybeállításokat, és engedélyezze a JavaScriptet erre az oldalra.",
    noscriptElsewhere:
      "Ezeknél a hatóságoknál és uniós szerveknél is tehet bejelentést (egyszerű hivatkozások):",
    language: "Nyelv",
    leave: "Gyors kilépés",
    leaveHint: "Üres oldalra cseréli ezt az oldalt, és törli, amit beírt.",
    notLegalAdvice: "Ez általános tájékoztatás, nem jogi tanácsadás.",
    loading: "Betöltés…",
    required: "(kötelező)",
    optional: "(nem kötelező)",
  },
  landing: {
    title: "Tegyen bejelentést biztonságosan",
    intro:
      "Ez egy bizalmas csatorna olyan jogsértések bejelentésére, amelyekről munkája során szerzett " +
      "tudomást: például csalás, korrupció, biztonsági vagy egészségügyi kockázatok, környezeti károk, " +
      "adatvédelmi jogsértések vagy MI-rendszerek kockázatai. Névtelen maradhat.",
    makeReport: "Bejelentés megtétele",
    makeReportHint: "Körülbelül 10 perc. Nincs szükség fiókra, e-mail-címre vagy névre.",
    openInbox: "Az ügy postafiókjának megnyitása",
    openInboxHint:
      "Már tett bejelentést? Hozzáférési kódjával elolvashatja a válaszokat és válaszolhat a kérdésekre.",
    howTitle: "Hogyan működik",
    how1: "Bejelentését a böngészője küldés előtt titkosítja. A szerver csak olyan szöveget tárol, amelyet nem tud elolvasni; csak a kijelölt ügyintézők nyithatják meg.",
    how2: "Nem tároljuk az IP-címét és semmit az eszközéről. A nagyobb biztonság érdekében használjon olyan eszközt és hálózatot, amelyet munkáltatója nem felügyel.",
    how3: "Küldés után hozzáférési kódot kap. Ez az egyetlen kulcs az ügy postafiókjához, ahol a válaszokat olvassa és válaszolhat. Senki sem tudja helyreállítani Ön helyett.",
    how4: "7 napon belül visszaigazolást kap a beérkezésről, 3 hónapon belül pedig visszajelzést a nyomon követésről.",
    externalTitle: "A szervezeten kívül is tehet bejelentést",
    external:
      "Mindig tehet bejelentést közvetlenül egy illetékes hatóságnál vagy egy uniós intézménynél, szervnél " +
      "vagy hivatalnál, például az EU MI-hivatalának a mesterséges intelligenciáról szóló rendelettel " +
      "kapcsolatos bejelentési eszközénél. Soha nem kell először itt bejelentést tennie.",
    externalNotice: "A közlemény felsorolja a hatóságokat és elérhetőségüket",
    aiOfficeLink: "Az MI-hivatal bejelentési eszközéről (az Európai Bizottság honlapja)",
    handlerTitle: "Ügyintézőknek",
    handlerLink: "Bejelentkezés az ügyek intézéséhez",
  },
  report: {
    categoryNotSureHint:
      "Nem tudja, melyik téma illik ide? Válassza a lista tetején az „Egyéb / nem tudom” lehetőséget: az ügyintézők besorolják.",
    notSureButton: "Nem vagyok biztos benne: „Egyéb / nem tudom” választása",
    groupNotSure: "Egyéb / nem tudom",
    groupEuLaw: "Az uniós jog megsértése",
    groupAiRisks: "MI-biztonság és alapjogok",
    groupNational: "A nemzeti jog megsértése",
    draftWarning: "Bejelentését nem küldtük el. Ha elhagyja ezt az oldalt, amit írt, elvész.",
    elsewhereSummary: "Más helyek, ahol bejelentést tehet",
    receiptFor: "Bejelentés címzettje:",
    inboxFailed:
      "A postafiókot itt nem sikerült megnyitni. Hozzáférési kódja továbbra is látható fent; azzal nyissa meg a postafiók oldalát.",
    title: "Bejelentés megtétele",
    intro:
      "Írja le saját szavaival, mi történt. Csak az első két kérdés kötelező. Minden, amit ír, ebben a " +
      "böngészőben titkosítódik küldés előtt.",
    channel: "Hová kerüljön a bejelentése?",
    category: "Miről van szó?",
    categoryPlaceholder: "Válasszon témát",
    what: "Mi történt?",
    whatHint:
      "Írja le az Ön által ismert tényeket. Mondja el, mit látott saját maga, és mit hallott másoktól.",
    whenWhere: "Mikor és hol történt?",
    whenWhereHint: "Dátumok, helyek, rendszerek vagy projektek, amennyire ismeri őket.",
    who: "Kik érintettek?",
    whoHint: "Az érintett személyek vagy csapatok neve vagy beosztása, ha ismeri.",
    relationship: "Kapcsolata a szervezettel",
    relationshipHint: "Nem kötelező. Ha üresen hagyja, könnyebben névtelen maradhat.",
    filesLabel: "Fájlok",
    recordVoice: "Hangüzenet felvétele",
    filesHint:
      "Dokumentumok, képernyőképek, naplók. Minden fájlt ebben a böngészőben titkosítunk, mielőtt a bejelentés után elküldjük.",
    relationshipNone: "Üresen hagyom",
    aboutTitle: "Önről (nem kötelező)",
    identityLegend: "Az Ön személyazonossága (nem kötelező)",
    identityWarning:
      "Hagyja üresen ezt a részt, ha névtelen szeretne maradni. Ha kitölti, külön kulccsal titkosítjuk, " +
      "amelyet csak a megőrzők (a bejelentő személyek személyazonosságának védelmére kijelölt személyek) " +
      "nyithatnak meg. A többi ügyintéző csak azt látja, hogy létezik.",
    identityNoCustodians:
      "Jelenleg senkinek nincs megőrzői szerepe, ezért személyazonosságát nem lehetne külön védeni. Hagyja üresen ezt a részt.",
    identityName: "Az Ön neve",
    identityContact: "Hogyan érhetjük el",
    identityContactHint: "Magán e-mail-cím vagy telefonszám, nem munkahelyi.",
    identityNote: "Egyéb a kapcsolatfelvételről",
    detailsWarning:
      "A válaszaiban szereplő részletek is elárulhatják, ki Ön. Írja le, ami a probléma megértéséhez " +
      "szükséges, a többit hagyja ki.",
    coiLegend: "Akik nem láthatják ezt a bejelentést (nem kötelező)",
    coiHint:
      "Jelölje be azokat, akik érintettek abban, amit bejelent, vagy összeférhetetlenségük lehet. " +
      "Bejelentését nem titkosítjuk számukra, így nem nyithatják meg, és később senki sem adhat nekik hozzáférést.",
    beforeTitle: "Küldés előtt",
    beforeAnonymity:
      "Névtelenség: bejelentését ebben a böngészőben titkosítjuk. Soha nem látjuk olvasható formában, és " +
      "nem tároljuk az IP-címét. Csak az ügyintézők olvashatják.",
    beforeToken:
      "Hozzáférési kódja: küldés után olyan kódot kap, amely csak egyszer jelenik meg. Ez az egyetlen út az " +
      "ügy postafiókjához. Őrizze biztonságosan és titokban; senki sem tudja helyreállítani Ön helyett.",
    beforeNext:
      "Mi következik: 7 napon belül visszaigazolást, 3 hónapon belül visszajelzést kap. Nézze a " +
      "postafiókot: más módon nem tudjuk elérni, hacsak meg nem ad egyet. A pontos dátumok küldés után jelennek meg.",
    beforeExternal:
      "Mindig tehet bejelentést egy illetékes hatóságnál vagy uniós intézménynél, szervnél vagy hivatalnál, " +
      "az MI-hivatal bejelentési eszközét is beleértve, itt helyett vagy emellett. Soha nem kell először itt " +
      "bejelentést tennie.",
    submit: "Bejelentés titkosítása és küldése",
    loadingConfig: "Az űrlap betöltése…",
    configFailed: "Az űrlapot nem sikerült betölteni. Ellenőrizze a kapcsolatot, és töltse újra az oldalt.",
    encrypting: "Bejelentése titkosítása ebben a böngészőben…",
    sending: "A titkosított bejelentés küldése…",
    missingCategory: "Válassza ki, miről szól a bejelentése.",
    missingWhat: "Írja le, mi történt.",
    failedClosed:
      "A titkosítás nem sikerült, ezért semmit sem küldtünk el. Töltse újra az oldalt, és próbálja újra.",
    sendFailed: "Bejelentését nem küldtük el:",
    noHandlers: "Ezen a csatornán még senki sem tud bejelentést fogadni, ezért semmit sem küldtünk el.",
    allExcluded:
      "Mindenkit kizárt, aki elolvashatná a bejelentését. Hagyjon legalább egy személyt bejelöletlenül.",
    sentTitle: "Bejelentését elküldtük",
    spellToken: "A hozzáférési kód felolvasása karakterenként",
    tokenGroup: (n: number): string => `Csoport ${n}`,
    tokenTitle: "Az Ön hozzáférési kódja",
    tokenOnce:
      "Ez a kód csak egyszer jelenik meg. Mentse el most. Aki birtokolja, olvashatja az ügyét, ezért tartsa titokban.",
    copy: "Másolás",
    copied: "Másolva.",
    copyFailed: "Itt nem lehet másolni. Jelölje ki a kódot és másolja, vagy írja le.",
    download: "Letöltés szövegfájlként",
    print: "Nyomtatás",
    inboxAt: "Az ügy postafiókja:",
    tokenFileIntro: "Bejelentése hozzáférési kódja. Tartsa titokban: aki birtokolja, olvashatja az ügyét.",
    datesTitle: "Mi következik",
    receivedOn: "Beérkezett",
    ackBy: "Visszaigazolás legkésőbb",
    feedbackBy: "Visszajelzés legkésőbb",
    disclosureFrom: "A nyilvánosságra hozatal védett lehet ettől a naptól:",
    disclosureShort:
      "Csak akkor számít, ha nem tesznek megfelelő intézkedést; a postafiók elmagyarázza, mit jelent. Általános tájékoztatás, nem jogi tanácsadás.",
    datesHint:
      "Nyissa meg a postafiókot a kóddal a visszaigazolás, a válaszok és a visszajelzés megtekintéséhez.",
    saved: "A kódomat biztonságos helyre mentettem",
    continue: "Tovább a postafiókhoz",
    leaveWarning: "Nem erősítette meg, hogy elmentette a kódot. Nem jeleníthető meg újra.",
  },
  inbox: {
    furtherFeedbackTitle: "További visszajelzés",
    furtherFeedbackHint:
      "Az ír jog szerint 3 havonta további visszajelzést kérhet, amíg az ügyét le nem zárják. A kérése bekerül az üzenetek közé, ebben a böngészőben aláírva.",
    furtherFeedbackAsk: "További visszajelzés kérése 3 havonta",
    furtherFeedbackText: "3 havonta további visszajelzést kérek, amíg az ügyemet le nem zárják.",
    furtherFeedbackAsked: "További visszajelzést kért ekkor:",
    furtherFeedbackBy: "További visszajelzés határideje",
    furtherFeedbackExplain:
      "3 hónappal az utolsó visszajelzés után, mert kérte. Ez ismétlődik, amíg az ügyet le nem zárják.",
    notSetAck:
      "Nincs dátum: a visszaigazolás határideje csak addig érvényes, amíg bejelentését vissza nem igazolják.",
    notSetFeedback:
      "Még nincs dátum: akkor állapítják meg, amikor a visszajelzés törvényes határideje kiszámítható.",
    notSetDisclosure:
      "Nincs dátum, mert az eredményről szóló visszajelzés határidőn belül érkezett, vagy mert e csatorna joga nem ír elő ilyet. Ez nem érinti a 15. cikk (1) bekezdés b) pontja szerinti védelmet, amely nem igényel várakozást.",
    datesMore: "Minden dátum mellett ott a szabály, amelyből következik.",
    todo: {
      "answer-question": "Kérdést tettünk fel Önnek. Kérjük, válaszoljon rá lent.",
      "read-reply": "Írtunk Önnek. Olvassa el lent az üzenetet; ha szeretne, válaszolhat.",
      "read-feedback": "Visszajelzést adtunk arról, mi történt. Olvassa el lent; továbbra is írhat nekünk.",
      closed: "Az ügye lezárult. Továbbra is mindent elolvashat itt.",
      "wait-ack": "Most nincs teendője. Bejelentése megérkezett; a beérkezést itt igazoljuk vissza.",
      "wait-follow-up":
        "Most nincs teendője. Nyomon követjük az ügyet; térjen vissza ide a válaszokért és a visszajelzésért.",
    },
    title: "Az ügy postafiókja",
    intro:
      "Adja meg a bejelentéskor kapott hozzáférési kódot. Ebben a böngészőben ellenőrizzük és kulcsokká " +
      "alakítjuk; magát a kódot soha nem küldjük el.",
    token: "Hozzáférési kód",
    tokenHint: "Öt, egyenként öt karakterből álló csoport. Kis- vagy nagybetű, kötőjellel vagy anélkül.",
    open: "Postafiók megnyitása",
    badToken: "Ellenőrizze a kódot: egy karakter hibásnak tűnik.",
    notFound: "Ehhez a kódhoz nem tartozik ügy. Ellenőrizze, és próbálja újra.",
    opening: "A postafiók megnyitása…",
    lock: "Zárolás",
    lockHint: "Ha végzett, zárolja: minden törlődik erről az oldalról.",
    status: "Állapot",
    outcome: "Eredmény",
    datesTitle: "Az Ön dátumai",
    receivedOn: "Beérkezett",
    receivedExplain: "Az a nap, amikor bejelentése beérkezett.",
    acknowledgedOn: "Beérkezés visszaigazolva",
    ackBy: "Visszaigazolás határideje",
    ackExplain: "Eddig a napig a szervezetnek vissza kell igazolnia, hogy megkapta a bejelentését.",
    ackDone: "A szervezet ezen a napon igazolta vissza bejelentése beérkezését.",
    feedbackBy: "Visszajelzés határideje",
    feedbackExplain:
      "Eddig a napig tájékoztatást kell kapnia arról, mi történt vagy mi tervezett a bejelentése nyomán, és miért.",
    disclosureFrom: "A nyilvánosságra hozatal védett lehet ettől a naptól:",
    disclosureExplain:
      "E naptól az információk nyilvánosságra hozatala védett lehet, ha bejelentése nyomán nem tettek " +
      "megfelelő intézkedést (az irányelv 15. cikke (1) bekezdésének a) pontja). Ez csak akkor érvényes, ha " +
      "egy illetékes hatóságnál is tett bejelentést, és az sem tett megfelelő intézkedést a saját " +
      "határidején belül, vagy ha közvetlenül a hatóságnál tett bejelentést. Várakozás nélkül is védett " +
      "lehet a nyilvánosságra hozatal, ha a közérdeket közvetlen vagy nyilvánvaló veszély fenyegeti, vagy ha " +
      "a hatósági bejelentés megtorlás vagy a bizonyítékok eltitkolásának kockázatával jár (15. cikk (1) " +
      "bekezdés b) pont). Kérjen tanácsot, mielőtt a nyilvánossághoz fordul, például a közleményben " +
      "felsorolt támogató szervezettől.",
    basis: "Jogalap:",
    noDate: "Nincs meghatározva",
    threadTitle: "Üzenetek",
    threadEmpty: "Még nincsenek üzenetek.",
    replyLabel: "Válasz írása",
    replyHint: "Küldés előtt ebben a böngészőben titkosítjuk. Csak az ügyintézők olvashatják.",
    send: "Titkosítás és küldés",
    sending: "Küldés…",
    sent: "Elküldve.",
    emptyReply: "Előbb írjon üzenetet.",
    locked: "Zárolva. A postafiók újbóli megnyitásához adja meg a kódját.",
  },
  fields: {
    category: "Kategória",
    whatHappened: "Mi történt",
    whenWhere: "Mikor és hol",
    whoInvolved: "Kik érintettek",
    relationship: "Kapcsolat a szervezettel",
    attachments: "Mellékletek",
    none: "(nincs megadva)",
  },
  status: {
    received: "Beérkezett",
    acknowledged: "Visszaigazolva",
    in_follow_up: "Nyomon követés folyamatban",
    feedback_given: "Visszajelzés megadva",
    closed: "Lezárva",
  },
  outcome: {
    substantiated: "Megalapozott",
    unsubstantiated: "Megalapozatlan",
    referred: "Hatósághoz továbbítva",
    no_action: "Nincs szükség intézkedésre",
    withdrawn: "Visszavonva",
  },
  kind: {
    further_feedback_request: "További visszajelzés kérése",
    final_outcome: "Végeredmény",
    report: "Bejelentés",
    message: "Üzenet",
    acknowledgement: "Visszaigazolás",
    request_info: "További információ kérése",
    feedback: "Visszajelzés",
    disclosure_notice: "Értesítés: személyazonosságát felfedik",
    minimisation: "Adat eltávolítva (17. cikk)",
  },
  minimised: {
    entry:
      "Itt egy bejegyzést eltávolítottak az irányelv 17. cikke alapján: a nem szükséges személyes adatokat törlik.",
    attachment:
      "Egy fájlt eltávolítottak az irányelv 17. cikke alapján: a nem szükséges személyes adatokat törlik.",
    reason: "Indok",
    reasons: {
      not_relevant: "nem kapcsolódik a bejelentéshez",
      untrue: "valótlannak bizonyult",
      out_of_scope: "a bejelentővédelmi szabályok hatályán kívül esik",
    },
  },
  author: {
    reporter: "Bejelentő személy",
    handler: "Ügyintéző",
    you: "Ön",
  },
  errors: {
    network: "A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.",
    server: "Hiba történt a szerveren. Próbálja újra később.",
    rejected: "A szerver nem fogadta el ezt a kérést. Töltse újra az oldalt, és próbálja újra.",
    undecryptable: "Ezt a bejegyzést nem sikerült visszafejteni.",
    unsupported: "Ez a bejegyzés olyan formátumú, amelyet ez az oldal nem ismer.",
    unverified:
      "Ezt a bejegyzést nem sikerült ellenőrizni, ezért nem jelenik meg. Lehet, hogy a szerveren hozzáadták, módosították, törölték vagy átrendezték.",
    unwrapFailed: "Az ügy kulcsát nem sikerült megnyitni az Ön kulcsával.",
    recipientMismatch:
      "A szerver ügykulcsa nem egyezik a megnyitott üggyel, ezért semmit sem küldtünk el. Jelezze ezt egy rendszergazdának.",
    badRecipient: "A szerver egyik címzettkulcsa nem a várt fajtájú, ezért semmit sem küldtünk el.",
    weakKdf: "A szerver nem biztonságos kulcsbeállításokat ajánlott, ezért a jelmondatot nem használtuk.",
    rateLimited: "Túl sok próbálkozás. Várjon néhány percet, és próbálja újra.",
    notSent:
      "Ezt nem sikerült előkészíteni ebben a böngészőben, ezért semmit sem küldtünk el. Próbálja újra.",
  },
  dates: {
    daysLeft: (n: number): string => `még ${n} nap`,
    daysOver: (n: number): string => `${n} nap késés`,
    today: "ma esedékes",
  },
  receipt: {
    download: "Az aláírt átvételi igazolás letöltése",
    hint: "A csatorna aláírja ezt az igazolást: megmutatja, hogy és mikor tett bejelentést. Őrizze meg a kódjával együtt. Bárki ellenőrizheti, kapcsolat nélkül is, a /verify-receipt.html oldalon.",
  },
  roster: {
    unverified:
      "Ez a csatorna most nem ellenőrizhető, ezért ez az oldal semmit sem titkosít és nem küld el. Bejelentése Önnél biztonságban van: semmi sem hagyta el ezt az eszközt.",
    unverifiedWhy: {
      "no-roster": "A csatornának még nincs aláírt listája a bejelentéseket olvasó személyekről.",
      "bad-pin": "A megnyitott hivatkozásban a csatornakulcs ujjlenyomata nem helyesen szerepel.",
      "pin-mismatch":
        "A csatornakulcs nem egyezik a megnyitott hivatkozásban lévő ujjlenyomattal (a plakátról vagy a közleményből). Lehet, hogy valaki olyan bejelentéseket próbál elolvasni, amelyeket nem szabadna.",
      expired: "A bejelentéseket olvasó személyek aláírt listája elavult.",
      invalid: "A bejelentéseket olvasó személyek listáját nem írták alá érvényesen a csatornakulccsal.",
    },
    unverifiedExternal: "Ehelyett külső hatóságnál is tehet bejelentést:",
    fingerprintPinned: (f: string): string => `Ellenőrizve: a csatornakulcs egyezik a hivatkozásával (${f}).`,
    fingerprintCompare: (f: string): string =>
      `A csatornakulcs ujjlenyomata: ${f}. Írás előtt vesse össze a plakáton vagy a közleményben szereplővel.`,
  },
};

export default hu;
