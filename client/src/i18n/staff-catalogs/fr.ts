/** Français : le traitement des dossiers (application du personnel). Brouillon machine, termes selon content/glossary/fr.json. */
import type { StaffTranslation } from "../catalog.ts";

const fr: StaffTranslation = {
  handler: {
    title: "Traitement des dossiers",
    signInTitle: "Connexion",
    handle: "Identifiant",
    passphrase: "Phrase secrète",
    signIn: "Se connecter",
    badCredentials: "L'identifiant ou la phrase secrète est erroné.",
    totp: "Code de votre application d'authentification",
    totpHint: "6 chiffres ; il change toutes les 30 secondes.",
    totpNeeded:
      "Votre phrase secrète est correcte. Saisissez maintenant le code de votre application d'authentification.",
    sessionEnded: "Votre session a pris fin. Reconnectez-vous.",
    keysInMemory:
      "Vos clés restent uniquement dans la mémoire de cet onglet. Recharger ou fermer l'onglet vous déconnecte.",
    deriving:
      "Dérivation de votre clé… Cela prend volontairement quelques secondes, pour ralentir quiconque devine des phrases secrètes.",
    enrolTitle: "Créer votre compte de traitement",
    enrolInvited: "Vous êtes invité avec les rôles :",
    enrolExpires: "Ce lien expire le",
    enrolBadLink: "Ce lien d'inscription est invalide, déjà utilisé ou expiré. Demandez-en un nouveau.",
    displayName: "Nom affiché",
    displayNameHint: "Montré aux auteurs de signalement qui choisissent qui exclure, et aux collègues.",
    handleHint: "Lettres minuscules, chiffres, points, tirets ou tirets bas ; de 3 à 40 caractères.",
    passphraseNew: "Phrase secrète",
    passphraseHint:
      "Au moins 12 caractères. Quelques mots sans rapport entre eux sont solides et faciles à retenir. Elle ne " +
      "peut pas être réinitialisée : elle seule déverrouille votre clé.",
    passphraseRepeat: "Répétez la phrase secrète",
    passphraseMismatch: "Les deux phrases secrètes diffèrent.",
    passphraseShort: "Utilisez au moins 12 caractères.",
    strength: ["Trop courte", "Faible", "Moyenne", "Bonne", "Forte"],
    strengthLabel: "Solidité :",
    enrol: "Créer mes clés et mon compte",
    logout: "Se déconnecter",
    overdue: "Dossiers en retard :",
    casesTitle: "Dossiers",
    noCases: "Aucun dossier.",
    colRef: "Réf.",
    colStatus: "État",
    colReceived: "Reçu",
    colAck: "Accusé de réception dû",
    colFeedback: "Retour d'informations dû",
    colNext: "Étape suivante",
    openCase: "Ouvrir le dossier",
    badgeAck: "Accusé de réception dû",
    badgeFeedback: "Retour d'informations dû",
    badgeMeeting: "Rencontre à organiser",
    badgeInformConcerned: "Personne concernée à informer",
    badgeFurtherFeedback: "Retour d'informations complémentaire dû",
    furtherFeedbackRequestedOn: "Retour d'informations complémentaire demandé le",
    play: "Écouter",
    badgeOverdue: "En retard",
    badgeDeletion: (date: string, days: number): string =>
      `Supprimé le ${date} (dans ${days} ${days === 1 ? "jour" : "jours"}) sauf gel pour motif légal`,
    acknowledgedShort: "Réception accusée",
    back: "Retour aux dossiers",
    caseTitle: "Dossier",
    channel: "Canal",
    received: "Reçu",
    acknowledgedOn: "Réception accusée le",
    reportTitle: "Signalement",
    identityTitle: "Section d'identité",
    identityNone: "Aucune : le signalement est anonyme.",
    identitySealed: "Scellée pour les dépositaires.",
    identityName: "Nom",
    identityContact: "Coordonnées",
    identityNote: "Remarque",
    threadTitle: "Échanges",
    ackTitle: "Accuser réception",
    ackMessage: "Message d'accusé de réception",
    ackDefault:
      "Merci pour votre signalement. Nous confirmons l'avoir reçu. Une personne impartiale l'examinera " +
      "avec soin et gardera votre identité confidentielle. Nous pourrons vous poser des questions ici, et " +
      "nous vous fournirons un retour d'informations sur le suivi dans un délai de trois mois. Vous pouvez " +
      "nous écrire ici à tout moment.",
    acknowledge: "Chiffrer et accuser réception",
    messageTitle: "Écrire à l'auteur de signalement",
    message: "Message",
    reply: "Envoyer la réponse",
    requestInfo: "Demander des informations complémentaires",
    feedback: "Fournir un retour d'informations",
    statusTitle: "Changer l'état",
    newStatus: "Nouvel état",
    outcome: "Résultat",
    moveStatus: "Changer",
    followUpOn: "Suivi commencé",
    finalOutcome: "Envoyer comme résultat final",
    outcomeCommunicatedOn: "Résultat final communiqué",
    followUpTitle: "Suivi",
    followUpStart: "Consigner le début du suivi",
    followUpHint:
      "Consignez le jour où l'enquête sur ce signalement a commencé. Certaines lois suppriment un signalement " +
      "resté sans suivi (Espagne : 3 mois après réception, Ley 2/2023 art. 32) ; consignez-le donc même si " +
      "l'état ne change pas.",
    done: "Fait.",
    emptyMessage: "Écrivez d'abord un message.",
    legalBasis: "Base juridique",
    newActivity: "Nouveau de l'auteur de signalement",
    actions: "Actions",
    cancel: "Annuler",
    nextStep: "Étape suivante",
    nextAcknowledge: (day: string, overdue: boolean): string =>
      overdue
        ? `Accusez réception maintenant : c'était dû au ${day}.`
        : `Accusez réception d'ici le ${day} : confirmez à l'auteur de signalement que le signalement est arrivé.`,
    nextInformConcerned: (day: string, overdue: boolean): string =>
      overdue
        ? `Informez maintenant la personne concernée, ou consignez pourquoi son information est différée : l’échéance était le ${day} (RGPD art. 14, paragraphe 3, point a).`
        : `Informez la personne concernée d’ici le ${day}, ou consignez pourquoi son information est différée (RGPD art. 14, paragraphe 3, point a).`,
    nextFeedback: (day: string, overdue: boolean): string =>
      overdue
        ? `Fournissez un retour d'informations maintenant : il était dû au ${day}.`
        : `Assurez le suivi et fournissez un retour d'informations d'ici le ${day} : ce qui a été fait ou est prévu, et pourquoi.`,
    nextFurtherFeedback: (day: string, overdue: boolean): string =>
      overdue
        ? `Fournissez maintenant le retour d'informations complémentaire : l'auteur du signalement l'a demandé tous les 3 mois, il était dû au ${day}.`
        : `Fournissez un retour d'informations complémentaire d'ici le ${day} : l'auteur du signalement l'a demandé tous les 3 mois jusqu'à la clôture du dossier.`,
    nextAfterFeedback:
      "Le retour d'informations est fourni. Poursuivez le suivi et écrivez au besoin ; clôturez le dossier quand le suivi est terminé.",
    nextFollowUp: "Assurez le suivi du signalement ; répondez à l'auteur de signalement quand il écrit.",
    nextClosed:
      "Le dossier est clos. Rien n'est dû ; les échanges restent lisibles jusqu'à la date de conservation.",
    ackHint: "Envoyé dans la boîte de l'auteur de signalement, chiffré dans ce navigateur.",
    ackSent: "Accusé de réception envoyé.",
    replyTitle: "Répondre",
    replyLabel: "Votre réponse",
    replyHint: "Un message à l'auteur de signalement. Il ne change pas l'état du dossier.",
    replySent: "Réponse envoyée.",
    requestTitle: "Demander des informations complémentaires",
    requestLabel: "Votre question",
    requestHint: "L'auteur de signalement voit que vous avez posé une question et attendez une réponse.",
    requestSent:
      "Question envoyée. La boîte de l'auteur de signalement indique maintenant qu'une question l'attend.",
    feedbackTitle: "Fournir un retour d'informations",
    feedbackLabel: "Votre retour d'informations",
    feedbackHint:
      "Ce qui a été fait ou est prévu au sujet du signalement, et pourquoi (art. 9, par. 1, point f). L'envoi consigne que le retour d'informations a été fourni.",
    feedbackConfirm:
      "Envoyer ceci comme retour d'informations ? L'auteur de signalement le voit comme tel, et il est consigné comme fourni.",
    feedbackYes: "Oui, envoyer le retour d'informations",
    feedbackSent: "Retour d'informations envoyé et consigné.",
    chooseOutcome: "Choisir un résultat",
    outcomeMissing: "Choisissez le résultat avant de clore le dossier.",
    closeConfirm: "Clore le dossier avec ce résultat ? L'auteur de signalement voit qu'il est clos.",
    closeYes: "Oui, clore le dossier",
    statusMoved: "État changé.",
    followUpRecorded: "Suivi consigné.",
    finalOutcomeTitle: "Résultat final",
    finalOutcomeLabel: "Le résultat final",
    finalOutcomeHint:
      "Comment l'enquête s'est terminée, pour l'auteur de signalement. L'envoi consigne que le résultat a été communiqué.",
    finalOutcomeConfirm:
      "Envoyer ceci comme résultat final ? L'auteur de signalement le voit, et il est consigné comme communiqué.",
    finalOutcomeYes: "Oui, envoyer le résultat final",
    finalOutcomeSent: "Résultat final envoyé et consigné.",
  },
  adminNotice: {
    noticeTitle: "Information annuelle des travailleurs",
    noticeIntro:
      "Les travailleurs doivent être informés au moins tous les 12 mois de la manière de signaler et de leur protection (directive, art. 9, par. 1, point g ; code de bonnes pratiques GPAI, mesure 8.3). L'information est générée à partir de ce profil ; approuvez une version, diffusez-la et consignez chaque diffusion comme preuve.",
    stateNever: "Jamais diffusée",
    stateOk: "À jour",
    stateReminder: "Bientôt due",
    stateOverdue: "En retard",
    lastIssued: "Dernière diffusion",
    dueOn: "Prochaine diffusion due au plus tard le",
    remindFrom: "Rappels à partir du",
    profileTitle: "Profil de l'organisation",
    name: "Nom de l'organisation",
    countries: "Pays où vous avez des travailleurs (codes UE séparés par des virgules, p. ex. DE, FR, NL)",
    languages: "Langues de l'information",
    draftLanguage: "brouillon machine",
    draftWarning: (langs: string): string =>
      `Brouillon machine : l'information et les pages destinées aux auteurs de signalement en ${langs} n'ont pas été relues par une personne maîtrisant la langue. ` +
      "Faites-les relire avant de publier une information dans ces langues (voir content/languages.json).",
    channelUrl: "Adresse de ce canal (https)",
    policyUrl: "Où votre politique de protection des lanceurs d'alerte est publiée (https)",
    impartialName: "Qui traite les signalements (personne ou service impartial)",
    impartialContact: "Ses coordonnées",
    oralChannel: "Ligne téléphonique ou messagerie vocale pour les signalements oraux (facultatif)",
    saveProfile: "Enregistrer le profil",
    profileSaved: "Profil enregistré.",
    versionsTitle: "Versions",
    newVersion: "Figer le profil en une nouvelle version",
    approve: "Approuver",
    approvedBy: (who: string, when: string) => `Approuvée par ${who} le ${when}`,
    notApproved: "Pas encore approuvée",
    preview: "Aperçu",
    previewLinks: "Ouvrir l'information publiée :",
    pageLink: "Page web",
    posterLink: "Affiche A4",
    snippetLink: "Encart pour l'intranet",
    textLink: "Texte brut pour courriel",
    issueTitle: "Consigner une diffusion",
    issuedOn: "Diffusée le",
    version: "Numéro",
    channel: "Mode de diffusion (p. ex. courriel à tout le personnel, intranet)",
    audience: "Nombre de travailleurs atteints",
    record: "Consigner la diffusion",
    recorded: "Diffusion consignée.",
    logTitle: "Journal des diffusions",
    logEmpty: "Aucune diffusion consignée.",
    transparencyTitle: "Rapport de transparence",
    transparencyIntro:
      "Publiez le fonctionnement du canal pour une période terminée. Les nombres inférieurs à 5 sont affichés « moins de 5 », et d'autres cellules sont masquées lorsqu'un petit nombre pourrait se déduire des totaux. Rien n'est public avant publication.",
    from: "Du",
    to: "Au",
    previewFigures: "Aperçu de la page publique",
    publish: "Publier",
    publishQuestion: (from: string, to: string): string =>
      `Publier les chiffres du ${from} au ${to} ? Tout le monde peut les lire sous /transparency, et une période publiée ne peut plus être modifiée.`,
    publishYes: "Oui, publier",
    publishNo: "Annuler",
    published: "Publié.",
    publicLink: "Rapport public",
  },
  triage: {
    filter: "Afficher",
    filters: {
      all: "Tous les dossiers",
      open: "Ouverts",
      overdue: "En retard",
      due_week: "Dus sous 7 jours",
      closed: "Clos",
      on_hold: "Sous gel légal",
      mine: "Qui me sont attribués",
    },
    sort: "Ordre",
    sorts: { due: "Échéance la plus proche d'abord", received_desc: "Plus récents d'abord" },
    search: "Chercher dans cette page",
    searchHint:
      "Cherche dans la catégorie et l'objet des dossiers de cette page, déchiffrés dans votre navigateur.",
    colCategory: "Catégorie",
    colSubject: "Objet",
    noSummary: "—",
    previous: "Page précédente",
    next: "Page suivante",
    page: (n: number) => `Page ${n}`,
    noMatch: "Aucun dossier de cette page ne correspond.",
    overview: "Vue d'ensemble",
    overviewTitle: "Respect des délais",
    openByStep: "Dossiers ouverts par étape suivante",
    stepAcknowledge: "Accusé de réception",
    stepFeedback: "Retour d'informations",
    stepNone: "Rien de dû",
    open: "Ouverts",
    overdueCol: "En retard",
    onTime: "Dans les délais sur les 12 derniers mois",
    onTimeAck: "Accusés de réception dans les délais",
    onTimeFeedback: "Retours d'informations dans les délais",
    chartLabel: (ack: string, feedback: string) =>
      `Part dans les délais par mois de réception : accusés de réception ${ack}, retours d'informations ${feedback}`,
  },
  validation: {
    field: (label: string, fix: string): string => `Vérifiez « ${label} » : ${fix}`,
    unknownField:
      "Un élément de ce formulaire n'a pas pu être enregistré. Vérifiez chaque champ et réessayez.",
    invalid: "Une saisie n'a pas pu être enregistrée. Vérifiez les champs et réessayez.",
    profileName: "saisissez le nom de l'organisation, 120 caractères au plus.",
    profileCountries:
      "saisissez au moins un code pays à deux lettres d'un État membre de l'UE, comme DE ou FR, séparés par des virgules.",
    profileLanguages: "cochez au moins une langue.",
    profileUrl:
      "saisissez une adresse web complète commençant par https://, par exemple https://example.org/policy.",
    profileImpartialName:
      "indiquez la personne ou le service qui traite les signalements, 120 caractères au plus.",
    profileImpartialContact:
      "indiquez comment le joindre, p. ex. une adresse électronique, 200 caractères au plus.",
    profileOral: "saisissez la ligne téléphonique des signalements oraux, ou laissez vide.",
  },
  nav: {
    label: "Rubriques",
    cases: "Dossiers",
    security: "Ma sécurité",
    admin: "Gestion",
  },
  roles: {
    handler: "Gestionnaire de dossiers",
    custodian: "Dépositaire de l'identité",
    admin: "Administrateur",
  },
  access: {
    title: "Qui peut ouvrir ce dossier",
    you: "(vous)",
    holdsIdentity: "Détient aussi la clé de la section d'identité.",
    revoke: "Retirer l'accès",
    revokeHint:
      "Le retrait supprime la copie de la clé du dossier de cette personne sur le serveur. Ce qu'elle a déjà " +
      "lu, elle a pu le garder.",
    revoked: (name: string): string => `L'accès de ${name} a été retiré.`,
    grantTitle: "Donner accès à un collègue",
    colleague: "Collègue",
    grantHint:
      "La clé du dossier est chiffrée pour la clé propre du collègue, dans ce navigateur. Les personnes " +
      "exclues par l'auteur de signalement n'apparaissent jamais.",
    notInChannel: "hors du canal de ce dossier",
    notInRoster: "pas encore dans la liste signée : un administrateur doit d'abord se connecter",
    fingerprint: "Empreinte de la clé (à comparer avec ce que le collègue voit sous Sécurité)",
    noRoster:
      "L'accès ne peut être donné qu'aux clés de la liste signée, et ce navigateur n'a pour l'instant aucune liste fiable pour ce dossier. Demandez à un administrateur de se connecter, puis rechargez.",
    alsoIdentity: "Donner aussi la clé de la section d'identité (le collègue est dépositaire)",
    grant: "Donner accès",
    granted: (name: string): string => `${name} peut maintenant ouvrir ce dossier.`,
    nobodyToGrant: "Personne d'autre ne peut recevoir l'accès.",
    giveUp: "Renoncer à mon accès",
    formerColleague: "Un ancien collègue",
  },
  identity: {
    reasonNeeded:
      "Présente et scellée. En tant que dépositaire, vous pouvez l'ouvrir après en avoir consigné le motif " +
      "(art. 16). Le motif et chaque ouverture figurent au journal d'audit.",
    reason: "Motif de l'ouverture de la section d'identité",
    reasonHint:
      "Au moins 10 caractères. Dites pourquoi l'enquête a besoin maintenant de l'identité de l'auteur de signalement.",
    reasonShort: "Écrivez un motif d'au moins 10 caractères.",
    request: "Consigner le motif et demander l'ouverture",
    waiting:
      "Votre demande est consignée et attend l'accord d'un second dépositaire. Revenez à ce dossier une fois " +
      "qu'elle est approuvée.",
    refused:
      "Votre dernière demande a été refusée par un second dépositaire. Vous pouvez consigner un nouveau motif.",
    approved:
      "Votre demande est approuvée. L'ouverture de la section d'identité est consignée au journal d'audit.",
    open: "Ouvrir la section d'identité",
    openedHint:
      "Affichée dans cet onglet seulement. Oubliée quand vous quittez le dossier ou vous déconnectez.",
    pendingTitle: "Demandes en attente de votre décision",
    approve: "Approuver",
    refuse: "Refuser",
    approvedOne: "Approuvée.",
    refusedOne: "Refusée.",
  },
  disclosure: {
    title: "Consigner une divulgation de l'identité hors de l'équipe du dossier",
    intro:
      "L'identité ne peut être divulguée hors de l'équipe du dossier que si le droit de l'Union ou le droit " +
      "national l'exige, par exemple dans le cadre d'enquêtes des autorités ou de procédures judiciaires " +
      "(art. 16, par. 2). L'auteur de signalement doit en être informé d'abord, avec les motifs par écrit, " +
      "sauf si cela compromettait l'enquête ou la procédure (art. 16, par. 3).",
    basis: "Base juridique",
    basisHint: "La loi et la disposition qui exigent la divulgation.",
    basisMissing: "Indiquez la base juridique (au moins 5 caractères).",
    to: "Divulguée à",
    toMissing: "Dites à qui l'identité est divulguée.",
    jeopardises: "Informer l'auteur de signalement compromettrait l'enquête ou la procédure judiciaire",
    message: "Message à l'auteur de signalement avec les motifs écrits",
    messageHint: "Chiffré dans ce navigateur et déposé dans la boîte de l'auteur de signalement.",
    messageMissing:
      "Écrivez les motifs à l'auteur de signalement, ou cochez que l'en informer compromettrait l'enquête.",
    submit: "Consigner la divulgation",
    recorded: "La divulgation a été consignée.",
  },
  minimise: {
    title: "Supprimer des données inutiles (art. 17)",
    intro:
      "Efface définitivement une entrée ou un fichier entier, des deux côtés : sa clé est détruite. Le fil garde une mention signée de la suppression et de son motif, sans son contenu, et le journal d'audit l'enregistre. À utiliser pour les données personnelles sans pertinence, et sans délai pour ce qui s'est avéré inexact ou hors du champ de la loi (Espagne : Ley 2/2023 art. 32). Le signalement lui-même reste.",
    held: "Rien ne peut être supprimé tant qu'une conservation pour raisons juridiques est en place.",
    nothing: "Rien ne peut être supprimé dans ce dossier.",
    target: "Élément à supprimer",
    entryOption: (seq: number, kind: string, author: string, when: string) =>
      `Entrée ${seq} : ${kind}, ${author}, ${when}`,
    fileOption: (name: string) => `Fichier : ${name}`,
    unnamedFile: "Fichier (son nom n'a pas pu être déchiffré)",
    reason: "Motif",
    confirm: "Je comprends que cette action est irréversible.",
    confirmFirst: "Cochez d'abord la confirmation ci-dessus.",
    submit: "Supprimer définitivement",
    done: "Supprimé. Les deux côtés voient qu'un élément a été supprimé et pourquoi ; le journal d'audit l'enregistre sans contenu.",
  },
  hold: {
    title: "Conservation et gel légal",
    deleteBy: "Supprimé le",
    noDeleteBy: "Pas encore fixée : la date découle de la clôture du dossier.",
    notHeld: "Aucun gel légal. Le dossier est supprimé à la date ci-dessus.",
    held: "Un gel légal est en place : le dossier est conservé au-delà de la date ci-dessus jusqu'à sa levée.",
    justification: "Justification du gel légal",
    justificationHint:
      "Au moins 10 caractères, par exemple une procédure en cours. Elle est consignée au journal d'audit.",
    justificationShort: "Écrivez une justification d'au moins 10 caractères.",
    place: "Placer un gel légal",
    placed: "Le gel légal est en place.",
    lift: "Lever le gel légal",
    lifted: "Le gel légal a été levé.",
  },
  security: {
    title: "Ma sécurité",
    totpRequired:
      "Votre organisation exige un second facteur. Configurez une application d'authentification avant de continuer.",
    continue: "Continuer",
    totpTitle: "Application d'authentification",
    totpOn: "Activée : la connexion demande un code de votre application d'authentification.",
    totpOff: "Désactivée.",
    totpStart: "Configurer une application d'authentification",
    totpScan: "Scannez ce code avec votre application d'authentification, ou saisissez-y la clé ci-dessous.",
    totpQr: "Code QR pour votre application d'authentification",
    totpNoQr: "Le code QR n'a pas pu être dessiné ici. Saisissez la clé ci-dessous dans votre application.",
    totpSecret: "Clé :",
    totpUri: "Afficher l'adresse de configuration",
    totpCodeHint:
      "Saisissez le code à 6 chiffres affiché par votre application, pour confirmer qu'elle fonctionne.",
    totpEnable: "Activer",
    totpEnabled: "L'application d'authentification est activée.",
    passkeyTitle: "Clés d'accès",
    passkeyIntro:
      "Une clé d'accès sur cet appareil ou une clé de sécurité peut confirmer votre connexion à la place d'un " +
      "code. Votre phrase secrète reste nécessaire : elle seule ouvre vos clés.",
    passkeyCount: (n: number): string =>
      n === 1 ? "1 clé d'accès enregistrée." : `${n} clés d'accès enregistrées.`,
    passkeyAdd: "Ajouter une clé d'accès",
    passkeyAdded: "La clé d'accès a été ajoutée.",
    passkeyCancelled: "La clé d'accès n'a pas été utilisée : la demande a été annulée ou a expiré.",
    passkeyUnsupported: "Ce navigateur ne prend pas en charge les clés d'accès.",
    passkeyNeeded: "Votre phrase secrète est correcte. Confirmez maintenant avec votre clé d'accès.",
    usePasskey: "Utiliser une clé d'accès",
    passphraseTitle: "Phrase secrète",
    passphraseIntro:
      "Vos clés sont scellées à nouveau dans ce navigateur sous la nouvelle phrase secrète. Les autres sessions sont déconnectées.",
    currentPassphrase: "Phrase secrète actuelle",
    currentMissing: "Saisissez votre phrase secrète actuelle sous « Confirmez votre identité ».",
    confirmTitle: "Confirmez votre identité",
    confirmIntro:
      "Modifier la phrase secrète, la clé de récupération, les seconds facteurs ou l'adresse de rappel demande " +
      "chaque fois votre phrase secrète actuelle et votre second facteur (un code de votre application ou votre clé d'accès).",
    confirmCode:
      "Saisissez le code actuel de votre application d'authentification sous « Confirmez votre identité ».",
    change: "Changer la phrase secrète",
    changed: "Votre phrase secrète a été changée. Les autres sessions ont été déconnectées.",
    recoveryTitle: "Clé de récupération",
    recoveryIntro:
      "Une clé de récupération permet de définir une nouvelle phrase secrète si vous oubliez la vôtre. " +
      "Imprimez-la ou notez-la et gardez-la en lieu sûr, loin de cet appareil. Sans elle, une phrase secrète " +
      "oubliée signifie que vos clés sont perdues.",
    recoveryReplaces: "Une nouvelle clé de récupération remplace la précédente.",
    recoveryCreate: "Créer une nouvelle clé de récupération",
    recoveryKeyFor: (handle: string): string => `Clé de récupération de ${handle}`,
    recoveryPrintNote:
      "Gardez-la secrète : avec votre identifiant, elle peut remplacer votre phrase secrète.",
    recoveryOnce: "Cette clé n'est affichée qu'une fois. Imprimez-la ou notez-la maintenant.",
    recoverySaved: "J'ai imprimé ou noté ma clé de récupération",
    recoveryDone: "Terminé",
    recoveryStored: "Votre clé de récupération est définie.",
    notifyTitle: "Rappels par courriel",
    notifyEmail: "Adresse électronique pour les rappels",
    notifyHint:
      "Les rappels disent seulement qu'une échéance approche ; ils ne contiennent jamais le contenu d'un signalement. Laissez vide pour n'en recevoir aucun.",
    notifySave: "Enregistrer l'adresse",
    notifyRemove: "Supprimer l'adresse",
    notifySaved: "L'adresse a été enregistrée.",
    notifyRemoved: "Aucun rappel ne sera envoyé par courriel.",
    notifyInvalid: "Saisissez une adresse électronique valide.",
    sessionsTitle: "Sessions",
    endAllHint: "Vous déconnecte sur tous les appareils et navigateurs, y compris celui-ci.",
    endAll: "Se déconnecter partout",
    endedAll: "Vous avez été déconnecté partout.",
  },
  recover: {
    link: "Phrase secrète oubliée ? Utilisez votre clé de récupération",
    title: "Définir une nouvelle phrase secrète avec votre clé de récupération",
    intro:
      "Saisissez votre identifiant et la clé de récupération imprimée, puis choisissez une nouvelle phrase " +
      "secrète. Si votre organisation utilise une application d'authentification, il vous faut aussi un code de celle-ci.",
    key: "Clé de récupération",
    keyHint: "Sept groupes de quatre caractères. Majuscules ou minuscules, avec ou sans tirets.",
    badKey: "L'identifiant ou la clé de récupération n'est pas correct.",
    totpNeeded:
      "Votre clé de récupération est correcte. Saisissez maintenant le code de votre application d'authentification.",
    newTitle: "Votre nouvelle phrase secrète",
    submit: "Définir la nouvelle phrase secrète et se connecter",
    notChanged: "Votre phrase secrète n'a pas été changée ; rien d'autre n'a été conservé. Réessayez.",
    back: "Retour à la connexion",
  },
  admin: {
    title: "Gestion",
    sectionsLabel: "Sections de l’administration",
    sections: {
      people: "Personnes",
      channels: "Canaux",
      settings: "Paramètres",
      notice: "Avis",
      transparency: "Transparence",
      audit: "Journal d’audit",
    },
    enrolTitle: "Inviter une personne",
    enrolIntro:
      "Créez un lien d'inscription à usage unique et remettez-le à la personne par un moyen de confiance. Il " +
      "fonctionne une fois et expire au bout d'un jour.",
    roles: "Rôles",
    rolesMissing: "Choisissez au moins un rôle.",
    enrolChannels: "Canaux dont elle reçoit les signalements",
    enrolChannelsHint:
      "Seuls les gestionnaires de dossiers reçoivent des signalements. Modifiable plus tard.",
    enrolCreate: "Créer le lien d'inscription",
    enrolLinkIntro: (expires: string): string =>
      `Lien d'inscription, affiché maintenant seulement. Il fonctionne une fois et expire le ${expires}.`,
    copyManually: "La copie n'est pas possible ici. Sélectionnez le lien et copiez-le.",
    peopleTitle: "Personnes",
    peopleHint:
      "Retirer une personne supprime ses clés et ses sessions. Une personne qui est la seule à pouvoir ouvrir " +
      "un dossier ne peut être retirée qu'après qu'une autre a reçu l'accès.",
    colName: "Nom",
    colChannels: "Canaux",
    colTotp: "Application d'authentification",
    colSince: "Depuis",
    colActions: "Opérations",
    noChannel: "Aucun",
    totpOn: "Activée",
    totpOff: "Désactivée",
    rolesSave: "Enregistrer les rôles",
    rolesSaved: (name: string): string => `Les rôles de ${name} ont été enregistrés.`,
    remove: "Retirer",
    removeQuestion: (name: string): string =>
      `Retirer ${name} ? Ses clés et sessions sont supprimées et la personne ne peut plus se connecter. C'est irréversible.`,
    removeConfirm: "Oui, retirer",
    removeCancel: "Annuler",
    removed: (name: string): string => `${name} a été retiré.`,
    channelsTitle: "Canaux d'acheminement",
    channelsIntro:
      "Un auteur de signalement peut choisir un canal. Seuls ses membres gestionnaires de dossiers peuvent " +
      "ouvrir les signalements qui y sont envoyés.",
    membersSave: "Enregistrer les membres",
    membersSaved: (name: string): string => `Les membres de ${name} ont été enregistrés.`,
    channelName: "Nouveau canal",
    channelNameHint: "Un nom que l'auteur de signalement comprend, par exemple « Finances et achats ».",
    channelNameMissing: "Nommez le canal.",
    channelCreate: "Ajouter le canal",
    channelCreated: (name: string): string =>
      `Le canal ${name} a été ajouté. Choisissez ses membres ci-dessous.`,
  },
  approvals: {
    title: "En attente d'un second administrateur",
    intro:
      "Avec deux administrateurs ou plus, une modification qui permet à quelqu'un de lire les signalements (un rôle, un canal, un lien d'inscription) ou qui désactive l'approbation par une seconde personne pour les sections d'identité ne s'applique qu'après l'approbation d'un autre administrateur. Les gestionnaires du canal en sont informés lorsqu'elle s'applique.",
    none: "Rien n'est en attente.",
    oneAdmin:
      "Vous êtes le seul administrateur : vos modifications s'appliquent donc immédiatement. Dès qu'il y aura un second administrateur, une modification qui permet à quelqu'un de lire les signalements attendra son approbation.",
    approve: "Approuver",
    reject: "Refuser",
    withdraw: "Retirer",
    mine: "Vous avez demandé ceci ; un autre administrateur doit l'approuver.",
    requested: (who: string, when: string): string => `Demandé par ${who} le ${when}.`,
    roles: (name: string, roles: string): string => `Donner à ${name} les rôles : ${roles}.`,
    members: (channel: string, names: string): string => `Définir les membres de ${channel} : ${names}.`,
    enrolment: (roles: string): string =>
      `Permettre l'utilisation d'un lien d'inscription, avec les rôles : ${roles}.`,
    settingsOff:
      "Désactiver l'approbation par une seconde personne pour l'ouverture des sections d'identité.",
    waiting: "Enregistré comme demande : un autre administrateur doit l'approuver avant qu'elle s'applique.",
    approved: "Approuvé et appliqué. Les gestionnaires du canal en sont informés.",
    rejected: "La modification a été refusée ; rien n'a été appliqué.",
    confirmIntro:
      "Pour approuver, il faut votre phrase secrète (et votre second facteur, si vous en avez un).",
    linkWaiting:
      "Ce lien fonctionnera dès qu'un autre administrateur l'aura approuvé sous « En attente d'un second administrateur ».",
  },
  notices: {
    title: "Changements de qui peut lire les signalements",
    newReader: (name: string, channel: string): string =>
      `${name} peut désormais lire les signalements de ${channel}. Si vous ne vous y attendiez pas, prévenez les autres administrateurs.`,
    unknownReader: "Une personne qui est partie depuis",
    anyChannel: "votre canal",
    dismiss: "Masquer",
  },
  settings: {
    title: "Paramètres de l'organisation",
    orgName: "Nom de l'organisation",
    orgNameFrom: "Modifiez-le dans le profil de l’organisation (Avis).",
    jurisdiction: "Droit applicable",
    jurisdictionHint: "Le droit national dont les délais et règles de conservation s'appliquent.",
    timeZone: "Fuseau horaire",
    timeZoneHint: "Un nom IANA comme Europe/Paris. Les dates légales sont des jours dans ce fuseau.",
    retentionYears: "Années de conservation après clôture",
    retentionUnknown: "Utilisé lorsque la loi ne fixe pas la durée de conservation.",
    retentionFixed: (period: string, basis: string): string =>
      `Non utilisé : la loi fixe la durée à ${period} (${basis}).`,
    retentionCap: (period: string, basis: string): string => `Au plus ${period} (${basis}).`,
    retentionOpen: (basis: string): string => `La loi ne fixe pas la durée (${basis}).`,
    reminderAck: "Rappel d'accusé de réception, jours avant l'échéance",
    reminderFeedback: "Rappel de retour d'informations, jours avant l'échéance",
    requireTotp: "Tout le monde doit utiliser une application d'authentification",
    requireTotpHint: "Les personnes sans application sont invitées à la configurer avant toute autre chose.",
    requireApproval: "Ouvrir une section d'identité demande l'accord d'un second dépositaire",
    requireApprovalHint: "Sinon, le motif consigné par un dépositaire suffit.",
    save: "Enregistrer les paramètres",
    saved: "Les paramètres ont été enregistrés.",
    unchanged: "Rien n'a été modifié.",
    invalid: "Vérifiez les valeurs signalées.",
    updatedAt: (when: string): string => `Dernière modification ${when}.`,
  },
  audit: {
    title: "Journal d'audit",
    hint: "Plus récentes d'abord, 500 entrées au plus. Il consigne des actions, jamais le contenu d'un signalement.",
    intact: (n: number): string => `La chaîne de hachage est intacte (${n} entrées vérifiées).`,
    broken: (seq: number, reason: string): string =>
      `La chaîne de hachage est rompue à l'entrée ${seq} : ${reason}. Le journal a peut-être été modifié.`,
    checkpoint: (seq: number): string =>
      `Point de contrôle signé : le journal jusqu'à l'entrée ${seq} a été vérifié et signé par le navigateur d'une personne. npm run audit:verify échoue si quoi que ce soit change jusque-là.`,
    colSeq: "N°",
    colTime: "Heure",
    colActor: "Qui",
    colAction: "Opération",
    colCase: "Dossier",
    colDetail: "Détail",
    system: "Système",
  },
  backup: {
    title: "Sauvegardes",
    intro:
      "Les sauvegardes sont chiffrées pour une clé hors ligne que gardent les administrateurs, jamais pour une clé sur ce serveur. Créez-la avec 'npm run backup:keygen' sur la machine qui la garde, puis collez ici son destinataire. Les sauvegardes expirent après 30 jours : un dossier supprimé disparaît de toutes les sauvegardes dans ce délai.",
    none: "Aucun destinataire de sauvegarde n'est défini : aucune sauvegarde ne peut être faite.",
    current: (fingerprint: string, when: string): string =>
      `Les sauvegardes sont chiffrées pour la clé d'empreinte ${fingerprint}${when ? ` (définie ${when})` : ""}. Comparez-la avec celle affichée à la création de la clé.`,
    recipient: "Nouveau destinataire de sauvegarde",
    recipientHint: "La ligne age1pq1... affichée par 'npm run backup:keygen' (une clé post-quantique).",
    save: "Définir le destinataire de sauvegarde",
    saved: "Le destinataire de sauvegarde a été défini.",
    notHybrid: "Collez un destinataire post-quantique : il commence par age1pq1.",
  },
  trust: {
    title: "Clé du canal",
    fingerprint: "Empreinte de la clé du canal",
    hint: "Les auteurs de signalement la comparent avec l'affiche et l'information. Si elle diffère un jour, arrêtez-vous et prévenez les autres administrateurs.",
    roster: (serial: number, when: string): string => `Liste signée n° ${serial}, signée ${when}.`,
    none: "Pas encore de liste signée : un administrateur doit se connecter une fois.",
    waiting: "Un autre administrateur doit se connecter une fois pour partager avec vous la clé du canal.",
    mismatch:
      "La liste servie par le serveur n'a pas été signée avec la clé du canal que vous détenez. Ne vous y fiez pas.",
    colleagues: "Clés de signature des collègues",
    colleaguesHint:
      "Comparez l'empreinte d'un collègue avec ce qu'affiche son propre écran avant de lui donner accès à un dossier.",
  },
  channelRules: {
    title: "Entité juridique de chaque canal",
    intro:
      "Un groupe ayant des entités dans plusieurs États membres fixe ici le droit national et le fuseau horaire que suivent les signalements de chaque canal. Un signalement les reprend à son envoi et les garde ; modifier un canal ne vaut que pour les nouveaux signalements.",
    jurisdiction: "Droit applicable",
    organisationDefault: "Celui de l’organisation (voir Paramètres)",
    timeZone: "Fuseau horaire",
    timeZoneHint: "Un nom IANA comme Europe/Dublin ; laisser vide pour celui de l’organisation.",
    save: "Enregistrer",
    saved: (name: string): string => `Entité juridique de ${name} enregistrée.`,
    unverified: (states: string): string =>
      `Règles pas encore vérifiées au regard du droit national (nombre entre parenthèses) ; les délais de la directive s'appliquent jusqu'à la vérification d'un texte national : ${states}.`,
  },
  concerned: {
    unverified:
      "Non vérifié : cet enregistrement n’est pas signé par le collègue qu’il nomme, son contenu n’est donc pas affiché. Il a pu être ajouté ou modifié sur le serveur.",
    title: "Personnes concernées",
    intro:
      "Les personnes que le signalement désigne comme responsables ou impliquées (art. 22). Leur identité est chiffrée dans votre navigateur avec la clé des notes : seuls les collègues ayant accès à ce dossier la lisent, jamais l'auteur du signalement. Leur identité est protégée comme celle de l'auteur du signalement.",
    none: "Aucune personne concernée enregistrée.",
    waiting:
      "Des personnes concernées sont enregistrées, mais vous ne pourrez les lire qu'après qu'un collègue vous aura transmis la clé des notes.",
    name: "Nom",
    role: "Rôle dans l'affaire",
    add: "Ajouter une personne concernée",
    added: "La personne concernée a été enregistrée.",
    unreadable: "Cet enregistrement n'a pas pu être déchiffré.",
    notInformed: "Pas encore informée (RGPD art. 14).",
    informBy: "À informer au plus tard le (RGPD art. 14(3))",
    informedOn: "Informée le",
    deferredOn: "Information différée le",
    reason: "Motif :",
    heardOn: "Entendue le",
    day: "Jour",
    recordInformed: "Enregistrer comme informée",
    recordHeard: "Enregistrer comme entendue",
    deferReason: "Pourquoi l'informer maintenant compromettrait gravement l'enquête",
    defer: "Différer l'information",
    saved: "Enregistré.",
    disclosureTitle: "Divulguer l'identité de cette personne hors de l'équipe",
    disclosureBasis: "Base légale",
    disclosureTo: "Divulguée à",
    askDisclosure: "Demander la divulgation",
    approvalNote: "Une deuxième personne doit approuver avant toute divulgation.",
    states: { pending: "En attente d'approbation", approved: "Approuvée", refused: "Refusée" },
    approve: "Approuver",
    refuse: "Refuser",
    recordMade: "Enregistrer la divulgation",
    disclosedOn: "Divulguée le",
  },
  notes: {
    title: "Notes internes",
    intro:
      "Seuls les collègues qui détiennent ce dossier peuvent lire ces notes. Elles sont chiffrées dans votre navigateur avec une clé de notes distincte : l’auteur du signalement ne les voit jamais.",
    none: "Aucune note pour l’instant.",
    add: "Ajouter une note",
    label: "Nouvelle note",
    added: "La note a été ajoutée.",
    waiting:
      "Des collègues ont écrit des notes que vous ne pouvez pas encore lire : le prochain d’entre eux qui ouvre ce dossier partagera la clé de notes avec vous.",
    by: (name: string, when: string): string => `${name}, ${when}`,
    unreadable: "Cette note n’a pas pu être déchiffrée.",
    unverified:
      "Cette note n’est pas signée par le collègue qui en serait l’auteur ; elle n’est donc pas affichée. Elle a peut-être été ajoutée ou modifiée sur le serveur.",
    assignee: "Qui s’en occupe",
    nobody: "Personne pour l’instant",
    assign: "Enregistrer",
    assigned: (name: string): string => `${name} s’occupe de ce dossier.`,
    unassigned: "Personne ne s’occupe plus de ce dossier.",
    onIt: (name: string): string => `En charge : ${name}`,
  },
  questions: {
    title: "Questions du formulaire de signalement",
    intro:
      "Questions que le formulaire de ce canal pose en plus des champs habituels. Les réponses sont facultatives et chiffrées avec le signalement ; les personnes chargées du traitement les voient avec la question telle qu’elle a été posée. Chaque enregistrement crée une nouvelle version.",
    version: (n: number): string => (n === 0 ? "Aucune question pour l’instant." : `Version ${n}.`),
    none: "Aucune question.",
    remove: "Retirer",
    label: "Intitulé de la question",
    type: "Type de réponse",
    types: {
      text: "Texte",
      single: "Un seul choix",
      multiple: "Plusieurs choix",
      date: "Une date",
    },
    options: "Choix, un par ligne",
    optionsHint: "Seulement pour les questions à choix : au moins deux.",
    add: "Ajouter la question",
    save: "Enregistrer les questions",
    saved: (channel: string, n: number): string =>
      `Les questions de ${channel} ont été enregistrées en version ${n}.`,
    labelMissing: "Écrivez d’abord la question.",
    optionsMissing: "Indiquez au moins deux choix, un par ligne.",
  },
  release: {
    title: "Version du client",
    intro:
      "Publier une version signe avec la clé du canal la liste de tous les fichiers que ce serveur envoie aux navigateurs (client-manifest.json), après que votre navigateur a récupéré et vérifié chaque fichier. Chacun peut ensuite lancer npm run verify:site sur cette adresse pour vérifier que le site envoie toujours exactement ces fichiers.",
    none: "Aucune version n'a encore été publiée.",
    current: (when: string, files: number): string =>
      `Version en vigueur : publiée le ${when}, ${files} fichiers. SHA-256 du manifeste :`,
    hint: "Publiez après chaque mise à jour. Avant cela, comparez le SHA-256 du manifeste avec sha256sum dist/client/client-manifest.json issu de votre propre compilation de la version publiée : deux compilations d'une même version donnent les mêmes fichiers.",
    publish: "Vérifier les fichiers servis et publier cette version",
    checking: (n: number): string => `Vérification de ${n} fichiers servis…`,
    differs: (paths: string): string =>
      `Non publiée : ces fichiers servis diffèrent du manifeste : ${paths}.`,
    noKey: "Non publiée : ce navigateur ne détient pas encore la clé du canal.",
    published: (digest: string): string => `Version publiée. SHA-256 du manifeste : ${digest}.`,
  },
  caseExport: {
    title: "Exporter pour age",
    recipient: "Destinataire (clé age X25519, age1…)",
    recipientHint:
      "Le signalement et les échanges sont déchiffrés ici puis chiffrés pour cette seule clé ; ouvrez le fichier avec l'outil age. L'export est consigné dans le journal d'audit.",
    purpose: "Finalité de l'export",
    submit: "Consigner et télécharger l'export",
    badRecipient: "Saisissez un destinataire age X25519 : age1 suivi de 58 caractères.",
    purposeShort: "Dites en quelques mots pourquoi le dossier est exporté.",
    done: (hash: string): string =>
      `Export téléchargé. Il contient la tête du journal d'audit que votre navigateur a vérifiée et signée : ${hash}.`,
    doneNoHead: "Export téléchargé.",
  },
};

export default fr;
