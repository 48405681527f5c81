/** Español: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/es.json). */
import type { RecordsTranslation } from "../strings.ts";

const es: RecordsTranslation = {
  title: "Registros de lo que nos contó",
  intro:
    "Cuando denuncia de forma verbal o en una reunión, la persona que tramita el caso redacta una transcripción o un acta. Lea cada versión; proponga correcciones o dé su conformidad. La versión con la que está conforme queda marcada, para usted y para quienes tramitan el caso.",
  minutes: "Acta de una reunión",
  transcript: "Transcripción de una denuncia verbal",
  version: "Versión {n}",
  agreedMark: "Conforme",
  agreedOn: "Dio su conformidad a esta versión el {day}.",
  agreedOnHandler: "El denunciante dio su conformidad a esta versión el {day}.",
  unconfirmed:
    "El servidor indica que este registro fue aceptado, pero ninguna firma del denunciante lo confirma. Trátelo como no aceptado.",
  correctionsLabel: "Sus correcciones",
  correctionsHint:
    "Indique qué es incorrecto o falta. La persona que tramita el caso redacta una versión corregida.",
  sendCorrections: "Proponer correcciones",
  agree: "Estoy conforme con la versión {n}",
  agreeText: "He leído la versión {n} de este registro y confirmo que es exacta.",
  correctionFrom: "Correcciones a la versión {n}, {day}:",
  sending: "Cifrando y enviando…",
  sent: "Enviado.",
  empty: "Escriba algo primero.",
  locked: "El buzón está bloqueado. Vuelva a abrirlo con el código de su caso.",
  meetingTitle: "Una reunión",
  meetingIntro:
    "Puede pedir reunirse en persona con quien tramita el caso. Debe ofrecerle fecha y lugar dentro del plazo que fija la ley.",
  meetingLabel: "¿Cuándo y dónde le vendría bien? (opcional)",
  meetingAsk: "Pedir una reunión",
  meetingAsked: "Ha pedido una reunión.",
  meetingBy: "La persona que tramita el caso debe proponer fecha y lugar a más tardar el {day}.",
  meetingProposed: "La persona que tramita el caso propuso fecha y lugar; vea los mensajes.",
  meetingDefault: "Me gustaría reunirme en persona.",
  handlerTitle: "Registros y reuniones",
  meetingRequested: "El denunciante pidió una reunión el {day}.",
  meetingDue: "Proponga fecha y lugar a más tardar el {day} ({basis}).",
  meetingProposedOn: "Se propusieron fecha y lugar el {day}.",
  proposeLabel: "Fecha y lugar de la reunión",
  propose: "Proponer esta fecha y lugar",
  newRecord: "Redactar un acta o una transcripción",
  recordType: "Tipo de registro",
  transcribes: "Transcripción de la grabación de voz",
  none: "Ninguna",
  recordText: "Texto",
  sendRecord: "Enviar al denunciante para que lo revise",
  reviseLabel: "Versión corregida",
  revise: "Enviar la versión corregida",
  recordingDeleted: "La grabación de voz se borró tras la conformidad.",
};

export default es;
