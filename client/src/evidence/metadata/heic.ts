/**
 * Metadata in HEIC/HEIF photos (ISOBMFF), removed without re-encoding: the `meta` box lists items
 * (`iinf`/`infe`) and where their bytes are (`iloc`, in `mdat` or `idat`). The bytes of every `Exif`
 * item, every XMP item (`mime`, `application/rdf+xml`) and every IPTC item (`mime` with an IPTC
 * content type, or an `iptc` item) are overwritten with zeros; offsets, lengths and every box stay as
 * they are, so the picture is untouched and the file stays valid. `uuid` boxes at the top level or in
 * `meta` (XMP by the XMP specification's UUID, or a maker's own data) carry nothing a picture needs:
 * each becomes a `free` box of the same size, filled with zeros.
 * A structure it cannot follow returns null: the caller sends the file as it is, with a warning.
 */
import { type Cleaned, exifWords } from "./images";

interface Box {
  type: string;
  start: number;
  /** Start of the box's payload (after size and type, and largesize when there is one). */
  body: number;
  end: number;
}

const ascii = (b: Uint8Array, from: number, n: number) => String.fromCharCode(...b.subarray(from, from + n));

class Malformed extends Error {}

function boxes(b: Uint8Array, view: DataView, from: number, to: number): Box[] {
  const out: Box[] = [];
  let at = from;
  while (at < to) {
    if (at + 8 > to) throw new Malformed("box header past its parent");
    let size = view.getUint32(at);
    const type = ascii(b, at + 4, 4);
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) throw new Malformed("largesize past its parent");
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < body - at || at + size > to) throw new Malformed(`box ${type} past its parent`);
    out.push({ type, start: at, body, end: at + size });
    at += size;
  }
  return out;
}

/** Reads an unsigned integer of 0, 4 or 8 bytes. */
function uint(view: DataView, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 4) return view.getUint32(at);
  if (size === 8) return Number(view.getBigUint64(at));
  throw new Malformed(`field size ${size}`);
}

type Kind = "exif" | "xmp" | "iptc";

/** Item id → what it is, from `iinf` (infe version 2 and 3 carry the type). */
function metadataItems(b: Uint8Array, view: DataView, iinf: Box): Map<number, Kind> {
  const items = new Map<number, Kind>();
  const version = b[iinf.body]!;
  const first = iinf.body + 4 + (version === 0 ? 2 : 4);
  for (const infe of boxes(b, view, first, iinf.end)) {
    if (infe.type !== "infe") continue;
    const v = b[infe.body]!;
    if (v < 2) continue; // versions 0 and 1 carry no item type (not written by cameras)
    let at = infe.body + 4;
    const id = v === 2 ? view.getUint16(at) : view.getUint32(at);
    at += (v === 2 ? 2 : 4) + 2;
    const itemType = ascii(b, at, 4);
    at += 4;
    if (itemType === "Exif") items.set(id, "exif");
    else if (itemType === "iptc") items.set(id, "iptc");
    else if (itemType === "mime") {
      const nameEnd = b.indexOf(0, at);
      if (nameEnd < 0 || nameEnd >= infe.end) throw new Malformed("infe name");
      const typeEnd = b.indexOf(0, nameEnd + 1);
      const contentType = ascii(
        b,
        nameEnd + 1,
        (typeEnd < 0 || typeEnd > infe.end ? infe.end : typeEnd) - nameEnd - 1,
      );
      const normalised = contentType.trim().toLowerCase();
      if (normalised === "application/rdf+xml") items.set(id, "xmp");
      else if (normalised.includes("iptc")) items.set(id, "iptc");
    }
  }
  return items;
}

