import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, handleError } from "../../../server/errors";
import { bodyLimit } from "../../../server/middleware/body-limit";

const MAX = 100;
const app = new Hono();
app.onError(handleError);
app.use(
  "*",
  bodyLimit(MAX, () => {
    throw new AppError(413, "too_large", "The request is too large.");
  }),
);
app.post("/echo", async (c) => c.json({ length: (await c.req.arrayBuffer()).byteLength }));
app.get("/echo", (c) => c.json({ ok: true }));

let server: ReturnType<typeof serve>;
let port = 0;
beforeAll(async () => {
  server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise((resolve) => server.once("listening", resolve));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Writes `raw` to a new connection as is and returns all the server answers until it closes. */
function exchange(raw: string, endWrites = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
    socket.write(raw, "latin1");
    if (endWrites) socket.end();
    setTimeout(() => socket.destroy(), 3000);
  });
}

const post = (headers: string, body: string) =>
  `POST /echo HTTP/1.1\r\nhost: x\r\ncontent-type: application/octet-stream\r\n${headers}\r\n${body}`;
const chunked = (body: string) => `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
/** Status line and JSON body of each answer in `text`. */
const answers = (text: string) =>
  [...text.matchAll(/HTTP\/1\.1 (\d{3})[^\r]*\r\n[\s\S]*?\r\n\r\n(\{[^\r\n]*\}|)/g)].map(
    ([, status, json]) => ({
      status: Number(status),
      json: json ? JSON.parse(json.replace(/^[0-9a-f]+\r\n/, "")) : null,
    }),
  );

describe("body limit", () => {
  it("judges a declared length before reading and a chunked body as it arrives, with the same 413", async () => {
    const declared = await (
      await fetch(`http://127.0.0.1:${port}/echo`, { method: "POST", body: "x".repeat(MAX + 1) })
    ).text();
    const streamed = await (
      await fetch(`http://127.0.0.1:${port}/echo`, {
        method: "POST",
        body: new Blob(["x".repeat(MAX + 1)]).stream(),
        duplex: "half",
      } as RequestInit)
    ).text();
    expect(JSON.parse(declared)).toEqual({
      error: { code: "too_large", message: "The request is too large." },
    });
    expect(streamed).toBe(declared);
    const inApp = await app.request("/echo", {
      method: "POST",
      headers: { "content-length": String(MAX + 1) },
      body: "x".repeat(MAX + 1),
    });
    expect(inApp.status).toBe(413);
    expect(await inApp.text()).toBe(declared);
  });

  it("lets bodies up to the limit through, declared or chunked", async () => {
    const declared = answers(
      await exchange(post(`content-length: ${MAX}\r\nconnection: close\r\n`, "y".repeat(MAX))),
    );
    expect(declared).toEqual([{ status: 200, json: { length: MAX } }]);
    const streamed = await exchange(
      post("transfer-encoding: chunked\r\nconnection: close\r\n", chunked("y".repeat(MAX))),
    );
    expect(streamed).toMatch(/^HTTP\/1\.1 200/);
    expect(streamed).toContain(`{"length":${MAX}}`);
    expect(
      answers(
        await exchange(
          post("transfer-encoding: chunked\r\nconnection: close\r\n", chunked("y".repeat(MAX + 1))),
        ),
      )[0]?.status,
    ).toBe(413);
    expect((await fetch(`http://127.0.0.1:${port}/echo`)).status).toBe(200);
  });

  it("never hands a route more bytes than the request declared", async () => {
    // The bytes after the declared length are parsed as the next request on the connection.
    const next = "GET /echo HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n";
    const pipelined = answers(await exchange(post("content-length: 10\r\n", `${"z".repeat(10)}${next}`)));
    expect(pipelined).toEqual([
      { status: 200, json: { length: 10 } },
      { status: 200, json: { ok: true } },
    ]);
    // Bytes that are no request end the connection with a 400; no route sees them as a body.
    const text = await exchange(post("content-length: 10\r\n", "z".repeat(MAX * 3)));
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).not.toMatch(/"length":(?!10\b)/);
  });

  it("refuses a body that declares both a length and chunks", async () => {
    const text = await exchange(
      post("content-length: 10\r\ntransfer-encoding: chunked\r\n", chunked("w".repeat(MAX * 2))),
    );
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).not.toContain('"length"');
  });

  it("never hands a route a body shorter than it declared", async () => {
    const text = await exchange(post("content-length: 50\r\n", "v".repeat(10)), true);
    expect(text).not.toContain('"length"');
  });
});
