/**
 * HEIC metadata removal (client/src/evidence/metadata/heic.ts) on a HEIC built box by box here: ftyp,
 * meta (hdlr, iinf, iloc, idat) and mdat holding the picture, an Exif item with a GPS pointer and a
 * sentinel, and an XMP item in idat; and one with an IPTC item and `uuid` boxes (XMP by its UUID, and
 * a maker's own) at the top level and in meta.
 */
import { describe, expect, it } from "vitest";
import { removeMetadata } from "../../client/src/evidence/metadata/index";

const S = "HEICSNTNL-7e2";
const enc = (s: string) => Buffer.from(s, "latin1");
const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(enc(s));
const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), enc(type), body]);
};
const full = (type: string, version: number, ...parts: Buffer[]) =>
  box(type, Buffer.from([version, 0, 0, 0]), ...parts);
const infe = (id: number, type: string, extra = "") =>
  full("infe", 2, u16(id), u16(0), enc(type), enc(`\0${extra}`));

/** TIFF (big-endian) whose IFD0 has a GPS IFD pointer (0x8825) and a Make (0x010f) pointing at the sentinel. */
function exifPayload(): Buffer {
  const text = enc(`${S}-camera\0`);
  const ifd = Buffer.concat([
    u16(2),
    u16(0x8825),
    u16(4),
    u32(1),
    u32(38),
    u16(0x010f),
    u16(2),
    u32(text.length),
    u32(38),
  ]);
  const tiff = Buffer.concat([enc("MM\0*"), u32(8), ifd, u32(0), text]);
  return Buffer.concat([u32(6), enc("Exif\0\0"), tiff]);
}

function heicFixture(): { file: Buffer; picture: Buffer; exifAt: number } {
  const picture = Buffer.from("HEVC-PICTURE-DATA-0123456789");
  const exif = exifPayload();
  const xmp = enc(`<x:xmpmeta><dc:creator>${S}-author</dc:creator></x:xmpmeta>`);
  const ftyp = box("ftyp", enc("heic"), u32(0), enc("mif1heic"));
  const meta = (mdatBody: number) =>
    full(
      "meta",
      0,
      full("hdlr", 0, u32(0), enc("pict"), Buffer.alloc(12), enc("\0")),
      full("iinf", 0, u16(3), infe(1, "hvc1"), infe(2, "Exif"), infe(3, "mime", "application/rdf+xml\0")),
      // iloc v1: offset and length 4 bytes, no base offset, no index; method 0 = file, 1 = idat.
      full(
        "iloc",
        1,
        u16(0x4400),
        u16(3),
        Buffer.concat([u16(1), u16(0), u16(0), u16(1), u32(mdatBody), u32(picture.length)]),
        Buffer.concat([u16(2), u16(0), u16(0), u16(1), u32(mdatBody + picture.length), u32(exif.length)]),
        Buffer.concat([u16(3), u16(1), u16(0), u16(1), u32(0), u32(xmp.length)]),
      ),
      box("idat", xmp),
    );
  const mdatBody = ftyp.length + meta(0).length + 8;
  const file = Buffer.concat([ftyp, meta(mdatBody), box("mdat", picture, exif)]);
  return { file, picture, exifAt: mdatBody + picture.length };
}

/** The top-level boxes as [type, start, size]. */
function topBoxes(b: Uint8Array): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let at = 0; at + 8 <= b.length; ) {
    const size = Buffer.from(b).readUInt32BE(at);
    out.push([Buffer.from(b.subarray(at + 4, at + 8)).toString("latin1"), at, size]);
    at += size;
  }
  return out;
}

