/**
 * Streamed attachments (server/routes/attachments.ts, server/evidence/attachments.ts) on the real blob
 * store of each entry: files on Node, R2 multipart in workerd. Files are encrypted with the real
 * streaming age of crypto/ and sent in chunks as the browser sends them.
 */
import { describe, expect, it } from "vitest";
import {
  decryptJson,
  decryptStream,
  encryptJson,
  encryptStream,
  fromBase64,
  sha256Hex,
  toBase64,
  unwrapIdentity,
  utf8,
} from "../../crypto/index";
import { runRetention } from "../../server/retention";
import { enrol, type Harness, setup, submit } from "./harness";

const CHUNK = 8 << 20;

/** `size` bytes of a fixed pattern with `mark` at the start, the middle and the end. */
function content(size: number, mark = "ATTACHMENT-SENTINEL"): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 255;
  const m = utf8(mark);
  for (const at of [0, Math.floor(size / 2), size - m.length]) bytes.set(m, at);
  return bytes;
}

function streamOf(bytes: Uint8Array, slice = 1 << 20): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + slice));
      at += slice;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function encryptFile(recipient: string, bytes: Uint8Array) {
  const { stream, size } = await encryptStream([recipient], streamOf(bytes), bytes.length);
  const ciphertext = await collect(stream);
  expect(ciphertext.length).toBe(size);
  const meta = toBase64(
    await encryptJson([recipient], {
      name: "evaluation.bin",
      type: "application/x-test",
      size: bytes.length,
    }),
  );
  return { ciphertext, meta };
}

async function put(
  h: Harness,
  loginKey: string,
  path: string,
  bytes: Uint8Array,
  type = "application/octet-stream",
) {
  const res = await h.app.request(`http://localhost${path}`, {
    method: "PUT",
    headers: { "x-oc-login": loginKey, "content-type": type },
    body: bytes as unknown as BodyInit,
  });
  return {
    status: res.status,
    json: (await res.json()) as { error?: { code: string; message: string }; received?: number },
  };
}

async function begin(h: Harness, loginKey: string, meta: string, size: number) {
  return h.request<{ id: string; chunkSize: number; error?: { code: string; message: string } }>(
    "POST",
    "/api/attachments",
    { meta, size },
    { "x-oc-login": loginKey },
  );
}

async function reportWithHandler() {
  const h = await setup();
  const alice = await enrol(h, h.firstCode, "alice");
  const { reporter } = await submit(h, { whatHappened: "files follow" });
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
  return { h, alice, reporter, caseId: list.json.cases[0]!.id };
}

async function nothingStored(h: Harness) {
  expect(await h.blobKeys()).toEqual([]);
  expect((await h.counts()).attachments).toBe(0);
}

