/** What `createApp` is given: every part that differs between Node, Workers and tests. */
import type { MiddlewareHandler } from "hono";
import type { Database } from "../db/index";
import type { Clock } from "./clock";
import type { AddressOf } from "./middleware/rate-limit";

export interface Mailer {
  /** Sends one content-free mail; throws when the server cannot take it (it is retried later). */
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface BlobStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Starts a multipart object; returns the store's handle for it (server/blob/: files or R2). */
  beginUpload(key: string): Promise<string>;
  /**
   * Stores one part: parts are equal-sized except the last, sent in order; returns the part's tag.
   * `bytes` is the caller's again once this resolves (it is reused for the next part): keep no reference.
   */
  putPart(
    key: string,
    uploadId: string,
    part: { index: number; offset: number; bytes: Uint8Array },
  ): Promise<string>;
  /** Joins the parts into the object `key`, durably. */
  completeUpload(key: string, uploadId: string, tags: string[]): Promise<void>;
  /** Drops an unfinished upload and whatever parts it has. */
  abortUpload(key: string, uploadId: string): Promise<void>;
  /** The object as a stream, with its size; null when it does not exist. */
  stream(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
}

/** Attachment limits (bytes of the file before encryption). */
export interface AttachmentLimits {
  maxFileBytes: number;
  maxCaseBytes: number;
}

export interface AppDeps {
  database: Database;
  clock: Clock;
  /** Secret made at start; keys the in-memory rate limits and fake KDF salts. Never stored. */
  secret: Uint8Array;
  /** The client's address, used only to key rate limits and never stored or logged. */
  addressOf?: AddressOf;
  blobs?: BlobStore;
  /** Defaults: 2 GiB per file, 10 GiB per case (server/evidence/limits.ts). */
  attachmentLimits?: AttachmentLimits;
  mailer?: Mailer;
  /** Where the built static client lives is the entry's business; the app only needs the public URL. */
  publicUrl?: string;
  /** Serves the built client (Node); on Workers the assets binding does it before the app runs. */
  staticFiles?: MiddlewareHandler;
  /** An `http://<56 chars>.onion` origin: answers carry `Onion-Location` for Tor Browser (deploy/torrc). */
  onionLocation?: string;
  /** Proof-of-work difficulty in bits under normal load (default 17; tests use less). */
  powBits?: number;
  /** Defaults for the settings row on first start. */
  defaults?: { orgName: string; jurisdiction: string; timeZone: string };
}