describe("HEIC metadata removal", () => {
  it("zeroes the Exif and XMP items in place and says what it found", async () => {
    const { file, picture, exifAt } = heicFixture();
    expect(has(file, S)).toBe(true);
    const r = await removeMetadata(new File([file as BlobPart], "IMG_0001.HEIC", { type: "image/heic" }));
    expect(r).toMatchObject({ kind: "heic", unknown: false });
    expect(r.found).toEqual(
      expect.arrayContaining(["EXIF data with a GPS position", "XMP metadata (author, software, history)"]),
    );
    const out = new Uint8Array(await r.cleaned.arrayBuffer());
    expect(has(out, S)).toBe(false);
    expect(out.length).toBe(file.length);
    // Every box keeps its place and size; the picture is byte for byte the same.
    expect(topBoxes(out)).toEqual(topBoxes(file));
    expect(topBoxes(out).map((b) => b[0])).toEqual(["ftyp", "meta", "mdat"]);
    expect(Buffer.from(out).includes(picture)).toBe(true);
    // Only the two items' bytes changed, and they are zeros now.
    const changed = [...out.keys()].filter((i) => out[i] !== file[i]);
    const exifLength = file.length - exifAt;
    const xmpAt = file.indexOf(enc("<x:xmpmeta"));
    for (const i of changed) {
      const inExif = i >= exifAt && i < exifAt + exifLength;
      const inXmp = i >= xmpAt && i < file.indexOf(enc("</x:xmpmeta>")) + 12;
      expect(inExif || inXmp, `byte ${i}`).toBe(true);
      expect(out[i]).toBe(0);
    }
    expect(Buffer.from(out.subarray(0, xmpAt)).equals(file.subarray(0, xmpAt))).toBe(true);
  });

  it("zeroes IPTC items and turns uuid boxes into free boxes of the same size, and lists them", async () => {
    const picture = Buffer.from("HEVC-PICTURE-DATA-0123456789");
    // IPTC IIM: record 2, dataset 80 (By-line), then dataset 90 (City).
    const dataset = (n: number, text: string) =>
      Buffer.concat([Buffer.from([0x1c, 2, n]), u16(text.length), enc(text)]);
    const iptc = Buffer.concat([dataset(80, `${S}-byline`), dataset(90, `${S}-city`)]);
    const xmpUuid = Buffer.from("be7acfcb97a942e89c71999491e3afac", "hex");
    const makerUuid = Buffer.from("85c0b687820f11e08111f4ce462b6a48", "hex");
    const ftyp = box("ftyp", enc("heic"), u32(0), enc("mif1heic"));
    const topUuid = box(
      "uuid",
      xmpUuid,
      enc(`<x:xmpmeta><dc:creator>${S}-uuid-author</dc:creator></x:xmpmeta>`),
    );
    const meta = (mdatBody: number) =>
      full(
        "meta",
        0,
        full("hdlr", 0, u32(0), enc("pict"), Buffer.alloc(12), enc("\0")),
        full("iinf", 0, u16(2), infe(1, "hvc1"), infe(2, "mime", "application/x-iptc\0")),
        full(
          "iloc",
          1,
          u16(0x4400),
          u16(2),
          Buffer.concat([u16(1), u16(0), u16(0), u16(1), u32(mdatBody), u32(picture.length)]),
          Buffer.concat([u16(2), u16(0), u16(0), u16(1), u32(mdatBody + picture.length), u32(iptc.length)]),
        ),
        box("uuid", makerUuid, enc(`${S}-serial-0042`)),
      );
    const mdatBody = ftyp.length + topUuid.length + meta(0).length + 8;
    const file = Buffer.concat([ftyp, topUuid, meta(mdatBody), box("mdat", picture, iptc)]);
    expect(has(file, S)).toBe(true);

    const r = await removeMetadata(new File([file as BlobPart], "IMG_0002.HEIC", { type: "image/heic" }));
    expect(r).toMatchObject({ kind: "heic", unknown: false });
    expect(r.found.sort()).toEqual(
      [
        "IPTC metadata (author, caption, place, copyright)",
        "Maker or software data (uuid box 85c0b687820f11e08111f4ce462b6a48)",
        "XMP metadata (author, software, history)",
      ].sort(),
    );
    const out = Buffer.from(await r.cleaned.arrayBuffer());
    expect(has(out, S)).toBe(false);
    expect(out.length).toBe(file.length);
    expect(out.includes(picture)).toBe(true);
    // The uuid boxes are free boxes now, in the same places and of the same sizes.
    expect(topBoxes(out).map(([type, at, size]) => [type === "free" ? "uuid" : type, at, size])).toEqual(
      topBoxes(file),
    );
    expect(topBoxes(out).map((b) => b[0])).toEqual(["ftyp", "free", "meta", "mdat"]);
    expect(out.includes(xmpUuid)).toBe(false);
    expect(out.includes(makerUuid)).toBe(false);
    // Cleaning again finds no uuid box (the zeroed IPTC item is still listed as an item).
    const again = await removeMetadata(new File([out], "IMG_0002.HEIC"));
    expect(again.found).toEqual(["IPTC metadata (author, caption, place, copyright)"]);
  });

  it("reports a HEIC without metadata items as clean and leaves it as it is", async () => {
    const ftyp = box("ftyp", enc("heic"), u32(0), enc("mif1heic"));
    const file = Buffer.concat([
      ftyp,
      full("meta", 0, full("iinf", 0, u16(1), infe(1, "hvc1"))),
      box("mdat", enc("x")),
    ]);
    const r = await removeMetadata(new File([file], "a.heic"));
    expect(r).toMatchObject({ kind: "heic", unknown: false, found: [] });
    expect(Buffer.from(await r.cleaned.arrayBuffer()).equals(file)).toBe(true);
  });

  it("sends a truncated or malformed HEIC as it is, marked as not readable, without throwing", async () => {
    const { file } = heicFixture();
    const truncated = file.subarray(0, 60); // cut inside the meta box
    const lying = Buffer.from(file);
    // The Exif item's extent now claims to run past the end of the file.
    const iloc = lying.indexOf(enc("iloc"));
    lying.writeUInt32BE(0x7fffffff, iloc + 4 + 4 + 2 + 2 + 16 + 12);
    for (const bad of [truncated, lying]) {
      const r = await removeMetadata(new File([bad as BlobPart], "IMG.HEIC"));
      expect(r).toMatchObject({ kind: "heic", unknown: true, found: [] });
      expect(Buffer.from(await r.cleaned.arrayBuffer()).equals(bad)).toBe(true);
    }
  });
});
