/** Português: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const pt: EvidenceTranslation = {
  chosen: "Ficheiros a enviar com a denúncia",
  tooLarge: "Demasiado grande: um ficheiro pode ter no máximo {max}.",
  caseFull: "Em conjunto, os ficheiros de uma denúncia podem ter no máximo {max}.",
  remove: "Remover",
  waiting: "Em espera",
  encrypting: "A cifrar e enviar",
  sent: "Enviado, cifrado",
  failed: "Não enviado:",
  filesTitle: "Os seus ficheiros",
  stay: "Mantenha esta página aberta até cada ficheiro mostrar «Enviado».",
  off: "Este servidor não aceita ficheiros.",
  caseFilesTitle: "Ficheiros",
  noFiles: "Sem ficheiros.",
  download: "Descarregar e decifrar",
  decrypting: "A decifrar",
  unreadable: "A descrição deste ficheiro não pode ser decifrada.",
  downloadFailed: "Não foi possível decifrar o ficheiro; pode ter sido alterado.",
  addFiles: "Adicionar ficheiros",
  send: "Cifrar e enviar os ficheiros",
  removed: "Foram encontrados dados ocultos neste ficheiro; são removidos antes de o ficheiro ser cifrado:",
  noMetadata: "Não foram encontrados dados ocultos (nomes, locais, datas) neste ficheiro.",
  sendOriginal: "Enviar antes o ficheiro original, com estes dados",
  originalWarning:
    "O original mantém os dados indicados acima. Podem mostrar quem criou o ficheiro, onde e em que dispositivo, e portanto quem é. Envie-o apenas se os próprios dados forem prova.",
  unknownFormat:
    "Este tipo de ficheiro não pode ser verificado. É enviado tal como está e pode conter nomes, locais ou datas que o identifiquem.",
  heic: "Não foi possível ler esta fotografia HEIC para lhe retirar os dados ocultos. É enviada tal como está e pode conter uma posição GPS e dados da câmara. Considere antes uma captura de ecrã ou uma exportação JPEG.",
  tooLargeToClean:
    "Este ficheiro é demasiado grande para ser verificado aqui. É enviado tal como está e pode conter nomes, locais ou datas que o identifiquem.",
  voiceRecord: "Gravar uma mensagem de voz",
  voiceStart: "Iniciar gravação",
  voiceStop: "Parar gravação",
  voiceRecording: "A gravar…",
  voiceDisguising: "A disfarçar a sua voz…",
  voiceFailed:
    "Não foi possível disfarçar a gravação, pelo que não pode ser enviada. Grave novamente ou escreva em alternativa.",
  voiceNoMicrophone:
    "Não foi possível usar o microfone. Permita que esta página o use ou escreva em alternativa.",
  voiceWarning:
    "A sua voz é disfarçada neste navegador antes de qualquer coisa ser cifrada e enviada. O disfarce muda o som da sua voz, não o que diz nem a forma como o diz: omita nomes, locais e pormenores que só a pessoa conhece.",
  voiceListen:
    "Ouça a gravação disfarçada. Só esta versão é enviada; o original nunca sai deste dispositivo.",
  voiceDisguise: "Disfarce",
  voiceLower: "Voz mais grave",
  voiceHigher: "Voz mais aguda",
  voiceConsent: "A gravação pode ser conservada? (Diretiva relativa aos denunciantes, art. 18.º, n.º 2)",
  voiceKeep: "Sim, conservar a gravação com o caso",
  voiceDelete: "Não, apagá-la quando eu tiver aprovado uma transcrição escrita da mesma",
  voiceConsentMissing: "Indique se a gravação pode ser conservada.",
  voiceAdd: "Juntar a gravação à denúncia",
  voiceSend: "Cifrar e enviar a gravação",
};

export default pt;
