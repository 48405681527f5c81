/** Português: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/pt.json). */
import type { RecordsTranslation } from "../strings.ts";

const pt: RecordsTranslation = {
  title: "Registos do que nos contou",
  intro:
    "Quando denuncia oralmente ou numa reunião, a pessoa que trata o processo redige uma transcrição ou uma ata. Leia cada versão; proponha correções ou concorde com ela. A versão com que concorda fica marcada, para si e para quem trata o processo.",
  minutes: "Ata de uma reunião",
  transcript: "Transcrição de uma denúncia oral",
  version: "Versão {n}",
  agreedMark: "Aceite",
  agreedOn: "Concordou com esta versão em {day}.",
  agreedOnHandler: "O denunciante concordou com esta versão em {day}.",
  unconfirmed:
    "O servidor diz que este registo foi aceite, mas nenhuma confirmação assinada do denunciante o comprova. Trate-o como não aceite.",
  correctionsLabel: "As suas correções",
  correctionsHint:
    "Diga o que está errado ou em falta. A pessoa que trata o processo redige uma versão corrigida.",
  sendCorrections: "Propor correções",
  agree: "Concordo com a versão {n}",
  agreeText: "Li a versão {n} deste registo e concordo que está correta.",
  correctionFrom: "Correções à versão {n}, {day}:",
  sending: "A cifrar e a enviar…",
  sent: "Enviado.",
  empty: "Escreva algo primeiro.",
  locked: "A caixa de entrada está bloqueada. Abra-a novamente com o código do seu caso.",
  meetingTitle: "Uma reunião",
  meetingIntro:
    "Pode pedir para se reunir pessoalmente com quem trata o processo. Essa pessoa tem de propor data e local dentro do prazo fixado pela lei.",
  meetingLabel: "Quando e onde lhe daria jeito? (facultativo)",
  meetingAsk: "Pedir uma reunião",
  meetingAsked: "Pediu uma reunião.",
  meetingBy: "A pessoa que trata o processo tem de propor data e local até {day}.",
  meetingProposed: "A pessoa que trata o processo propôs data e local; veja as mensagens.",
  meetingDefault: "Gostaria de me reunir pessoalmente.",
  handlerTitle: "Registos e reuniões",
  meetingRequested: "O denunciante pediu uma reunião em {day}.",
  meetingDue: "Proponha data e local até {day} ({basis}).",
  meetingProposedOn: "Foram propostos data e local em {day}.",
  proposeLabel: "Data e local da reunião",
  propose: "Propor esta data e local",
  newRecord: "Redigir uma ata ou uma transcrição",
  recordType: "Tipo de registo",
  transcribes: "Transcrição da gravação de voz",
  none: "Nenhuma",
  recordText: "Texto",
  sendRecord: "Enviar ao denunciante para verificação",
  reviseLabel: "Versão corrigida",
  revise: "Enviar a versão corrigida",
  recordingDeleted: "A gravação de voz foi apagada após a concordância.",
};

export default pt;
