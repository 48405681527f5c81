// Runs every crypto test vector inside real Chromium, with the same loader the
// Node suite uses, and checks the handler KDF at its real cost gives Node's keys.

import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as crypto from "../../crypto/index";
import type * as loader from "../vectors/loader";
import { launchChromium } from "./chromium";

type InPage = typeof loader & { crypto: typeof crypto };
const ROOT = join(import.meta.dirname, "../..");
const VECTORS = join(ROOT, "test/vectors");

let server: Server;
let close: () => Promise<void>;
let page: Page;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import * as loader from "./test/vectors/loader";
        import * as crypto from "./crypto/index";
        globalThis.oc = { ...loader, crypto };`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

beforeAll(async () => {
  const js = await bundle();
  const html =
    '<!doctype html><meta charset="utf-8"><title>crypto vectors</title><script src="/oc.js"></script>';
  server = createServer((req, res) => {
    const isScript = req.url === "/oc.js";
    res.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html; charset=utf-8" });
    res.end(isScript ? js : html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const chromium = await launchChromium();
  close = chromium.close;
  page = await chromium.browser.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => "oc" in globalThis);
});

afterAll(async () => {
  await close?.();
  await new Promise((resolve) => server?.close(resolve));
});

describe("crypto in Chromium", () => {
  it("runs in a secure context with Web Crypto", async () => {
    expect(await page.evaluate(() => globalThis.isSecureContext && typeof globalThis.crypto.subtle)).toBe(
      "object",
    );
  });

  it("passes every test vector", async () => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(VECTORS).filter((n) => n.endsWith(".txt"))) {
      files[f] = readFileSync(join(VECTORS, f), "utf8");
    }
    const results = await page.evaluate(
      (texts) => (globalThis as unknown as { oc: InPage }).oc.runVectors(texts),
      files,
    );
    expect(results).toHaveLength(Object.keys(files).length);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it("signs through Chromium's Web Crypto Ed25519 byte for byte as through the JavaScript curve", async () => {
    const results = await page.evaluate(async () => {
      const { oc } = globalThis as unknown as { oc: InPage };
      const seed = new Uint8Array(32);
      const pkcs8 = new Uint8Array([
        ...[0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20],
        ...seed,
      ]);
      const platform = await globalThis.crypto.subtle
        .importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"])
        .then(
          () => true,
          () => false,
        );
      let differing = 0;
      for (let i = 0; i < 200; i++) {
        const key = oc.crypto.signingKeyFromSeed(globalThis.crypto.getRandomValues(new Uint8Array(32)));
        const body = JSON.stringify({ i, text: "é".repeat(i) });
        const viaPlatform = await oc.crypto.signStatementAsync("oc-receipt-1", key, body);
        if (viaPlatform.signature !== oc.crypto.signStatement("oc-receipt-1", key, body).signature)
          differing++;
      }
      return { platform, differing };
    });
    // Chromium has had Web Crypto Ed25519 since version 137; without it this compares noble with itself.
    expect(results).toEqual({ platform: true, differing: 0 });
  });

  it("encrypts in the page what Node decrypts, and the other way round", async () => {
    const nodeKey = await crypto.newCaseIdentity();
    const fromPage = await page.evaluate(async (recipient) => {
      const { oc } = globalThis as unknown as { oc: InPage };
      const pageKey = await oc.crypto.newCaseIdentity();
      const own = await oc.crypto.encryptText([pageKey.recipient], "round trip");
      const back = await oc.crypto.decryptText([pageKey.identity], own);
      const toNode = await oc.crypto.encryptText([recipient], "from chromium");
      return { back, toNode: oc.crypto.toBase64(toNode), pageKey };
    }, nodeKey.recipient);
    expect(fromPage.back).toBe("round trip");
    expect(await crypto.decryptText([nodeKey.identity], crypto.fromBase64(fromPage.toNode))).toBe(
      "from chromium",
    );

    const toPage = crypto.toBase64(await crypto.encryptText([fromPage.pageKey.recipient], "from node"));
    const opened = await page.evaluate(
      async ({ identity, c }) => {
        const { oc } = globalThis as unknown as { oc: InPage };
        return oc.crypto.decryptText([identity], oc.crypto.fromBase64(c));
      },
      { identity: fromPage.pageKey.identity, c: toPage },
    );
    expect(opened).toBe("from node");
  });

  it("derives the same handler keys at the default cost in Chromium as in Node", async () => {
    const params = crypto.newKdfParams();
    expect(params.logN).toBe(crypto.DEFAULT_KDF.logN);
    const inPage = await page.evaluate(async (kdf) => {
      const { oc } = globalThis as unknown as { oc: InPage };
      const keys = await oc.crypto.deriveHandlerKeys("correct horse battery staple", kdf);
      return { authKey: oc.crypto.toBase64(keys.authKey), wrapKey: oc.crypto.toBase64(keys.wrapKey) };
    }, params);
    const inNode = await crypto.deriveHandlerKeys("correct horse battery staple", params);
    expect(inPage).toEqual({
      authKey: crypto.toBase64(inNode.authKey),
      wrapKey: crypto.toBase64(inNode.wrapKey),
    });
    // The two halves of one derivation must differ: one is sent (hashed), the other never leaves.
    expect(inPage.authKey).not.toBe(inPage.wrapKey);
  });
});
