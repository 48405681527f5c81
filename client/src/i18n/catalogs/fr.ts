/** Français : formulaire de signalement, page du code d'accès et boîte du dossier. Statut : content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const fr: ReporterTranslation = {
  lang: "fr",
  locale: "fr-FR",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/fr/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Aller au contenu principal",
    home: "Accueil",
    notice: "Informations pour les travailleurs (avis)",
    noscript:
      "Le formulaire de signalement et la boîte du dossier ont besoin de JavaScript : vos mots sont chiffrés " +
      "sur cet appareil avant d'être envoyés, et cela nécessite JavaScript. Vous pouvez lire cette page sans.",
    noscriptAllow:
      "Pour autoriser JavaScript pour ce site seulement : dans Tor Browser, le niveau « Plus sûr » suffit " +
      "(icône du bouclier, Paramètres) ; au niveau « Le plus sûr », ajoutez le bouton NoScript à la barre " +
      "d'outils et choisissez « Faire temporairement confiance » pour ce site. Dans les autres navigateurs, " +
      "ouvrez les paramètres du site à côté de la barre d'adresse et autorisez JavaScript pour ce site.",
    noscriptElsewhere:
      "Vous pouvez aussi signaler auprès de ces autorités et organes de l'UE (liens simples) :",
    language: "Langue",
    leave: "Quitter rapidement",
    leaveHint: "Remplace cette page par une page vide et efface ce que vous avez saisi.",
    notLegalAdvice: "Il s'agit d'une information générale, pas d'un conseil juridique.",
    loading: "Chargement…",
    required: "(obligatoire)",
    optional: "(facultatif)",
  },
  landing: {
    title: "Signaler en toute sécurité",
    intro:
      "Ce canal confidentiel sert à signaler des violations du droit dont vous avez eu connaissance dans le " +
      "cadre de votre travail : par exemple fraude, corruption, risques pour la sécurité ou la santé, " +
      "atteintes à l'environnement, violations de la protection des données ou risques liés à des systèmes " +
      "d'IA. Vous pouvez rester anonyme.",
    makeReport: "Faire un signalement",
    makeReportHint: "Environ 10 minutes. Sans compte, sans adresse électronique, sans nom.",
    openInbox: "Ouvrir la boîte de votre dossier",
    openInboxHint:
      "Déjà signalé ? Utilisez votre code d'accès pour lire les réponses et répondre aux questions.",
    howTitle: "Comment cela fonctionne",
    how1: "Votre signalement est chiffré dans votre navigateur avant d'être envoyé. Le serveur ne conserve que du texte qu'il ne peut pas lire ; seules les personnes désignées pour traiter les dossiers peuvent l'ouvrir.",
    how2: "Nous ne conservons ni votre adresse IP ni aucune information sur votre appareil. Pour plus de sécurité, utilisez un appareil et un réseau que votre employeur ne contrôle pas.",
    how3: "Après l'envoi, vous recevez un code d'accès. C'est la seule clé de la boîte de votre dossier, où vous lisez les réponses et pouvez répondre. Personne ne peut le récupérer pour vous.",
    how4: "Vous recevez un accusé de réception dans les 7 jours et un retour d'informations sur le suivi dans les 3 mois.",
    externalTitle: "Vous pouvez aussi signaler en dehors de l'organisation",
    external:
      "Vous pouvez toujours signaler directement à une autorité compétente, ou à une institution, un organe " +
      "ou un organisme de l'UE, par exemple l'outil de signalement du Bureau de l'IA de l'UE pour le " +
      "règlement sur l'IA. Vous n'êtes jamais obligé de signaler ici d'abord.",
    externalNotice: "L'avis indique les autorités et comment les joindre",
    aiOfficeLink: "À propos de l'outil de signalement du Bureau de l'IA (site de la Commission européenne)",
    handlerTitle: "Pour les personnes qui traitent les dossiers",
    handlerLink: "Se connecter pour traiter les dossiers",
  },
  report: {
    categoryNotSureHint:
      "Vous ne savez pas quel thème choisir ? Choisissez « Autre / pas sûr » en haut de la liste : les personnes chargées du dossier s'en occuperont.",
    notSureButton: "Je ne suis pas sûr : choisir « Autre / pas sûr »",
    groupNotSure: "Autre / pas sûr",
    groupEuLaw: "Violations du droit de l'Union",
    groupAiRisks: "Sécurité de l'IA et droits fondamentaux",
    groupNational: "Violations du droit national",
    draftWarning:
      "Votre signalement n'a pas été envoyé. Si vous quittez cette page, ce que vous avez écrit sera perdu.",
    elsewhereSummary: "Autres endroits où signaler",
    receiptFor: "Signalement à",
    inboxFailed:
      "La boîte n'a pas pu être ouverte ici. Votre code d'accès est toujours affiché ci-dessus ; ouvrez la page de la boîte avec ce code.",
    title: "Faire un signalement",
    intro:
      "Racontez avec vos propres mots ce qui s'est passé. Seules les deux premières questions sont " +
      "obligatoires. Tout ce que vous écrivez est chiffré dans ce navigateur avant d'être envoyé.",
    channel: "Où votre signalement doit-il aller ?",
    category: "De quoi s'agit-il ?",
    categoryPlaceholder: "Choisissez un thème",
    what: "Que s'est-il passé ?",
    whatHint:
      "Décrivez les faits que vous connaissez. Dites ce que vous avez vu vous-même et ce que d'autres vous ont rapporté.",
    whenWhere: "Quand et où cela s'est-il passé ?",
    whenWhereHint: "Dates, lieux, systèmes ou projets, dans la mesure où vous les connaissez.",
    who: "Qui est impliqué ?",
    whoHint: "Noms ou fonctions des personnes ou équipes concernées, si vous les connaissez.",
    relationship: "Votre lien avec l'organisation",
    relationshipHint: "Facultatif. Laisser ce champ vide peut vous aider à rester anonyme.",
    filesLabel: "Fichiers",
    recordVoice: "Enregistrer un message vocal",
    filesHint:
      "Documents, captures d’écran, journaux. Chaque fichier est chiffré dans ce navigateur avant d’être envoyé, après le signalement.",
    relationshipNone: "Laisser vide",
    aboutTitle: "À votre sujet (facultatif)",
    identityLegend: "Votre identité (facultatif)",
    identityWarning:
      "Laissez cette partie vide pour rester anonyme. Si vous la remplissez, elle est chiffrée avec une clé " +
      "distincte que seuls les gardiens (les personnes désignées pour protéger l'identité des auteurs de " +
      "signalement) peuvent ouvrir. Les autres personnes qui traitent le dossier voient seulement qu'elle existe.",
    identityNoCustodians:
      "Personne n'a actuellement le rôle de gardien, votre identité ne pourrait donc pas être protégée " +
      "séparément. Veuillez laisser cette partie vide.",
    identityName: "Votre nom",
    identityContact: "Comment vous joindre",
    identityContactHint: "Une adresse électronique ou un numéro de téléphone privés, pas professionnels.",
    identityNote: "Autre précision pour vous contacter",
    detailsWarning:
      "Les détails de vos réponses peuvent aussi révéler qui vous êtes. Écrivez ce qui est nécessaire pour " +
      "comprendre le problème et laissez de côté le reste.",
    coiLegend: "Personnes qui ne doivent pas voir ce signalement (facultatif)",
    coiHint:
      "Cochez les personnes impliquées dans ce que vous signalez ou qui pourraient avoir un conflit " +
      "d'intérêts. Votre signalement n'est pas chiffré pour elles : elles ne peuvent pas l'ouvrir, et " +
      "personne ne pourra leur en donner l'accès plus tard.",
    beforeTitle: "Avant d'envoyer",
    beforeAnonymity:
      "Anonymat : votre signalement est chiffré dans ce navigateur. Nous ne le voyons jamais en clair et " +
      "nous ne conservons pas votre adresse IP. Seules les personnes qui traitent le dossier peuvent le lire.",
    beforeToken:
      "Votre code d'accès : après l'envoi, vous recevez un code affiché une seule fois. C'est le seul moyen " +
      "d'accéder à la boîte de votre dossier. Gardez-le en lieu sûr et pour vous ; personne ne peut le " +
      "récupérer pour vous.",
    beforeNext:
      "La suite : vous recevez un accusé de réception dans les 7 jours et un retour d'informations dans les " +
      "3 mois. Consultez votre boîte : nous n'avons pas d'autre moyen de vous joindre, sauf si vous nous en " +
      "indiquez un. Les dates exactes s'affichent après l'envoi.",
    beforeExternal:
      "Vous pouvez toujours signaler à une autorité compétente ou à une institution, un organe ou un " +
      "organisme de l'UE, y compris l'outil de signalement du Bureau de l'IA, au lieu de signaler ici ou en " +
      "plus. Vous n'êtes jamais obligé de signaler ici d'abord.",
    submit: "Chiffrer et envoyer le signalement",
    loadingConfig: "Chargement du formulaire…",
    configFailed: "Le formulaire n'a pas pu être chargé. Vérifiez votre connexion et rechargez la page.",
    encrypting: "Chiffrement de votre signalement dans ce navigateur…",
    sending: "Envoi du signalement chiffré…",
    missingCategory: "Choisissez l'objet de votre signalement.",
    missingWhat: "Décrivez ce qui s'est passé.",
    failedClosed: "Le chiffrement a échoué, rien n'a donc été envoyé. Rechargez la page et réessayez.",
    sendFailed: "Votre signalement n'a pas été envoyé :",
    noHandlers: "Personne ne peut encore recevoir de signalements sur ce canal, rien n'a donc été envoyé.",
    allExcluded:
      "Vous avez exclu toutes les personnes qui pourraient lire votre signalement. Laissez au moins une personne non cochée.",
    sentTitle: "Votre signalement a été envoyé",
    spellToken: "Lire le code d'accès caractère par caractère",
    tokenGroup: (n: number): string => `Groupe ${n}`,
    tokenTitle: "Votre code d'accès",
    tokenOnce:
      "Ce code n'est affiché qu'une fois. Enregistrez-le maintenant. Quiconque le possède peut lire votre dossier : gardez-le pour vous.",
    copy: "Copier",
    copied: "Copié.",
    copyFailed: "La copie n'est pas possible ici. Sélectionnez le code et copiez-le, ou notez-le.",
    download: "Télécharger en fichier texte",
    print: "Imprimer",
    inboxAt: "La boîte de votre dossier :",
    tokenFileIntro:
      "Code d'accès à votre signalement. Gardez-le pour vous : quiconque le possède peut lire votre dossier.",
    datesTitle: "La suite",
    receivedOn: "Reçu le",
    ackBy: "Accusé de réception au plus tard le",
    feedbackBy: "Retour d'informations au plus tard le",
    disclosureFrom: "Une divulgation publique peut être protégée à partir du",
    disclosureShort:
      "Ne compte que si aucune mesure appropriée n'est prise ; votre boîte explique ce que cela signifie. Information générale, pas un conseil juridique.",
    datesHint:
      "Ouvrez votre boîte avec le code pour voir l'accusé de réception, les réponses et le retour d'informations.",
    saved: "J'ai enregistré mon code en lieu sûr",
    continue: "Continuer vers la boîte",
    leaveWarning:
      "Vous n'avez pas confirmé avoir enregistré votre code. Il ne peut pas être affiché à nouveau.",
  },
  inbox: {
    furtherFeedbackTitle: "Retour d'informations complémentaire",
    furtherFeedbackHint:
      "Le droit irlandais vous permet de demander un retour d'informations complémentaire tous les 3 mois jusqu'à la clôture de votre dossier. Votre demande est ajoutée aux messages, signée dans ce navigateur.",
    furtherFeedbackAsk: "Demander un retour d'informations tous les 3 mois",
    furtherFeedbackText:
      "Je demande un retour d'informations complémentaire tous les 3 mois jusqu'à la clôture de mon dossier.",
    furtherFeedbackAsked: "Vous avez demandé un retour d'informations complémentaire le",
    furtherFeedbackBy: "Retour d'informations complémentaire au plus tard le",
    furtherFeedbackExplain:
      "3 mois après le dernier retour d'informations, parce que vous l'avez demandé. Cela se répète jusqu'à la clôture du dossier.",
    notSetAck:
      "Aucune date : l'échéance de l'accusé de réception ne vaut que jusqu'à ce que votre signalement soit confirmé.",
    notSetFeedback:
      "Pas encore de date : elle est fixée dès que le délai légal du retour d'informations peut être calculé.",
    notSetDisclosure:
      "Aucune date, car le retour d'informations sur le résultat est arrivé dans le délai, ou parce que le droit de ce canal n'en prévoit pas. La protection de l'article 15, paragraphe 1, point b), qui n'exige aucune attente, n'est pas affectée.",
    datesMore: "Chaque date indique la règle dont elle découle.",
    todo: {
      "answer-question": "Nous vous avons posé une question. Veuillez y répondre ci-dessous.",
      "read-reply":
        "Nous vous avons écrit. Lisez le message ci-dessous ; vous pouvez répondre si vous le souhaitez.",
      "read-feedback":
        "Nous vous avons donné un retour d'informations sur ce qui a été fait. Lisez-le ci-dessous ; vous pouvez encore nous écrire.",
      closed: "Votre dossier est clos. Vous pouvez toujours tout lire ici.",
      "wait-ack":
        "Rien à faire pour l'instant. Votre signalement est arrivé ; nous en accuserons réception ici.",
      "wait-follow-up":
        "Rien à faire pour l'instant. Le suivi est en cours ; revenez ici pour les réponses et le retour d'informations.",
    },
    title: "La boîte de votre dossier",
    intro:
      "Saisissez le code d'accès reçu lors de votre signalement. Il est vérifié et transformé en clés dans " +
      "ce navigateur ; le code lui-même n'est jamais envoyé.",
    token: "Code d'accès",
    tokenHint: "Cinq groupes de cinq caractères. Majuscules ou minuscules, avec ou sans tirets.",
    open: "Ouvrir la boîte",
    badToken: "Vérifiez le code : un caractère semble erroné.",
    notFound: "Aucun dossier ne correspond à ce code. Vérifiez-le et réessayez.",
    opening: "Ouverture de votre boîte…",
    lock: "Verrouiller",
    lockHint: "Verrouillez quand vous avez terminé : tout est effacé de cette page.",
    status: "État",
    outcome: "Résultat",
    datesTitle: "Vos dates",
    receivedOn: "Reçu",
    receivedExplain: "Le jour où votre signalement est arrivé.",
    acknowledgedOn: "Réception confirmée le",
    ackBy: "Accusé de réception dû au plus tard le",
    ackExplain: "À cette date au plus tard, l'organisation doit confirmer avoir reçu votre signalement.",
    ackDone: "L'organisation a confirmé la réception de votre signalement à cette date.",
    feedbackBy: "Retour d'informations dû au plus tard le",
    feedbackExplain:
      "À cette date au plus tard, vous devez savoir ce qui a été fait ou est prévu au sujet de votre signalement, et pourquoi.",
    disclosureFrom: "Une divulgation publique peut être protégée à partir du",
    disclosureExplain:
      "À partir de cette date, si aucune mesure appropriée n'a été prise à la suite de votre signalement, " +
      "rendre les informations publiques peut être protégé (article 15, paragraphe 1, point a), de la " +
      "directive). Cela vaut seulement si vous avez aussi signalé à une autorité compétente et qu'elle non " +
      "plus n'a pas pris de mesure appropriée dans son propre délai, ou si vous avez signalé directement à " +
      "l'autorité. Sans attendre, une divulgation publique peut aussi être protégée en cas de danger imminent " +
      "ou manifeste pour l'intérêt public, ou lorsqu'un signalement à l'autorité expose à des représailles " +
      "ou à la dissimulation de preuves (article 15, paragraphe 1, point b)). Demandez conseil avant de rendre " +
      "les faits publics, par exemple à une structure de soutien mentionnée dans l'avis.",
    basis: "Base juridique :",
    noDate: "Non fixée",
    threadTitle: "Messages",
    threadEmpty: "Pas encore de message.",
    replyLabel: "Écrire une réponse",
    replyHint:
      "Chiffrée dans ce navigateur avant d'être envoyée. Seules les personnes qui traitent le dossier peuvent la lire.",
    send: "Chiffrer et envoyer",
    sending: "Envoi…",
    sent: "Envoyé.",
    emptyReply: "Écrivez d'abord un message.",
    locked: "Verrouillé. Saisissez votre code pour rouvrir la boîte.",
  },
  fields: {
    category: "Catégorie",
    whatHappened: "Ce qui s'est passé",
    whenWhere: "Quand et où",
    whoInvolved: "Personnes impliquées",
    relationship: "Lien avec l'organisation",
    attachments: "Pièces jointes",
    none: "(non indiqué)",
  },
  status: {
    received: "Reçu",
    acknowledged: "Réception confirmée",
    in_follow_up: "Suivi en cours",
    feedback_given: "Retour d'informations donné",
    closed: "Clos",
  },
  outcome: {
    substantiated: "Fondé",
    unsubstantiated: "Non fondé",
    referred: "Transmis à une autorité",
    no_action: "Aucune mesure nécessaire",
    withdrawn: "Retiré",
  },
  kind: {
    further_feedback_request: "Demande de retour d'informations complémentaire",
    final_outcome: "Résultat final",
    report: "Signalement",
    message: "Message",
    acknowledgement: "Accusé de réception",
    request_info: "Demande d'informations complémentaires",
    feedback: "Retour d'informations",
    disclosure_notice: "Avis : votre identité va être divulguée",
    minimisation: "Données supprimées (art. 17)",
  },
  minimised: {
    entry:
      "Une entrée a été supprimée ici en vertu de l'art. 17 de la directive : les données personnelles inutiles sont effacées.",
    attachment:
      "Un fichier a été supprimé en vertu de l'art. 17 de la directive : les données personnelles inutiles sont effacées.",
    reason: "Motif",
    reasons: {
      not_relevant: "sans rapport avec le signalement",
      untrue: "avéré inexact",
      out_of_scope: "hors du champ des règles sur les lanceurs d'alerte",
    },
  },
  author: {
    reporter: "Auteur de signalement",
    handler: "Personne chargée du dossier",
    you: "Vous",
  },
  errors: {
    network: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    server: "Une erreur s'est produite sur le serveur. Réessayez plus tard.",
    rejected: "Le serveur n'a pas accepté cette demande. Rechargez la page et réessayez.",
    undecryptable: "Cette entrée n'a pas pu être déchiffrée.",
    unsupported: "Cette entrée utilise un format que cette page ne connaît pas.",
    unverified:
      "Cette entrée n'a pas pu être vérifiée : elle n'est donc pas affichée. Elle a pu être ajoutée, modifiée, supprimée ou déplacée sur le serveur.",
    unwrapFailed: "La clé du dossier n'a pas pu être ouverte avec votre clé.",
    recipientMismatch:
      "La clé du dossier fournie par le serveur ne correspond pas au dossier ouvert, rien n'a donc été envoyé. Signalez-le à un administrateur.",
    badRecipient:
      "Une clé de destinataire fournie par le serveur n'est pas du type attendu, rien n'a donc été envoyé.",
    weakKdf:
      "Le serveur a proposé des paramètres de clé non sûrs, la phrase secrète n'a donc pas été utilisée.",
    rateLimited: "Trop de tentatives. Attendez quelques minutes et réessayez.",
    notSent: "Cela n'a pas pu être préparé dans ce navigateur, rien n'a donc été envoyé. Réessayez.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 jour restant" : `${n} jours restants`),
    daysOver: (n: number): string => (n === 1 ? "1 jour de retard" : `${n} jours de retard`),
    today: "échéance aujourd'hui",
  },
  receipt: {
    download: "Télécharger l’accusé de réception signé",
    hint: "Le canal signe cet accusé : il montre que vous avez signalé, et quand. Conservez-le avec votre code. Chacun peut le vérifier, même hors ligne, sur la page /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Ce canal ne peut pas être vérifié pour le moment : cette page ne chiffrera ni n'enverra rien. Votre signalement reste chez vous : rien n'a quitté cet appareil.",
    unverifiedWhy: {
      "no-roster": "Le canal n'a pas encore de liste signée des personnes qui lisent les signalements.",
      "bad-pin": "Le lien que vous avez ouvert contient une empreinte de la clé du canal mal écrite.",
      "pin-mismatch":
        "La clé du canal ne correspond pas à l'empreinte du lien que vous avez ouvert (de l'affiche ou de l'avis). Quelqu'un essaie peut-être de lire des signalements qui ne lui sont pas destinés.",
      expired: "La liste signée des personnes qui lisent les signalements n'est plus à jour.",
      invalid:
        "La liste des personnes qui lisent les signalements n'est pas valablement signée par la clé du canal.",
    },
    unverifiedExternal: "Vous pouvez plutôt vous adresser à une autorité externe :",
    fingerprintPinned: (f: string): string => `Vérifié : la clé du canal correspond à votre lien (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Empreinte de la clé du canal : ${f}. Comparez-la à celle de l'affiche ou de l'avis avant d'écrire.`,
  },
};

export default fr;
