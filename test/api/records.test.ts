/**
 * Meetings and records of oral reports (server/routes/records.ts, server/case/records.ts): Art. 9(2)
 * meeting requests with France's 20 working days in triage and in the inbox; Art. 18 minutes proposed,
 * corrected and agreed, every version kept and the agreed one marked for both sides; a voice recording
 * deleted once its transcript is agreed where the law or a missing consent says so.
 */
import { describe, expect, it } from "vitest";
import { decryptJson, encryptJson, encryptStream, fromBase64, toBase64 } from "../../crypto/index";
import { enrol, type Harness, type Reporter, type Staff, setup, submit } from "./harness";

async function seal(recipient: string, content: Record<string, unknown>) {
  return toBase64(await encryptJson([recipient], { v: 1, ...content }));
}

async function handlerCase(h: Harness, staff: Staff) {
  const list = await h.request<{ cases: { id: string; next: { kind: string; date: string } }[] }>(
    "GET",
    "/api/cases",
    undefined,
    staff.headers,
  );
  return list.json.cases[0]!;
}

interface Rec {
  id: string;
  version: number;
  agreedVersion: number | null;
  agreedOn: string | null;
}

async function inbox(h: Harness, reporter: Reporter) {
  return h.request<{
    deadlines: { meetingBy: { date: string; basis: string } | null };
    records: Rec[];
    entries: { kind: string; author: string; ciphertext: string }[];
  }>("POST", "/api/inbox", { loginKey: reporter.loginKey });
}

/** Uploads a small voice recording as the recorder does, with the person's answer on keeping it. */
async function uploadRecording(h: Harness, reporter: Reporter, keepRecording: boolean): Promise<string> {
  const audio = new Uint8Array(40_000).fill(3);
  const { stream, size } = await encryptStream(
    [reporter.caseRecipient],
    new ReadableStream({
      start(c) {
        c.enqueue(audio);
        c.close();
      },
    }),
    audio.length,
  );
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect(bytes.length).toBe(size);
  const meta = await seal(reporter.caseRecipient, {
    name: "voice.webm",
    type: "audio/webm",
    size: audio.length,
  });
  const login = { "x-oc-login": reporter.loginKey };
  const begun = await h.request<{ id: string }>(
    "POST",
    "/api/attachments",
    { meta, size, keepRecording },
    login,
  );
  expect(begun.status).toBe(201);
  const put = await h.app.request(`http://localhost/api/attachments/${begun.json.id}/chunks/0`, {
    method: "PUT",
    headers: { ...login, "content-type": "application/octet-stream" },
    body: bytes,
  });
  expect(put.status).toBeLessThan(300);
  const done = await h.request("POST", `/api/attachments/${begun.json.id}/complete`, undefined, login);
  expect(done.status).toBeLessThan(300);
  return begun.json.id;
}

