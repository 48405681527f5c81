/** Español: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const es: EvidenceTranslation = {
  chosen: "Archivos que se envían con la denuncia",
  tooLarge: "Demasiado grande: un archivo puede tener como máximo {max}.",
  caseFull: "En conjunto, los archivos de una denuncia pueden tener como máximo {max}.",
  remove: "Quitar",
  waiting: "En espera",
  encrypting: "Cifrando y enviando",
  sent: "Enviado, cifrado",
  failed: "No enviado:",
  filesTitle: "Sus archivos",
  stay: "Mantenga esta página abierta hasta que cada archivo indique «Enviado».",
  off: "Este servidor no acepta archivos.",
  caseFilesTitle: "Archivos",
  noFiles: "No hay archivos.",
  download: "Descargar y descifrar",
  decrypting: "Descifrando",
  unreadable: "La descripción de este archivo no se puede descifrar.",
  downloadFailed: "No se pudo descifrar el archivo; puede haber sido modificado.",
  addFiles: "Añadir archivos",
  send: "Cifrar y enviar los archivos",
  removed: "Se encontraron datos ocultos en este archivo; se eliminan antes de cifrarlo:",
  noMetadata: "No se encontraron datos ocultos (nombres, lugares, fechas) en este archivo.",
  sendOriginal: "Enviar en su lugar el archivo original, con estos datos",
  originalWarning:
    "El original conserva los datos indicados arriba. Pueden mostrar quién creó el archivo, dónde y con qué dispositivo, y por tanto quién es usted. Envíelo solo si los datos mismos son una prueba.",
  unknownFormat:
    "Este tipo de archivo no se puede revisar. Se envía tal cual y puede contener nombres, lugares o fechas que le identifiquen.",
  heic: "No se pudo leer esta foto HEIC para quitarle los datos ocultos. Se envía tal cual y puede contener una posición GPS y datos de la cámara. Considere una captura de pantalla o una exportación JPEG.",
  tooLargeToClean:
    "Este archivo es demasiado grande para revisarlo aquí. Se envía tal cual y puede contener nombres, lugares o fechas que le identifiquen.",
  voiceRecord: "Grabar un mensaje de voz",
  voiceStart: "Empezar a grabar",
  voiceStop: "Detener la grabación",
  voiceRecording: "Grabando…",
  voiceDisguising: "Se está disfrazando su voz…",
  voiceFailed:
    "No se pudo disfrazar la grabación, así que no puede enviarse. Grabe de nuevo o escriba en su lugar.",
  voiceNoMicrophone: "No se pudo usar el micrófono. Permita que esta página lo use o escriba en su lugar.",
  voiceWarning:
    "Su voz se disfraza en este navegador antes de cifrar y enviar nada. El disfraz cambia cómo suena, no lo que dice ni cómo lo dice: omita nombres, lugares y detalles que solo usted conozca.",
  voiceListen:
    "Escuche la grabación disfrazada. Solo se envía esta versión; la original nunca sale de este dispositivo.",
  voiceDisguise: "Disfraz",
  voiceLower: "Voz más grave",
  voiceHigher: "Voz más aguda",
  voiceConsent:
    "¿Puede conservarse la grabación? (Directiva de protección de los denunciantes, art. 18, apdo. 2)",
  voiceKeep: "Sí, conservar la grabación con el caso",
  voiceDelete: "No, borrarla cuando haya aprobado una transcripción escrita",
  voiceConsentMissing: "Elija si puede conservarse la grabación.",
  voiceAdd: "Añadir la grabación a la denuncia",
  voiceSend: "Cifrar y enviar la grabación",
};

export default es;
