/**
 * Metadata removal before encryption (issue 13, item 2): finds and removes what identifies people and
 * places in a file, and says what it found. The format parts load only for a file that needs them
 * (pdf-lib for PDF, fflate for office files), so none of this weighs on the report page.
 */
import type { Cleaned } from "./images";

/** What was done to one file, for the person to see before sending. */
export interface MetadataResult {
  /** `voice`: a recording made and disguised here (./recorder.ts), written as a bare WAV. */
  kind: "jpeg" | "png" | "webp" | "pdf" | "office" | "heic" | "voice" | "unknown" | "too-large";
  /** The file to send when the person keeps the default (metadata removed); the original otherwise. */
  cleaned: Blob;
  /** What was found and removed; empty when nothing was. */
  found: string[];
  /** True when the file was sent as it is because its format is not understood (it may carry metadata). */
  unknown: boolean;
}

/** Files larger than this are not opened for cleaning (they would be read into memory whole). */
export const MAX_CLEAN_BYTES = 256 * 1024 * 1024;

function kindOf(head: Uint8Array, name: string): MetadataResult["kind"] {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (head[0] === 0xff && head[1] === 0xd8) return "jpeg";
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return "png";
  const s = String.fromCharCode(...head.subarray(0, 12));
  if (s.startsWith("RIFF") && s.slice(8, 12) === "WEBP") return "webp";
  if (s.startsWith("%PDF-")) return "pdf";
  if (s.slice(4, 8) === "ftyp" && /heic|heix|mif1|msf1|heif/.test(s.slice(8, 12))) return "heic";
  if (head[0] === 0x50 && head[1] === 0x4b && /^(docx|docm|xlsx|xlsm|pptx|pptm|odt|ods|odp|odg)$/.test(ext))
    return "office";
  return "unknown";
}

/** Cleans `file`; never throws (a file it cannot read is reported as unknown, sent as it is). */
export async function removeMetadata(file: File): Promise<MetadataResult> {
  const unknown = (kind: MetadataResult["kind"]): MetadataResult => ({
    kind,
    cleaned: file,
    found: [],
    unknown: true,
  });
  if (file.size > MAX_CLEAN_BYTES) return unknown("too-large");
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const kind = kindOf(head, file.name);
  if (kind === "unknown") return unknown(kind);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let result: Cleaned | null = null;
  try {
    if (kind === "jpeg" || kind === "png" || kind === "webp") {
      const images = await import("./images");
      result =
        kind === "jpeg"
          ? images.cleanJpeg(bytes)
          : kind === "png"
            ? images.cleanPng(bytes)
            : images.cleanWebp(bytes);
    } else if (kind === "heic") {
      // A HEIC whose boxes cannot be followed is sent as it is, with the HEIC warning.
      result = (await import("./heic")).cleanHeic(bytes);
      if (!result) return unknown("heic");
    } else if (kind === "pdf") {
      result = await (await import("./pdf")).cleanPdf(bytes);
    } else {
      result = (await import("./office")).cleanOffice(bytes);
    }
  } catch {
    result = null;
  }
  if (!result) return unknown("unknown");
  return {
    kind,
    cleaned: new File([result.bytes as BlobPart], file.name, { type: file.type }),
    found: result.found,
    unknown: false,
  };
}
