/** The handler's four kinds of message to the reporting person, as one verb that dispatches on the kind. */
import type { Actor, CaseContext } from "./context";
import {
  addMessage,
  communicateFinalOutcome,
  giveFeedback,
  type MessageKind,
  requestInformation,
  type SealedEntry,
} from "./handling";

const VERB_OF_KIND = {
  message: addMessage,
  request_info: requestInformation,
  feedback: giveFeedback,
  final_outcome: communicateFinalOutcome,
} as const;

/** Writes a message of `input.kind` into the thread: a reply, a request for information or feedback. */
export const sendMessage = (
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: SealedEntry & { kind: MessageKind },
) => VERB_OF_KIND[input.kind](ctx, actor, caseId, input);