/** The byte ranges of each wanted item, from `iloc`; `idat` is where construction method 1 points. */
function extents(
  view: DataView,
  iloc: Box,
  wanted: Map<number, unknown>,
  idat: Box | undefined,
  fileLength: number,
): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const version = view.getUint8(iloc.body);
  let at = iloc.body + 4;
  const sizes = view.getUint16(at);
  at += 2;
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 15;
  const baseSize = (sizes >> 4) & 15;
  const indexSize = version === 1 || version === 2 ? sizes & 15 : 0;
  const count = version < 2 ? view.getUint16(at) : view.getUint32(at);
  at += version < 2 ? 2 : 4;
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? view.getUint16(at) : view.getUint32(at);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version === 1 || version === 2) {
      method = view.getUint16(at) & 15;
      at += 2;
    }
    at += 2; // data_reference_index
    const base = uint(view, at, baseSize);
    at += baseSize;
    const n = view.getUint16(at);
    at += 2;
    const ranges: [number, number][] = [];
    for (let e = 0; e < n; e++) {
      at += indexSize;
      const offset = uint(view, at, offsetSize);
      at += offsetSize;
      const length = uint(view, at, lengthSize);
      at += lengthSize;
      ranges.push([base + offset, length]);
    }
    if (at > iloc.end) throw new Malformed("iloc past its box");
    if (!wanted.has(id)) continue;
    if (method === 2) throw new Malformed("item built from other items");
    const origin = method === 1 ? (idat ? idat.body : -1) : 0;
    const limit = method === 1 ? (idat ? idat.end : -1) : fileLength;
    if (origin < 0) throw new Malformed("idat missing");
    out.set(
      id,
      ranges.map(([offset, length]) => {
        const from = origin + offset;
        // A length of 0 means "to the end" (of the file, or of idat).
        const to = length === 0 ? limit : from + length;
        if (from > limit || to > limit) throw new Malformed("extent past the file");
        return [from, to];
      }),
    );
  }
  return out;
}

/** Describes an Exif item's payload: a 4-byte offset to the TIFF header, then (often) "Exif\0\0". */
function describeExif(bytes: Uint8Array): string {
  if (bytes.length < 4) return exifWords(new Uint8Array(0));
  const skip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  return exifWords(bytes.subarray(Math.min(bytes.length, 4 + skip)));
}

/** The XMP specification's UUID for XMP in ISOBMFF files (part 3, 1.1.4). */
const XMP_UUID = "be7acfcb97a942e89c71999491e3afac";

const WORDS: Record<Kind, string> = {
  exif: "",
  xmp: "XMP metadata (author, software, history)",
  iptc: "IPTC metadata (author, caption, place, copyright)",
};

/** Turns each `uuid` box into a zeroed `free` box of the same size; says what each one was. */
function freeUuidBoxes(out: Uint8Array, found: Set<string>, list: Box[]): void {
  for (const x of list) {
    if (x.type !== "uuid") continue;
    if (x.end - x.body < 16) throw new Malformed("uuid box too short");
    const uuid = [...out.subarray(x.body, x.body + 16)].map((v) => v.toString(16).padStart(2, "0")).join("");
    found.add(uuid === XMP_UUID ? WORDS.xmp : `Maker or software data (uuid box ${uuid})`);
    out.set([0x66, 0x72, 0x65, 0x65], x.start + 4); // "free"
    out.fill(0, x.body, x.end);
  }
}

export function cleanHeic(input: Uint8Array): Cleaned | null {
  try {
    const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    const top = boxes(input, view, 0, input.length);
    if (top[0]?.type !== "ftyp") return null;
    const out = input.slice();
    const found = new Set<string>();
    freeUuidBoxes(out, found, top);
    const done = () => ({ bytes: found.size ? out : input, found: [...found] });
    const meta = top.find((x) => x.type === "meta");
    if (!meta) return done();
    const inner = boxes(input, view, meta.body + 4, meta.end); // meta is a full box
    freeUuidBoxes(out, found, inner);
    const iinf = inner.find((x) => x.type === "iinf");
    const iloc = inner.find((x) => x.type === "iloc");
    if (!iinf) return done();
    const items = metadataItems(input, view, iinf);
    if (items.size === 0) return done();
    if (!iloc) return null;
    const where = extents(
      view,
      iloc,
      items,
      inner.find((x) => x.type === "idat"),
      input.length,
    );
    for (const [id, kind] of items) {
      const ranges = where.get(id);
      if (!ranges) continue;
      const content = new Uint8Array(ranges.reduce((a, [f, t]) => a + t - f, 0));
      let at = 0;
      for (const [from, to] of ranges) {
        content.set(input.subarray(from, to), at);
        at += to - from;
        out.fill(0, from, to);
      }
      found.add(kind === "exif" ? describeExif(content) : WORDS[kind]);
    }
    return done();
  } catch (e) {
    if (e instanceof Malformed || e instanceof RangeError) return null;
    throw e;
  }
}
