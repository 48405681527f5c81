/** Español: formulario de denuncia, página del código de acceso y buzón del caso. Estado: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const es: ReporterTranslation = {
  lang: "es",
  locale: "es-ES",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/es/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Ir al contenido principal",
    home: "Inicio",
    notice: "Información para las personas trabajadoras (aviso)",
    noscript:
      "El formulario de denuncia y el buzón del caso necesitan JavaScript: sus palabras se cifran en este " +
      "dispositivo antes de enviarse, y para ello hace falta JavaScript. Puede leer esta página sin él.",
    noscriptAllow:
      "Para permitir JavaScript solo en este sitio: en Tor Browser basta el nivel «Más seguro» (icono del " +
      "escudo, Configuración); en «El más seguro», añada el botón de NoScript a la barra de herramientas y " +
      "elija «Confiar temporalmente» para este sitio. En otros navegadores, abra la configuración del sitio " +
      "junto a la barra de direcciones y permita JavaScript para este sitio.",
    noscriptElsewhere:
      "También puede denunciar ante estas autoridades y organismos de la UE (enlaces simples):",
    language: "Idioma",
    leave: "Salir rápidamente",
    leaveHint: "Sustituye esta página por una vacía y borra lo que haya escrito.",
    notLegalAdvice: "Esto es información general, no asesoramiento jurídico.",
    loading: "Cargando…",
    required: "(obligatorio)",
    optional: "(opcional)",
  },
  landing: {
    title: "Denuncie con seguridad",
    intro:
      "Este es un canal confidencial para denunciar infracciones del Derecho de las que haya tenido " +
      "conocimiento en su trabajo: por ejemplo fraude, corrupción, riesgos para la seguridad o la salud, " +
      "daños al medio ambiente, infracciones de la protección de datos o riesgos de sistemas de IA. Puede " +
      "permanecer en el anonimato.",
    makeReport: "Presentar una denuncia",
    makeReportHint: "Unos 10 minutos. Sin cuenta, sin dirección de correo electrónico, sin nombre.",
    openInbox: "Abrir el buzón de su caso",
    openInboxHint:
      "¿Ya ha denunciado? Use su código de acceso para leer las respuestas y contestar preguntas.",
    howTitle: "Cómo funciona",
    how1: "Su denuncia se cifra en su navegador antes de enviarse. El servidor solo guarda texto que no puede leer; solo las personas designadas para tramitar los casos pueden abrirlo.",
    how2: "No guardamos su dirección IP ni nada sobre su dispositivo. Para mayor seguridad, use un dispositivo y una red que su empleador no controle.",
    how3: "Tras el envío recibirá un código de acceso. Es la única llave del buzón de su caso, donde lee las respuestas y puede contestar. Nadie puede recuperarlo por usted.",
    how4: "Recibirá un acuse de recibo en un plazo de 7 días y una respuesta sobre el seguimiento en un plazo de 3 meses.",
    externalTitle: "También puede denunciar fuera de la organización",
    external:
      "Siempre puede denunciar directamente ante una autoridad competente o ante una institución, órgano u " +
      "organismo de la UE, por ejemplo la herramienta de denuncia de la Oficina de IA de la UE para el " +
      "Reglamento de IA. Nunca está obligado a denunciar aquí primero.",
    externalNotice: "El aviso enumera las autoridades y cómo contactarlas",
    aiOfficeLink: "Sobre la herramienta de denuncia de la Oficina de IA (sitio web de la Comisión Europea)",
    handlerTitle: "Para las personas que tramitan los casos",
    handlerLink: "Iniciar sesión para tramitar casos",
  },
  report: {
    categoryNotSureHint:
      "¿No sabe qué tema encaja? Elija «Otro / no estoy seguro» al principio de la lista: las personas que tramitan el caso lo clasificarán.",
    notSureButton: "No estoy seguro: elegir «Otro / no estoy seguro»",
    groupNotSure: "Otro / no estoy seguro",
    groupEuLaw: "Infracciones del Derecho de la UE",
    groupAiRisks: "Seguridad de la IA y derechos fundamentales",
    groupNational: "Infracciones del Derecho nacional",
    draftWarning: "Su denuncia no se ha enviado. Si sale de esta página, se perderá lo que ha escrito.",
    elsewhereSummary: "Otros lugares donde puede denunciar",
    receiptFor: "Denuncia ante",
    inboxFailed:
      "No se pudo abrir el buzón aquí. Su código de acceso sigue visible arriba; abra con él la página del buzón.",
    title: "Presentar una denuncia",
    intro:
      "Cuente con sus propias palabras lo que ha ocurrido. Solo las dos primeras preguntas son obligatorias. " +
      "Todo lo que escriba se cifra en este navegador antes de enviarse.",
    channel: "¿A dónde debe ir su denuncia?",
    category: "¿De qué se trata?",
    categoryPlaceholder: "Elija un tema",
    what: "¿Qué ha ocurrido?",
    whatHint: "Describa los hechos que conoce. Indique lo que vio usted y lo que le contaron otras personas.",
    whenWhere: "¿Cuándo y dónde ocurrió?",
    whenWhereHint: "Fechas, lugares, sistemas o proyectos, en la medida en que los conozca.",
    who: "¿Quién está implicado?",
    whoHint: "Nombres o funciones de las personas o equipos afectados, si los conoce.",
    relationship: "Su relación con la organización",
    relationshipHint: "Opcional. Dejarlo vacío puede ayudarle a mantener el anonimato.",
    filesLabel: "Archivos",
    recordVoice: "Grabar un mensaje de voz",
    filesHint:
      "Documentos, capturas de pantalla, registros. Cada archivo se cifra en este navegador antes de enviarse, después de la denuncia.",
    relationshipNone: "Dejar vacío",
    aboutTitle: "Sobre usted (opcional)",
    identityLegend: "Su identidad (opcional)",
    identityWarning:
      "Deje esta sección vacía para mantener el anonimato. Si la rellena, se cifra con una clave aparte que " +
      "solo pueden abrir las personas custodias (designadas para proteger la identidad de los denunciantes). " +
      "Las demás personas que tramitan el caso solo ven que existe.",
    identityNoCustodians:
      "Ahora mismo nadie tiene el papel de custodio, así que su identidad no podría protegerse por separado. " +
      "Deje esta sección vacía.",
    identityName: "Su nombre",
    identityContact: "Cómo contactarle",
    identityContactHint: "Un correo electrónico o teléfono privado, no del trabajo.",
    identityNote: "Otros detalles para contactarle",
    detailsWarning:
      "Los detalles de sus respuestas también pueden revelar quién es. Escriba lo necesario para entender el " +
      "problema y omita lo demás.",
    coiLegend: "Personas que no deben ver esta denuncia (opcional)",
    coiHint:
      "Marque a quien esté implicado en lo que denuncia o pueda tener un conflicto de intereses. Su denuncia " +
      "no se cifra para esas personas, así que no pueden abrirla, y nadie podrá darles acceso más tarde.",
    beforeTitle: "Antes de enviar",
    beforeAnonymity:
      "Anonimato: su denuncia se cifra en este navegador. Nunca la vemos de forma legible y no guardamos su " +
      "dirección IP. Solo las personas que tramitan el caso pueden leerla.",
    beforeToken:
      "Su código de acceso: tras el envío recibirá un código que se muestra una sola vez. Es la única forma " +
      "de entrar en el buzón de su caso. Guárdelo de forma segura y privada; nadie puede recuperarlo por usted.",
    beforeNext:
      "Qué pasa después: recibirá un acuse de recibo en 7 días y una respuesta en 3 meses. Consulte su " +
      "buzón: no tenemos otra forma de contactarle salvo que nos indique una. Las fechas exactas se muestran " +
      "tras el envío.",
    beforeExternal:
      "Siempre puede denunciar ante una autoridad competente o ante una institución, órgano u organismo de " +
      "la UE, incluida la herramienta de denuncia de la Oficina de IA, en lugar de aquí o además. Nunca está " +
      "obligado a denunciar aquí primero.",
    submit: "Cifrar y enviar la denuncia",
    loadingConfig: "Cargando el formulario…",
    configFailed: "No se pudo cargar el formulario. Compruebe su conexión y vuelva a cargar la página.",
    encrypting: "Cifrando su denuncia en este navegador…",
    sending: "Enviando la denuncia cifrada…",
    missingCategory: "Elija de qué trata su denuncia.",
    missingWhat: "Describa lo que ha ocurrido.",
    failedClosed:
      "El cifrado ha fallado, por lo que no se ha enviado nada. Vuelva a cargar la página e inténtelo de nuevo.",
    sendFailed: "Su denuncia no se ha enviado:",
    noHandlers: "Todavía nadie puede recibir denuncias en este canal, por lo que no se ha enviado nada.",
    allExcluded:
      "Ha excluido a todas las personas que podrían leer su denuncia. Deje al menos una persona sin marcar.",
    sentTitle: "Su denuncia se ha enviado",
    spellToken: "Leer el código de acceso carácter por carácter",
    tokenGroup: (n: number): string => `Grupo ${n}`,
    tokenTitle: "Su código de acceso",
    tokenOnce:
      "Este código se muestra una sola vez. Guárdelo ahora. Quien lo tenga puede leer su caso, así que manténgalo en privado.",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "Aquí no es posible copiar. Seleccione el código y cópielo, o anótelo.",
    download: "Descargar como archivo de texto",
    print: "Imprimir",
    inboxAt: "El buzón de su caso:",
    tokenFileIntro:
      "Código de acceso de su denuncia. Manténgalo en privado: quien lo tenga puede leer su caso.",
    datesTitle: "Qué pasa después",
    receivedOn: "Recibida el",
    ackBy: "Acuse de recibo a más tardar el",
    feedbackBy: "Respuesta a más tardar el",
    disclosureFrom: "La revelación pública puede estar protegida desde el",
    disclosureShort:
      "Solo importa si no se toman medidas adecuadas; su buzón explica qué significa. Información general, no asesoramiento jurídico.",
    datesHint:
      "Abra su buzón con el código para ver el acuse de recibo, las respuestas y la respuesta final.",
    saved: "He guardado mi código en un lugar seguro",
    continue: "Continuar al buzón",
    leaveWarning: "No ha confirmado que haya guardado su código. No se puede volver a mostrar.",
  },
  inbox: {
    furtherFeedbackTitle: "Respuesta adicional",
    furtherFeedbackHint:
      "Según la legislación irlandesa, puede pedir una respuesta adicional cada 3 meses hasta que se cierre su caso. Su solicitud se añade a los mensajes, firmada en este navegador.",
    furtherFeedbackAsk: "Pedir una respuesta adicional cada 3 meses",
    furtherFeedbackText: "Solicito una respuesta adicional cada 3 meses hasta que se cierre mi caso.",
    furtherFeedbackAsked: "Pidió una respuesta adicional el",
    furtherFeedbackBy: "Respuesta adicional a más tardar el",
    furtherFeedbackExplain:
      "3 meses después de la última respuesta, porque usted la pidió. Se repite hasta que se cierre el caso.",
    notSetAck:
      "Sin fecha: el plazo del acuse de recibo solo existe hasta que se confirma la recepción de su denuncia.",
    notSetFeedback: "Todavía sin fecha: se fija cuando pueda calcularse el plazo legal de la respuesta.",
    notSetDisclosure:
      "No hay fecha porque la respuesta sobre el resultado llegó dentro de plazo, o porque el Derecho de este canal no la prevé. La protección del artículo 15, apartado 1, letra b), que no exige esperar, no se ve afectada.",
    datesMore: "Cada fecha indica la norma de la que procede.",
    todo: {
      "answer-question": "Le hemos hecho una pregunta. Respóndala abajo.",
      "read-reply": "Le hemos escrito. Lea el mensaje abajo; puede contestar si lo desea.",
      "read-feedback":
        "Le hemos dado una respuesta sobre lo que se ha hecho. Léala abajo; aún puede escribirnos.",
      closed: "Su caso está cerrado. Aún puede leerlo todo aquí.",
      "wait-ack": "Ahora no tiene que hacer nada. Su denuncia ha llegado; confirmaremos la recepción aquí.",
      "wait-follow-up":
        "Ahora no tiene que hacer nada. Estamos dando seguimiento; vuelva aquí para ver respuestas.",
    },
    title: "El buzón de su caso",
    intro:
      "Introduzca el código de acceso que recibió al presentar su denuncia. Se comprueba y se convierte en " +
      "claves en este navegador; el código nunca se envía.",
    token: "Código de acceso",
    tokenHint: "Cinco grupos de cinco caracteres. Mayúsculas o minúsculas, con o sin guiones.",
    open: "Abrir el buzón",
    badToken: "Compruebe el código: un carácter parece incorrecto.",
    notFound: "Ningún caso coincide con este código. Compruébelo e inténtelo de nuevo.",
    opening: "Abriendo su buzón…",
    lock: "Bloquear",
    lockHint: "Bloquee cuando termine: se borra todo de esta página.",
    status: "Estado",
    outcome: "Resultado",
    datesTitle: "Sus fechas",
    receivedOn: "Recibida",
    receivedExplain: "El día en que llegó su denuncia.",
    acknowledgedOn: "Recepción confirmada el",
    ackBy: "Acuse de recibo debido a más tardar el",
    ackExplain: "A más tardar en esta fecha, la organización debe confirmar que recibió su denuncia.",
    ackDone: "La organización confirmó la recepción de su denuncia en esta fecha.",
    feedbackBy: "Respuesta debida a más tardar el",
    feedbackExplain:
      "A más tardar en esta fecha se le debe decir qué se ha hecho o se prevé hacer con su denuncia, y por qué.",
    disclosureFrom: "La revelación pública puede estar protegida desde el",
    disclosureExplain:
      "Desde esta fecha, si no se han tomado medidas adecuadas sobre su denuncia, hacer pública la " +
      "información puede estar protegido (artículo 15, apartado 1, letra a), de la Directiva). Esto solo se " +
      "aplica si también denunció ante una autoridad competente y tampoco esta tomó medidas adecuadas en su " +
      "propio plazo, o si denunció directamente ante la autoridad. Sin esperar, la revelación pública también " +
      "puede estar protegida cuando hay un peligro inminente o manifiesto para el interés público, o cuando " +
      "denunciar ante la autoridad conlleva riesgo de represalias o de ocultación de pruebas (artículo 15, " +
      "apartado 1, letra b)). Busque asesoramiento antes de hacerlo público, por ejemplo en una entidad de " +
      "apoyo indicada en el aviso.",
    basis: "Base jurídica:",
    noDate: "Sin fijar",
    threadTitle: "Mensajes",
    threadEmpty: "Todavía no hay mensajes.",
    replyLabel: "Escribir una respuesta",
    replyHint:
      "Se cifra en este navegador antes de enviarse. Solo las personas que tramitan el caso pueden leerla.",
    send: "Cifrar y enviar",
    sending: "Enviando…",
    sent: "Enviado.",
    emptyReply: "Escriba primero un mensaje.",
    locked: "Bloqueado. Introduzca su código para volver a abrir el buzón.",
  },
  fields: {
    category: "Categoría",
    whatHappened: "Qué ocurrió",
    whenWhere: "Cuándo y dónde",
    whoInvolved: "Quién está implicado",
    relationship: "Relación con la organización",
    attachments: "Archivos adjuntos",
    none: "(no indicado)",
  },
  status: {
    received: "Recibida",
    acknowledged: "Recepción confirmada",
    in_follow_up: "En seguimiento",
    feedback_given: "Respuesta dada",
    closed: "Cerrada",
  },
  outcome: {
    substantiated: "Fundada",
    unsubstantiated: "Infundada",
    referred: "Remitida a una autoridad",
    no_action: "No se necesitan medidas",
    withdrawn: "Retirada",
  },
  kind: {
    further_feedback_request: "Solicitud de respuesta adicional",
    final_outcome: "Resultado final",
    report: "Denuncia",
    message: "Mensaje",
    acknowledgement: "Acuse de recibo",
    request_info: "Solicitud de más información",
    feedback: "Respuesta",
    disclosure_notice: "Aviso: se va a revelar su identidad",
    minimisation: "Datos suprimidos (art. 17)",
  },
  minimised: {
    entry:
      "Aquí se suprimió una entrada conforme al art. 17 de la Directiva: los datos personales que no son necesarios se suprimen.",
    attachment:
      "Se suprimió un archivo conforme al art. 17 de la Directiva: los datos personales que no son necesarios se suprimen.",
    reason: "Motivo",
    reasons: {
      not_relevant: "no pertinente para la comunicación",
      untrue: "se acreditó que no es veraz",
      out_of_scope: "fuera del ámbito de las normas de protección del informante",
    },
  },
  author: {
    reporter: "Denunciante",
    handler: "Persona que tramita el caso",
    you: "Usted",
  },
  errors: {
    network: "No se puede contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.",
    server: "Algo ha fallado en el servidor. Inténtelo más tarde.",
    rejected: "El servidor no ha aceptado esta solicitud. Vuelva a cargar la página e inténtelo de nuevo.",
    undecryptable: "Esta entrada no se ha podido descifrar.",
    unsupported: "Esta entrada usa un formato que esta página no conoce.",
    unverified:
      "No se ha podido verificar esta entrada, por lo que no se muestra. Puede que se haya añadido, modificado, eliminado o reordenado en el servidor.",
    unwrapFailed: "La clave del caso no se ha podido abrir con su clave.",
    recipientMismatch:
      "La clave del caso del servidor no coincide con el caso abierto, por lo que no se ha enviado nada. Comuníquelo a un administrador.",
    badRecipient:
      "Una clave de destinatario del servidor no es del tipo esperado, por lo que no se ha enviado nada.",
    weakKdf:
      "El servidor ofreció parámetros de clave inseguros, por lo que no se ha usado la frase de contraseña.",
    rateLimited: "Demasiados intentos. Espere unos minutos e inténtelo de nuevo.",
    notSent:
      "No se ha podido preparar en este navegador, por lo que no se ha enviado nada. Inténtelo de nuevo.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "queda 1 día" : `quedan ${n} días`),
    daysOver: (n: number): string => (n === 1 ? "1 día de retraso" : `${n} días de retraso`),
    today: "vence hoy",
  },
  receipt: {
    download: "Descargar el acuse de recibo firmado",
    hint: "El canal firma este acuse: muestra que usted informó y cuándo. Guárdelo con su código. Cualquiera puede comprobarlo, incluso sin conexión, en la página /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Este canal no se puede verificar ahora mismo, así que esta página no cifrará ni enviará nada. Su denuncia sigue a salvo con usted: nada ha salido de este dispositivo.",
    unverifiedWhy: {
      "no-roster": "El canal aún no tiene una lista firmada de las personas que leen las denuncias.",
      "bad-pin": "El enlace que abrió contiene una huella de la clave del canal que no está bien escrita.",
      "pin-mismatch":
        "La clave del canal no coincide con la huella del enlace que abrió (del cartel o del aviso). Puede que alguien intente leer denuncias que no debería.",
      expired: "La lista firmada de las personas que leen las denuncias está caducada.",
      invalid:
        "La lista de las personas que leen las denuncias no está firmada válidamente con la clave del canal.",
    },
    unverifiedExternal: "En su lugar, puede denunciar ante una autoridad externa:",
    fingerprintPinned: (f: string): string => `Verificado: la clave del canal coincide con su enlace (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Huella de la clave del canal: ${f}. Compárela con la del cartel o del aviso antes de escribir.`,
  },
};

export default es;
