/**
 * What happens to a voice recording once the record made from it is agreed (Directive (EU) 2019/1937
 * Art. 18(2)-(4)). Pure: the jurisdiction and the reporting person's recorded consent in, a decision
 * with its legal basis out.
 */

/** Keep the recording, or delete it, and why. */
export interface RecordingFate {
  delete: boolean;
  basis: string;
}

/**
 * Germany deletes a recording used to make a record once the record is finished (HinSchG §11(4)
 * sentence 2); "finished" is read as agreed by the reporting person, the earliest point at which the
 * record can no longer need the recording for corrections. Everywhere, a recording is kept only with
 * the person's consent (Art. 18(2)(a)); without it, the agreed transcript (Art. 18(2)(b)) replaces it.
 */
export function recordingFate(jurisdiction: string, consentToKeep: boolean | null): RecordingFate {
  if (jurisdiction === "DE")
    return {
      delete: true,
      basis:
        "HinSchG §11(4) sentence 2: a recording used for a record is deleted once the record is finished",
    };
  if (consentToKeep !== true)
    return {
      delete: true,
      basis:
        "Directive (EU) 2019/1937 Art. 18(2): a recording is kept only with the reporting person's consent",
    };
  return {
    delete: false,
    basis: "Directive (EU) 2019/1937 Art. 18(2)(a): kept with the reporting person's consent",
  };
}