describe("streamed attachments", () => {
  it("wants a proof of work to start an upload, like an inbox message (the chunks need none)", async () => {
    const { h, reporter } = await reportWithHandler();
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(1000));
    const res = await h.app.request("http://localhost/api/attachments", {
      method: "POST",
      headers: { "x-oc-login": reporter.loginKey, "content-type": "application/json" },
      body: JSON.stringify({ meta, size: ciphertext.length }),
    });
    expect(res.status).toBe(428);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("pow_required");
    await nothingStored(h);
  });

  it("stores a chunked age file and hands it to the handler, who decrypts it byte for byte", async () => {
    const { h, alice, reporter, caseId } = await reportWithHandler();
    const file = content(CHUNK + 12_345);
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, file);
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    expect(started.status).toBe(201);
    expect(started.json.chunkSize).toBe(CHUNK);
    const id = started.json.id;
    for (let i = 0; i * CHUNK < ciphertext.length; i++) {
      const res = await put(
        h,
        reporter.loginKey,
        `/api/attachments/${id}/chunks/${i}`,
        ciphertext.subarray(i * CHUNK, (i + 1) * CHUNK),
      );
      expect(res.status).toBe(200);
    }
    // A chunk sent again (its answer was lost) is refused without harm.
    const again = await put(
      h,
      reporter.loginKey,
      `/api/attachments/${id}/chunks/1`,
      ciphertext.subarray(CHUNK, 2 * CHUNK),
    );
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("chunk_already_received");
    const status = await h.request<{ received: number }>("GET", `/api/attachments/${id}`, undefined, {
      "x-oc-login": reporter.loginKey,
    });
    expect(status.json.received).toBe(ciphertext.length);
    const done = await h.request("POST", `/api/attachments/${id}/complete`, undefined, {
      "x-oc-login": reporter.loginKey,
    });
    expect(done.status).toBe(201);

    const listed = await h.request<{ attachments: { id: string; meta: string; size: number }[] }>(
      "GET",
      `/api/cases/${caseId}/attachments`,
      undefined,
      alice.headers,
    );
    expect(listed.json.attachments).toHaveLength(1);
    const view = await h.request<{ myKey: string }>("GET", `/api/cases/${caseId}`, undefined, alice.headers);
    const caseKey = await unwrapIdentity(alice.identity, fromBase64(view.json.myKey));
    const shown = await decryptJson<{ name: string; size: number }>(
      [caseKey],
      fromBase64(listed.json.attachments[0]!.meta),
    );
    expect(shown).toMatchObject({ name: "evaluation.bin", size: file.length });

    const res = await h.app.request(`http://localhost/api/cases/${caseId}/attachments/${id}/content`, {
      headers: alice.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(ciphertext.length));
    const plain = await collect(await decryptStream([caseKey], res.body as ReadableStream<Uint8Array>));
    expect(sha256Hex(plain)).toBe(sha256Hex(file));

    // Nobody else sees the case's files.
    const other = await h.request("GET", `/api/cases/${caseId}/attachments`, undefined, {});
    expect(other.status).toBe(401);
  }, 180_000);

  it("refuses a plaintext upload with a clear 400 and keeps nothing", async () => {
    const { h, reporter } = await reportWithHandler();
    const plain = content(300_000);
    const { meta } = await encryptFile(reporter.caseRecipient, content(100));
    const started = await begin(h, reporter.loginKey, meta, plain.length);
    const res = await put(h, reporter.loginKey, `/api/attachments/${started.json.id}/chunks/0`, plain);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "bad_ciphertext" });
    expect(res.json.error?.message).toMatch(/not an age file.*discarded/);
    await nothingStored(h);
  });

  it("refuses a truncated stream: a short chunk, or an upload completed early, and keeps nothing", async () => {
    const { h, reporter } = await reportWithHandler();
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(CHUNK + 5_000));
    const first = await begin(h, reporter.loginKey, meta, ciphertext.length);
    expect(
      (
        await put(
          h,
          reporter.loginKey,
          `/api/attachments/${first.json.id}/chunks/0`,
          ciphertext.subarray(0, CHUNK),
        )
      ).status,
    ).toBe(200);
    const short = await put(
      h,
      reporter.loginKey,
      `/api/attachments/${first.json.id}/chunks/1`,
      ciphertext.subarray(CHUNK, ciphertext.length - 100),
    );
    expect(short.status).toBe(400);
    expect(short.json.error?.code).toBe("bad_chunk_size");
    await nothingStored(h);

    const second = await begin(h, reporter.loginKey, meta, ciphertext.length);
    await put(
      h,
      reporter.loginKey,
      `/api/attachments/${second.json.id}/chunks/0`,
      ciphertext.subarray(0, CHUNK),
    );
    const early = await h.request<{ error: { code: string; message: string } }>(
      "POST",
      `/api/attachments/${second.json.id}/complete`,
      undefined,
      { "x-oc-login": reporter.loginKey },
    );
    expect(early.status).toBe(400);
    expect(early.json.error.code).toBe("incomplete");
    await nothingStored(h);

    // A ciphertext cut short and declared at its cut size fails the header check on the first chunk.
    const cut = ciphertext.subarray(0, 200_000);
    const third = await begin(h, reporter.loginKey, meta, cut.length);
    const res = await put(h, reporter.loginKey, `/api/attachments/${third.json.id}/chunks/0`, cut);
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("bad_ciphertext");
    await nothingStored(h);
  });

  it("refuses chunks out of order with a clear 409 and keeps nothing", async () => {
    const { h, reporter } = await reportWithHandler();
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(CHUNK + 5_000));
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    const res = await put(
      h,
      reporter.loginKey,
      `/api/attachments/${started.json.id}/chunks/1`,
      ciphertext.subarray(CHUNK),
    );
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: "out_of_order" });
    await nothingStored(h);
    const gone = await put(
      h,
      reporter.loginKey,
      `/api/attachments/${started.json.id}/chunks/0`,
      ciphertext.subarray(0, CHUNK),
    );
    expect(gone.status).toBe(404);
  });

  it("takes the next chunk while the one before is stored, stores both in order, refuses one further ahead", async () => {
    const { h, alice, reporter, caseId } = await reportWithHandler();
    const file = content(2 * CHUNK + 7_000);
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, file);
    const path = (id: string, i: number) => `/api/attachments/${id}/chunks/${i}`;
    const slice = (i: number) => ciphertext.subarray(i * CHUNK, (i + 1) * CHUNK);
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    const id = started.json.id;
    expect((await put(h, reporter.loginKey, path(id, 0), slice(0))).status).toBe(200);
    // Chunk 2 arrives first and waits for chunk 1; both are stored.
    const early = put(h, reporter.loginKey, path(id, 2), slice(2));
    const late = put(h, reporter.loginKey, path(id, 1), slice(1));
    const [two, one] = await Promise.all([early, late]);
    expect(one.status).toBe(200);
    expect(two).toMatchObject({ status: 200, json: { received: ciphertext.length } });
    const done = await h.request("POST", `/api/attachments/${id}/complete`, undefined, {
      "x-oc-login": reporter.loginKey,
    });
    expect(done.status).toBe(201);
    const view = await h.request<{ myKey: string }>("GET", `/api/cases/${caseId}`, undefined, alice.headers);
    const caseKey = await unwrapIdentity(alice.identity, fromBase64(view.json.myKey));
    const res = await h.app.request(`http://localhost/api/cases/${caseId}/attachments/${id}/content`, {
      headers: alice.headers,
    });
    const plain = await collect(await decryptStream([caseKey], res.body as ReadableStream<Uint8Array>));
    expect(sha256Hex(plain)).toBe(sha256Hex(file));

    // Two ahead of the next chunk is out of order: the upload is discarded.
    const second = await begin(h, reporter.loginKey, meta, ciphertext.length);
    expect((await put(h, reporter.loginKey, path(second.json.id, 0), slice(0))).status).toBe(200);
    const ahead = await put(h, reporter.loginKey, path(second.json.id, 3), slice(2));
    expect(ahead.status).toBe(409);
    expect(ahead.json.error).toMatchObject({ code: "out_of_order" });
    expect((await h.counts()).attachments).toBe(1);
  }, 180_000);

  it("holds files to the per-file and per-case limits with clear 413s", async () => {
    const h = await setup({ attachmentLimits: { maxFileBytes: 100_000, maxCaseBytes: 100_000 } });
    await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "limits" });
    const limits = await h.request<{ maxFileBytes: number; chunkSize: number }>(
      "GET",
      "/api/attachments/limits",
    );
    expect(limits.json).toMatchObject({ maxFileBytes: 100_000, maxCaseBytes: 100_000, chunkSize: CHUNK });
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(120_000));
    const big = await begin(h, reporter.loginKey, meta, ciphertext.length);
    expect(big.status).toBe(413);
    expect(big.json.error).toMatchObject({ code: "file_too_large" });
    const small = await encryptFile(reporter.caseRecipient, content(90_000));
    expect((await begin(h, reporter.loginKey, small.meta, small.ciphertext.length)).status).toBe(201);
    const full = await begin(h, reporter.loginKey, small.meta, small.ciphertext.length);
    expect(full.status).toBe(413);
    expect(full.json.error).toMatchObject({ code: "case_attachments_full" });
  });

  it("refuses an unknown login key and a chunk that is not octet-stream", async () => {
    const { h, reporter } = await reportWithHandler();
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(1000));
    const wrong = await begin(h, toBase64(new Uint8Array(32)), meta, ciphertext.length);
    expect(wrong.status).toBe(404);
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    const res = await put(
      h,
      reporter.loginKey,
      `/api/attachments/${started.json.id}/chunks/0`,
      ciphertext,
      "text/plain",
    );
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("bad_content_type");
    const badMeta = await begin(h, reporter.loginKey, toBase64(utf8("plain name.pdf")), ciphertext.length);
    expect(badMeta.status).toBe(400);
  });

  it("goes with its case at retention: the blob and the row are deleted", async () => {
    const h = await setup({ jurisdiction: "DE", now: "2026-01-10T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    const { reporter } = await submit(h, { whatHappened: "x" });
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(70_000));
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    await put(h, reporter.loginKey, `/api/attachments/${started.json.id}/chunks/0`, ciphertext);
    await h.request("POST", `/api/attachments/${started.json.id}/complete`, undefined, {
      "x-oc-login": reporter.loginKey,
    });
    expect(await h.blobKeys()).toHaveLength(1);
    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    await h.request(
      "POST",
      `/api/cases/${list.json.cases[0]!.id}/status`,
      { status: "closed", outcome: "no_action" },
      alice.headers,
    );
    expect(await runRetention(h.database, new Date("2029-01-11T12:00:00Z"), 30, h.blobs)).toMatchObject({
      shredded: 1,
    });
    await nothingStored(h);
  });

  it("drops uploads abandoned before today", async () => {
    const { h, reporter } = await reportWithHandler();
    const { ciphertext, meta } = await encryptFile(reporter.caseRecipient, content(CHUNK + 10));
    const started = await begin(h, reporter.loginKey, meta, ciphertext.length);
    await put(
      h,
      reporter.loginKey,
      `/api/attachments/${started.json.id}/chunks/0`,
      ciphertext.subarray(0, CHUNK),
    );
    expect(await runRetention(h.database, new Date("2026-11-27T20:00:00Z"), 30, h.blobs)).toMatchObject({
      shredded: 0,
    });
    expect((await h.counts()).attachments).toBe(1);
    await runRetention(h.database, new Date("2026-11-29T10:00:00Z"), 30, h.blobs);
    await nothingStored(h);
  });
});
