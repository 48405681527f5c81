/** The configurable attachment limits, read from the environment of either entry. */
import type { AttachmentLimits } from "../deps";
import { DEFAULT_LIMITS } from "./attachments";

function bytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  // The padding container counts the length in 32 bits: nothing past 4 GiB can be sent.
  if (!Number.isSafeInteger(n) || n < 1 || n > 0xffffffff - 12) {
    throw new Error(`${name} must be a whole number of bytes between 1 and 4294967283`);
  }
  return n;
}

/**
 * ATTACHMENT_MAX_BYTES (per file, default 2 GiB) and CASE_ATTACHMENTS_MAX_BYTES (all files of one
 * case, default 10 GiB), as sizes of the files before encryption.
 */
export function attachmentLimitsFrom(env: {
  ATTACHMENT_MAX_BYTES?: string;
  CASE_ATTACHMENTS_MAX_BYTES?: string;
}): AttachmentLimits {
  const maxFileBytes = bytes(env.ATTACHMENT_MAX_BYTES, DEFAULT_LIMITS.maxFileBytes, "ATTACHMENT_MAX_BYTES");
  const maxCaseBytes = Math.max(
    maxFileBytes,
    env.CASE_ATTACHMENTS_MAX_BYTES
      ? Number(env.CASE_ATTACHMENTS_MAX_BYTES) || DEFAULT_LIMITS.maxCaseBytes
      : DEFAULT_LIMITS.maxCaseBytes,
  );
  return { maxFileBytes, maxCaseBytes };
}