describe("meeting requests (Art. 9(2))", () => {
  it("puts France's 20 working days in triage and in the inbox until a handler proposes a time", async () => {
    const h = await setup({ jurisdiction: "FR", now: "2026-11-27T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "x" });
    const row = await handlerCase(h, alice);
    const ack = await h.request(
      "POST",
      `/api/cases/${row.id}/acknowledge`,
      { message: await seal(reporter.caseRecipient, { text: "Received" }) },
      alice.headers,
    );
    expect(ack.status).toBe(200);
    expect((await handlerCase(h, alice)).next.kind).toBe("feedback");

    const asked = await h.request("POST", "/api/inbox/meeting", {
      loginKey: reporter.loginKey,
      message: await seal(reporter.caseRecipient, { text: "Could we meet in person?" }),
    });
    expect(asked.status).toBe(201);
    expect((await inbox(h, reporter)).json.deadlines.meetingBy).toMatchObject({
      date: "2026-12-28",
      basis: expect.stringContaining("20 working days"),
    });
    expect((await handlerCase(h, alice)).next).toMatchObject({ kind: "meeting", date: "2026-12-28" });

    const plain = await h.request(
      "POST",
      `/api/cases/${row.id}/meeting`,
      { message: toBase64(new TextEncoder().encode("Tuesday 10:00, room 4")) },
      alice.headers,
    );
    expect(plain.status).toBe(400);
    const proposed = await h.request(
      "POST",
      `/api/cases/${row.id}/meeting`,
      { message: await seal(reporter.caseRecipient, { text: "Tuesday 8 December, 10:00, room 4" }) },
      alice.headers,
    );
    expect(proposed.status).toBe(201);
    expect((await handlerCase(h, alice)).next.kind).toBe("feedback");
    const after = await inbox(h, reporter);
    expect(after.json.deadlines.meetingBy).toBeNull();
    expect(after.json.entries.map((e) => e.kind)).toEqual([
      "report",
      "acknowledgement",
      "meeting_request",
      "meeting_proposal",
    ]);
  });
});

describe("records of oral reports (Art. 18)", () => {
  it("keeps every version and marks the agreed one for both sides", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "x" });
    const row = await handlerCase(h, alice);
    const first = await h.request<{ record: Rec }>(
      "POST",
      `/api/cases/${row.id}/records`,
      {
        id: "minutes0001",
        type: "minutes",
        text: await seal(reporter.caseRecipient, { text: "Minutes v1", record: { version: 1 } }),
      },
      alice.headers,
    );
    expect(first.json).toMatchObject({ record: { version: 1 } });
    expect(first.status).toBe(201);
    const recordId = first.json.record.id;
    expect(recordId).toBe("minutes0001");
    const again = await h.request(
      "POST",
      `/api/cases/${row.id}/records`,
      { id: recordId, type: "minutes", text: await seal(reporter.caseRecipient, { text: "again" }) },
      alice.headers,
    );
    expect(again.status).toBe(409);
    const answer = (version: number, text: string) =>
      seal(reporter.caseRecipient, { text, record: { id: recordId, version } });

    const correction = await h.request("POST", `/api/inbox/records/${recordId}/corrections`, {
      loginKey: reporter.loginKey,
      version: 1,
      message: await answer(1, "It was Tuesday, not Monday."),
    });
    expect(correction.status).toBe(201);
    const second = await h.request<{ record: Rec }>(
      "POST",
      `/api/cases/${row.id}/records/${recordId}/versions`,
      {
        version: 2,
        text: await seal(reporter.caseRecipient, { text: "Minutes v2", record: { version: 2 } }),
      },
      alice.headers,
    );
    expect(second.status).toBe(201);
    expect(second.json.record.version).toBe(2);

    const before = await h.counts();
    const stale = await h.request("POST", `/api/inbox/records/${recordId}/agreement`, {
      loginKey: reporter.loginKey,
      version: 1,
      message: await answer(1, "I agree."),
    });
    expect(stale.status).toBe(409);
    expect((stale.json as { error: { code: string } }).error.code).toBe("record_changed");
    const plain = await h.request("POST", `/api/inbox/records/${recordId}/agreement`, {
      loginKey: reporter.loginKey,
      version: 2,
      message: toBase64(new TextEncoder().encode("I agree.")),
    });
    expect(plain.status).toBe(400);
    expect(await h.counts()).toEqual(before);

    const agreed = await h.request("POST", `/api/inbox/records/${recordId}/agreement`, {
      loginKey: reporter.loginKey,
      version: 2,
      message: await answer(2, "I agree to version 2."),
    });
    expect(agreed.status).toBe(201);

    const mine = await inbox(h, reporter);
    expect(mine.json.records).toEqual([
      expect.objectContaining({ id: recordId, version: 2, agreedVersion: 2, agreedOn: "2026-11-27" }),
    ]);
    const kinds = mine.json.entries.map((e) => `${e.author}:${e.kind}`);
    expect(kinds).toEqual([
      "reporter:report",
      "handler:record",
      "reporter:record_correction",
      "handler:record",
      "reporter:record_agreement",
    ]);
    const signOff = await decryptJson<{ record: { id: string; version: number } }>(
      [reporter.caseIdentity],
      fromBase64(mine.json.entries[4]!.ciphertext),
    );
    expect(signOff.record).toEqual({ id: recordId, version: 2 });

    const theirs = await h.request<{ records: Rec[] }>(
      "GET",
      `/api/cases/${row.id}`,
      undefined,
      alice.headers,
    );
    expect(theirs.json.records[0]).toMatchObject({ version: 2, agreedVersion: 2 });
    const late = await h.request(
      "POST",
      `/api/cases/${row.id}/records/${recordId}/versions`,
      { version: 3, text: await seal(reporter.caseRecipient, { text: "v3" }) },
      alice.headers,
    );
    expect(late.status).toBe(409);
    const lateCorrection = await h.request("POST", `/api/inbox/records/${recordId}/corrections`, {
      loginKey: reporter.loginKey,
      version: 2,
      message: await answer(2, "One more thing"),
    });
    expect(lateCorrection.status).toBe(409);
  });

  it.each([
    ["DE", true, true],
    ["EU", false, true],
    ["EU", true, false],
  ])(
    "in %s, with consent to keep %s, deletes the recording at agreement: %s",
    async (jurisdiction, keep, deleted) => {
      const h = await setup({ jurisdiction });
      const alice = await enrol(h, h.firstCode, "alice");
      const { reporter } = await submit(h, { whatHappened: "voice report" });
      const recording = await uploadRecording(h, reporter, keep);
      const row = await handlerCase(h, alice);
      const proposed = await h.request<{ record: Rec }>(
        "POST",
        `/api/cases/${row.id}/records`,
        {
          id: `transcript${jurisdiction.toLowerCase()}${keep}`,
          type: "transcript",
          transcribes: recording,
          text: await seal(reporter.caseRecipient, { text: "Transcript" }),
        },
        alice.headers,
      );
      expect(proposed.status).toBe(201);
      expect(await h.blobKeys()).toHaveLength(1);
      const agreed = await h.request<{ recordingDeleted: string | null }>(
        "POST",
        `/api/inbox/records/${proposed.json.record.id}/agreement`,
        {
          loginKey: reporter.loginKey,
          version: 1,
          message: await seal(reporter.caseRecipient, { text: "I agree." }),
        },
      );
      expect(agreed.status).toBe(201);
      if (deleted) {
        expect(agreed.json.recordingDeleted).toMatch(
          jurisdiction === "DE" ? /HinSchG §11\(4\)/ : /Art\. 18\(2\)/,
        );
        expect(await h.blobKeys()).toHaveLength(0);
        expect((await h.counts()).attachments).toBe(0);
      } else {
        expect(agreed.json.recordingDeleted).toBeNull();
        expect(await h.blobKeys()).toHaveLength(1);
      }
    },
  );
});
