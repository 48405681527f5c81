/** Português: formulário de denúncia, página do código de acesso e caixa do processo. Estado: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const pt: ReporterTranslation = {
  lang: "pt",
  locale: "pt-PT",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/pt/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Ir para o conteúdo principal",
    home: "Início",
    notice: "Informação para os trabalhadores (aviso)",
    noscript:
      "O formulário de denúncia e a caixa do processo precisam de JavaScript: as suas palavras são cifradas " +
      "neste dispositivo antes de serem enviadas, e isso exige JavaScript. Pode ler esta página sem ele.",
    noscriptAllow:
      "Para permitir JavaScript apenas neste sítio: no Tor Browser, basta o nível «Mais seguro» (ícone do " +
      "escudo, Definições); no nível «O mais seguro», adicione o botão NoScript à barra de ferramentas e " +
      "escolha «Confiar temporariamente» para este sítio. Noutros navegadores, abra as definições do sítio " +
      "junto à barra de endereço e permita JavaScript para este sítio.",
    noscriptElsewhere:
      "Também pode denunciar junto destas autoridades e organismos da UE (ligações simples):",
    language: "Língua",
    leave: "Sair rapidamente",
    leaveHint: "Substitui esta página por uma vazia e apaga o que escreveu.",
    notLegalAdvice: "Trata-se de informação geral, não de aconselhamento jurídico.",
    loading: "A carregar…",
    required: "(obrigatório)",
    optional: "(facultativo)",
  },
  landing: {
    title: "Denuncie em segurança",
    intro:
      "Este é um canal confidencial para denunciar violações do direito de que tomou conhecimento no seu " +
      "trabalho: por exemplo fraude, corrupção, riscos para a segurança ou a saúde, danos ambientais, " +
      "violações da proteção de dados ou riscos de sistemas de IA. Pode manter o anonimato.",
    makeReport: "Fazer uma denúncia",
    makeReportHint: "Cerca de 10 minutos. Sem conta, sem endereço de correio eletrónico, sem nome.",
    openInbox: "Abrir a caixa do seu processo",
    openInboxHint: "Já denunciou? Use o seu código de acesso para ler as respostas e responder a perguntas.",
    howTitle: "Como funciona",
    how1: "A sua denúncia é cifrada no seu navegador antes de ser enviada. O servidor guarda apenas texto que não consegue ler; só as pessoas designadas para tratar os processos o podem abrir.",
    how2: "Não guardamos o seu endereço IP nem nada sobre o seu dispositivo. Para mais segurança, use um dispositivo e uma rede que o seu empregador não controla.",
    how3: "Depois do envio recebe um código de acesso. É a única chave da caixa do seu processo, onde lê as respostas e pode responder. Ninguém o pode recuperar por si.",
    how4: "Recebe um aviso de receção no prazo de 7 dias e um retorno de informação sobre o seguimento no prazo de 3 meses.",
    externalTitle: "Também pode denunciar fora da organização",
    external:
      "Pode sempre denunciar diretamente a uma autoridade competente ou a uma instituição, órgão ou " +
      "organismo da UE, por exemplo à ferramenta de denúncia do Serviço para a IA da UE relativa ao " +
      "Regulamento IA. Nunca é obrigado a denunciar aqui primeiro.",
    externalNotice: "O aviso indica as autoridades e como contactá-las",
    aiOfficeLink: "Sobre a ferramenta de denúncia do Serviço para a IA (sítio da Comissão Europeia)",
    handlerTitle: "Para quem trata os processos",
    handlerLink: "Iniciar sessão para tratar processos",
  },
  report: {
    categoryNotSureHint:
      "Não sabe que tema escolher? Escolha «Outro / não sei» no início da lista: quem trata o processo fará a classificação.",
    notSureButton: "Não tenho a certeza: escolher «Outro / não sei»",
    groupNotSure: "Outro / não sei",
    groupEuLaw: "Violações do direito da União",
    groupAiRisks: "Segurança da IA e direitos fundamentais",
    groupNational: "Violações do direito nacional",
    draftWarning: "A sua denúncia não foi enviada. Se sair desta página, o que escreveu perde-se.",
    elsewhereSummary: "Outros locais onde pode denunciar",
    receiptFor: "Denúncia para",
    inboxFailed:
      "Não foi possível abrir a caixa aqui. O seu código de acesso continua visível acima; abra com ele a página da caixa.",
    title: "Fazer uma denúncia",
    intro:
      "Conte por palavras suas o que aconteceu. Só as duas primeiras perguntas são obrigatórias. Tudo o que " +
      "escrever é cifrado neste navegador antes de ser enviado.",
    channel: "Para onde deve ir a sua denúncia?",
    category: "De que se trata?",
    categoryPlaceholder: "Escolha um tema",
    what: "O que aconteceu?",
    whatHint: "Descreva os factos que conhece. Diga o que viu pessoalmente e o que ouviu de outras pessoas.",
    whenWhere: "Quando e onde aconteceu?",
    whenWhereHint: "Datas, locais, sistemas ou projetos, tanto quanto os conhece.",
    who: "Quem está envolvido?",
    whoHint: "Nomes ou funções das pessoas ou equipas visadas, se os conhecer.",
    relationship: "A sua relação com a organização",
    relationshipHint: "Facultativo. Deixar vazio pode ajudá-lo a manter o anonimato.",
    filesLabel: "Ficheiros",
    recordVoice: "Gravar uma mensagem de voz",
    filesHint:
      "Documentos, capturas de ecrã, registos. Cada ficheiro é cifrado neste navegador antes de ser enviado, após a denúncia.",
    relationshipNone: "Deixar vazio",
    aboutTitle: "Sobre si (facultativo)",
    identityLegend: "A sua identidade (facultativo)",
    identityWarning:
      "Deixe esta secção vazia para manter o anonimato. Se a preencher, é cifrada com uma chave separada que " +
      "só os guardiões (as pessoas designadas para proteger a identidade dos denunciantes) podem abrir. As " +
      "outras pessoas que tratam o processo só veem que ela existe.",
    identityNoCustodians:
      "Neste momento ninguém tem o papel de guardião, pelo que a sua identidade não poderia ser protegida " +
      "à parte. Deixe esta secção vazia.",
    identityName: "O seu nome",
    identityContact: "Como contactá-lo",
    identityContactHint: "Um endereço de correio eletrónico ou telefone privado, não do trabalho.",
    identityNote: "Outras indicações para o contactar",
    detailsWarning:
      "Os pormenores das suas respostas também podem revelar quem é. Escreva o necessário para compreender " +
      "o problema e deixe de fora o resto.",
    coiLegend: "Pessoas que não devem ver esta denúncia (facultativo)",
    coiHint:
      "Assinale quem está envolvido no que denuncia ou pode ter um conflito de interesses. A sua denúncia não " +
      "é cifrada para essas pessoas, pelo que não a podem abrir, e ninguém lhes poderá dar acesso mais tarde.",
    beforeTitle: "Antes de enviar",
    beforeAnonymity:
      "Anonimato: a sua denúncia é cifrada neste navegador. Nunca a vemos de forma legível e não guardamos o " +
      "seu endereço IP. Só as pessoas que tratam o processo a podem ler.",
    beforeToken:
      "O seu código de acesso: depois do envio recebe um código mostrado uma única vez. É a única forma de " +
      "entrar na caixa do processo. Guarde-o em segurança e em privado; ninguém o pode recuperar por si.",
    beforeNext:
      "O que acontece a seguir: recebe um aviso de receção em 7 dias e um retorno de informação em 3 meses. " +
      "Consulte a sua caixa: não temos outra forma de o contactar, a menos que nos indique uma. As datas " +
      "exatas aparecem depois do envio.",
    beforeExternal:
      "Pode sempre denunciar a uma autoridade competente ou a uma instituição, órgão ou organismo da UE, " +
      "incluindo a ferramenta de denúncia do Serviço para a IA, em vez de aqui ou além disso. Nunca é " +
      "obrigado a denunciar aqui primeiro.",
    submit: "Cifrar e enviar a denúncia",
    loadingConfig: "A carregar o formulário…",
    configFailed: "Não foi possível carregar o formulário. Verifique a ligação e recarregue a página.",
    encrypting: "A cifrar a sua denúncia neste navegador…",
    sending: "A enviar a denúncia cifrada…",
    missingCategory: "Escolha o tema da sua denúncia.",
    missingWhat: "Descreva o que aconteceu.",
    failedClosed: "A cifragem falhou, pelo que nada foi enviado. Recarregue a página e tente novamente.",
    sendFailed: "A sua denúncia não foi enviada:",
    noHandlers: "Ainda ninguém pode receber denúncias neste canal, pelo que nada foi enviado.",
    allExcluded:
      "Excluiu todas as pessoas que poderiam ler a sua denúncia. Deixe pelo menos uma pessoa por assinalar.",
    sentTitle: "A sua denúncia foi enviada",
    spellToken: "Ler o código de acesso carácter a carácter",
    tokenGroup: (n: number): string => `Grupo ${n}`,
    tokenTitle: "O seu código de acesso",
    tokenOnce:
      "Este código só é mostrado uma vez. Guarde-o agora. Quem o tiver pode ler o seu processo, por isso mantenha-o em privado.",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "Aqui não é possível copiar. Selecione o código e copie-o, ou anote-o.",
    download: "Descarregar como ficheiro de texto",
    print: "Imprimir",
    inboxAt: "A caixa do seu processo:",
    tokenFileIntro:
      "Código de acesso da sua denúncia. Mantenha-o em privado: quem o tiver pode ler o seu processo.",
    datesTitle: "O que acontece a seguir",
    receivedOn: "Recebida em",
    ackBy: "Aviso de receção até",
    feedbackBy: "Retorno de informação até",
    disclosureFrom: "A divulgação pública pode estar protegida a partir de",
    disclosureShort:
      "Só importa se não forem tomadas medidas adequadas; a sua caixa explica o que significa. Informação geral, não aconselhamento jurídico.",
    datesHint:
      "Abra a sua caixa com o código para ver o aviso de receção, as respostas e o retorno de informação.",
    saved: "Guardei o meu código num local seguro",
    continue: "Continuar para a caixa",
    leaveWarning: "Não confirmou que guardou o seu código. Não pode ser mostrado novamente.",
  },
  inbox: {
    furtherFeedbackTitle: "Retorno de informação adicional",
    furtherFeedbackHint:
      "Segundo o direito irlandês, pode pedir retorno de informação adicional de 3 em 3 meses até o seu caso ser encerrado. O seu pedido é acrescentado às mensagens, assinado neste navegador.",
    furtherFeedbackAsk: "Pedir retorno de informação de 3 em 3 meses",
    furtherFeedbackText: "Peço retorno de informação adicional de 3 em 3 meses até o meu caso ser encerrado.",
    furtherFeedbackAsked: "Pediu retorno de informação adicional em",
    furtherFeedbackBy: "Retorno de informação adicional até",
    furtherFeedbackExplain:
      "3 meses após o último retorno de informação, porque o pediu. Repete-se até o caso ser encerrado.",
    notSetAck: "Sem data: o prazo do aviso de receção só existe até a sua denúncia ser confirmada.",
    notSetFeedback:
      "Ainda sem data: é fixada quando o prazo legal do retorno de informação puder ser contado.",
    notSetDisclosure:
      "Sem data, porque o retorno de informação sobre o resultado chegou dentro do prazo, ou porque o direito deste canal não prevê nenhuma. A proteção do artigo 15.º, n.º 1, alínea b), que não exige espera, não é afetada.",
    datesMore: "Cada data indica a regra de onde resulta.",
    todo: {
      "answer-question": "Fizemos-lhe uma pergunta. Responda abaixo.",
      "read-reply": "Escrevemos-lhe. Leia a mensagem abaixo; pode responder se quiser.",
      "read-feedback":
        "Demos-lhe retorno de informação sobre o que foi feito. Leia-o abaixo; ainda nos pode escrever.",
      closed: "O seu processo está encerrado. Ainda pode ler tudo aqui.",
      "wait-ack": "Agora não precisa de fazer nada. A sua denúncia chegou; confirmaremos a receção aqui.",
      "wait-follow-up":
        "Agora não precisa de fazer nada. Estamos a dar seguimento; volte aqui para ver respostas.",
    },
    title: "A caixa do seu processo",
    intro:
      "Introduza o código de acesso que recebeu ao fazer a denúncia. É verificado e transformado em chaves " +
      "neste navegador; o código nunca é enviado.",
    token: "Código de acesso",
    tokenHint: "Cinco grupos de cinco carateres. Maiúsculas ou minúsculas, com ou sem hífenes.",
    open: "Abrir a caixa",
    badToken: "Verifique o código: um caráter parece errado.",
    notFound: "Nenhum processo corresponde a este código. Verifique-o e tente novamente.",
    opening: "A abrir a sua caixa…",
    lock: "Bloquear",
    lockHint: "Bloqueie quando terminar: tudo é apagado desta página.",
    status: "Estado",
    outcome: "Resultado",
    datesTitle: "As suas datas",
    receivedOn: "Recebida",
    receivedExplain: "O dia em que a sua denúncia chegou.",
    acknowledgedOn: "Receção confirmada em",
    ackBy: "Aviso de receção devido até",
    ackExplain: "Até esta data, a organização tem de confirmar que recebeu a sua denúncia.",
    ackDone: "A organização confirmou a receção da sua denúncia nesta data.",
    feedbackBy: "Retorno de informação devido até",
    feedbackExplain:
      "Até esta data deve ser informado do que foi feito ou está previsto quanto à sua denúncia, e porquê.",
    disclosureFrom: "A divulgação pública pode estar protegida a partir de",
    disclosureExplain:
      "A partir desta data, se não tiverem sido tomadas medidas adequadas quanto à sua denúncia, tornar a " +
      "informação pública pode estar protegido (artigo 15.º, n.º 1, alínea a), da diretiva). Isto só se " +
      "aplica se também denunciou a uma autoridade competente e esta também não tomou medidas adequadas no " +
      "seu próprio prazo, ou se denunciou diretamente à autoridade. Sem esperar, a divulgação pública também " +
      "pode estar protegida quando há perigo iminente ou manifesto para o interesse público, ou quando a " +
      "denúncia à autoridade implica risco de retaliação ou de ocultação de provas (artigo 15.º, n.º 1, " +
      "alínea b)). Procure aconselhamento antes de tornar os factos públicos, por exemplo junto de uma " +
      "entidade de apoio indicada no aviso.",
    basis: "Base jurídica:",
    noDate: "Não definida",
    threadTitle: "Mensagens",
    threadEmpty: "Ainda não há mensagens.",
    replyLabel: "Escrever uma resposta",
    replyHint:
      "Cifrada neste navegador antes de ser enviada. Só as pessoas que tratam o processo a podem ler.",
    send: "Cifrar e enviar",
    sending: "A enviar…",
    sent: "Enviado.",
    emptyReply: "Escreva primeiro uma mensagem.",
    locked: "Bloqueada. Introduza o seu código para voltar a abrir a caixa.",
  },
  fields: {
    category: "Categoria",
    whatHappened: "O que aconteceu",
    whenWhere: "Quando e onde",
    whoInvolved: "Quem está envolvido",
    relationship: "Relação com a organização",
    attachments: "Anexos",
    none: "(não indicado)",
  },
  status: {
    received: "Recebida",
    acknowledged: "Receção confirmada",
    in_follow_up: "Em seguimento",
    feedback_given: "Retorno de informação dado",
    closed: "Encerrada",
  },
  outcome: {
    substantiated: "Fundamentada",
    unsubstantiated: "Não fundamentada",
    referred: "Remetida a uma autoridade",
    no_action: "Nenhuma medida necessária",
    withdrawn: "Retirada",
  },
  kind: {
    further_feedback_request: "Pedido de retorno de informação adicional",
    final_outcome: "Resultado final",
    report: "Denúncia",
    message: "Mensagem",
    acknowledgement: "Aviso de receção",
    request_info: "Pedido de mais informações",
    feedback: "Retorno de informação",
    disclosure_notice: "Aviso: a sua identidade vai ser divulgada",
    minimisation: "Dados removidos (art. 17.º)",
  },
  minimised: {
    entry:
      "Aqui foi removida uma entrada ao abrigo do art. 17.º da diretiva: os dados pessoais desnecessários são apagados.",
    attachment:
      "Foi removido um ficheiro ao abrigo do art. 17.º da diretiva: os dados pessoais desnecessários são apagados.",
    reason: "Motivo",
    reasons: {
      not_relevant: "sem relação com a denúncia",
      untrue: "revelou-se falso",
      out_of_scope: "fora do âmbito das regras de proteção de denunciantes",
    },
  },
  author: {
    reporter: "Denunciante",
    handler: "Pessoa que trata o processo",
    you: "Você",
  },
  errors: {
    network: "Não foi possível contactar o servidor. Verifique a ligação e tente novamente.",
    server: "Ocorreu um erro no servidor. Tente novamente mais tarde.",
    rejected: "O servidor não aceitou este pedido. Recarregue a página e tente novamente.",
    undecryptable: "Não foi possível decifrar esta entrada.",
    unsupported: "Esta entrada usa um formato que esta página não conhece.",
    unverified:
      "Não foi possível verificar esta entrada, pelo que não é apresentada. Pode ter sido adicionada, alterada, removida ou reordenada no servidor.",
    unwrapFailed: "Não foi possível abrir a chave do processo com a sua chave.",
    recipientMismatch:
      "A chave do processo fornecida pelo servidor não corresponde ao processo aberto, pelo que nada foi enviado. Comunique-o a um administrador.",
    badRecipient: "Uma chave de destinatário do servidor não é do tipo esperado, pelo que nada foi enviado.",
    weakKdf: "O servidor propôs definições de chave inseguras, pelo que a frase-passe não foi usada.",
    rateLimited: "Demasiadas tentativas. Aguarde alguns minutos e tente novamente.",
    notSent: "Não foi possível preparar isto neste navegador, pelo que nada foi enviado. Tente novamente.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "falta 1 dia" : `faltam ${n} dias`),
    daysOver: (n: number): string => (n === 1 ? "1 dia de atraso" : `${n} dias de atraso`),
    today: "termina hoje",
  },
  receipt: {
    download: "Descarregar o recibo assinado",
    hint: "O canal assina este recibo: mostra que denunciou e quando. Guarde-o com o seu código. Qualquer pessoa o pode verificar, mesmo sem ligação, na página /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Não é possível verificar este canal neste momento, por isso esta página não vai cifrar nem enviar nada. A sua denúncia está segura consigo: nada saiu deste dispositivo.",
    unverifiedWhy: {
      "no-roster": "O canal ainda não tem uma lista assinada das pessoas que leem as denúncias.",
      "bad-pin":
        "A ligação que abriu contém uma impressão digital da chave do canal que não está escrita corretamente.",
      "pin-mismatch":
        "A chave do canal não corresponde à impressão digital da ligação que abriu (do cartaz ou do aviso). Alguém pode estar a tentar ler denúncias que não deveria.",
      expired: "A lista assinada das pessoas que leem as denúncias está desatualizada.",
      invalid:
        "A lista das pessoas que leem as denúncias não está validamente assinada com a chave do canal.",
    },
    unverifiedExternal: "Em alternativa, pode denunciar a uma autoridade externa:",
    fingerprintPinned: (f: string): string =>
      `Verificado: a chave do canal corresponde à sua ligação (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Impressão digital da chave do canal: ${f}. Compare-a com a do cartaz ou do aviso antes de escrever.`,
  },
};

export default pt;
