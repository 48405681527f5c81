import { describe, expect, it } from "vitest";
import {
  asRecordContent,
  type OpenedEntry,
  type RecordState,
  recordModels,
} from "../../../client/src/records/model";

const state = (more: Partial<RecordState> = {}): RecordState => ({
  id: "rec1",
  type: "minutes",
  transcribes: null,
  version: 2,
  agreedVersion: null,
  agreedOn: null,
  on: "2026-11-27",
  ...more,
});
const content = (text: string, version: number, id = "rec1") => ({ v: 1, text, record: { id, version } });
const entry = (kind: string, author: "reporter" | "handler", value: unknown): OpenedEntry => ({
  kind,
  author,
  on: "2026-11-27",
  value,
});
const THREAD = [
  entry("record", "handler", content("v1", 1)),
  entry("record_correction", "reporter", content("Tuesday", 1)),
  entry("record", "handler", content("v2", 2)),
  entry("record", "handler", content("other record", 1, "rec2")),
];

describe("recordModels", () => {
  it("keeps every version in order with the corrections to each", () => {
    const [model] = recordModels([state()], THREAD);
    expect(model?.versions.map((v) => v.text)).toEqual(["v1", "v2"]);
    expect(model?.corrections).toEqual([{ version: 1, text: "Tuesday", on: "2026-11-27" }]);
    expect(model?.agreed).toBeNull();
  });

  it("marks a version agreed only when the reporting person's own sign-off names it", () => {
    const agreedState = state({ agreedVersion: 2, agreedOn: "2026-11-28" });
    const signed = [...THREAD, entry("record_agreement", "reporter", content("I agree", 2))];
    expect(recordModels([agreedState], signed)[0]).toMatchObject({ agreed: 2, unconfirmed: false });
    // The server's word alone is not enough, nor a sign-off of another version or by a handler.
    expect(recordModels([agreedState], THREAD)[0]).toMatchObject({ agreed: null, unconfirmed: true });
    const wrong = [...THREAD, entry("record_agreement", "reporter", content("I agree", 1))];
    expect(recordModels([agreedState], wrong)[0]).toMatchObject({ agreed: null, unconfirmed: true });
    const byHandler = [...THREAD, entry("record_agreement", "handler", content("I agree", 2))];
    expect(recordModels([agreedState], byHandler)[0]).toMatchObject({ agreed: null, unconfirmed: true });
  });

  it("ignores versions out of order and entries that are not record content", () => {
    const shuffled = [
      entry("record", "handler", content("v2 first", 2)),
      entry("record", "handler", content("v1", 1)),
      entry("record", "handler", null),
      entry("record", "handler", { v: 1, text: "no record" }),
    ];
    expect(recordModels([state()], shuffled)[0]?.versions.map((v) => v.text)).toEqual(["v1"]);
    expect(asRecordContent({ v: 2, text: "x", record: { id: "a", version: 1 } })).toBeNull();
    expect(asRecordContent({ v: 1, text: "x", record: { id: "a", version: 0 } })).toBeNull();
  });
});
