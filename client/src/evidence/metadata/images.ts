/**
 * Metadata in images, removed without re-encoding: JPEG segments (EXIF, XMP, IPTC, comments), PNG text
 * and EXIF chunks, WebP EXIF and XMP chunks. The pixels are copied byte for byte.
 */

export interface Cleaned {
  bytes: Uint8Array;
  /** What was found and removed, in words for the person. */
  found: string[];
}

const ascii = (b: Uint8Array, from: number, n: number) => String.fromCharCode(...b.subarray(from, from + n));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether an EXIF block (after "Exif\0\0") has a GPS IFD pointer (tag 0x8825) in IFD0. */
function exifHasGps(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return false;
  const le = tiff[0] === 0x49;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number) => view.getUint16(o, le);
  const ifd = view.getUint32(4, le);
  if (ifd + 2 > tiff.length) return false;
  const n = u16(ifd);
  for (let i = 0; i < n && ifd + 2 + i * 12 + 2 <= tiff.length; i++)
    if (u16(ifd + 2 + i * 12) === 0x8825) return true;
  return false;
}

export function exifWords(tiff: Uint8Array): string {
  return exifHasGps(tiff)
    ? "EXIF data with a GPS position"
    : "EXIF data (camera, dates, maybe serial numbers)";
}

/** JPEG: keeps SOI, APP0 (JFIF), APP2 (ICC colour), APP14 (Adobe colour) and everything from the frame on. */
export function cleanJpeg(b: Uint8Array): Cleaned | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  const found = new Set<string>();
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Start of scan or a frame: the rest is image data (metadata segments come before it).
    if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xcc)) break;
    const len = (b[at + 2]! << 8) | b[at + 3]!;
    const seg = b.subarray(at, at + 2 + len);
    const body = seg.subarray(4);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1 && ascii(body, 0, 6) === "Exif\0\0") found.add(exifWords(body.subarray(6)));
    else if (marker === 0xe1) found.add("XMP metadata (author, software, history)");
    else if (marker === 0xed) found.add("IPTC/Photoshop data (author, caption, location)");
    else if (marker === 0xfe) found.add("a comment");
    else if (isApp && marker !== 0xe0 && marker !== 0xe2 && marker !== 0xee)
      found.add(`APP${marker - 0xe0} data`);
    const drop = marker === 0xfe || (isApp && marker !== 0xe0 && marker !== 0xe2 && marker !== 0xee);
    if (!drop) parts.push(seg);
    at += 2 + len;
  }
  parts.push(b.subarray(at));
  return { bytes: concat(parts), found: [...found] };
}

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROP: Record<string, string> = {
  eXIf: "EXIF data",
  tEXt: "text fields (author, software, comments)",
  zTXt: "text fields (author, software, comments)",
  iTXt: "text or XMP fields (author, software, comments)",
  tIME: "the last-modified time",
};

export function cleanPng(b: Uint8Array): Cleaned | null {
  if (!PNG_SIG.every((v, i) => b[i] === v)) return null;
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  const found = new Set<string>();
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  while (at + 12 <= b.length) {
    const len = view.getUint32(at);
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + len;
    if (end > b.length) return null;
    const words = PNG_DROP[type];
    if (type === "eXIf") found.add(exifWords(b.subarray(at + 8, at + 8 + len)));
    else if (words) found.add(words);
    else parts.push(b.subarray(at, end));
    at = end;
    if (type === "IEND") break;
  }
  return { bytes: concat(parts), found: [...found] };
}

export function cleanWebp(b: Uint8Array): Cleaned | null {
  if (ascii(b, 0, 4) !== "RIFF" || ascii(b, 8, 4) !== "WEBP") return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: Uint8Array[] = [];
  const found = new Set<string>();
  let at = 12;
  while (at + 8 <= b.length) {
    const type = ascii(b, at, 4);
    const len = view.getUint32(at + 4, true);
    const end = Math.min(b.length, at + 8 + len + (len & 1));
    if (type === "EXIF")
      found.add(exifWords(b.subarray(at + 8 + (ascii(b, at + 8, 6) === "Exif\0\0" ? 6 : 0), at + 8 + len)));
    else if (type === "XMP ") found.add("XMP metadata (author, software, history)");
    else if (type === "VP8X") {
      const chunk = b.slice(at, end);
      chunk[8] = chunk[8]! & ~0x0c; // the EXIF and XMP flags
      parts.push(chunk);
    } else parts.push(b.subarray(at, end));
    at = end;
  }
  const body = concat(parts);
  const out = new Uint8Array(12 + body.length);
  out.set(b.subarray(0, 12));
  new DataView(out.buffer).setUint32(4, 4 + body.length, true);
  out.set(body, 12);
  return { bytes: out, found: [...found] };
}
