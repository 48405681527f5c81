import { strToU8, unzipSync, zipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { removeMetadata } from "../../client/src/evidence/metadata/index";
import { docxWithAuthor, jpegWithGps } from "./samples";

const S = "METASNTNL-41c";
const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s));
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe("metadata removal", () => {
  it("removes EXIF with GPS and comments from a JPEG and keeps the image data", async () => {
    const jpeg = jpegWithGps(S);
    const r = await removeMetadata(new File([jpeg as BlobPart], "photo.jpg", { type: "image/jpeg" }));
    expect(r.kind).toBe("jpeg");
    expect(r.found).toEqual(expect.arrayContaining(["EXIF data with a GPS position", "a comment"]));
    const out = await bytesOf(r.cleaned);
    expect(has(out, S)).toBe(false);
    expect(has(out, "Exif")).toBe(false);
    expect([...out.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(has(out, "JFIF")).toBe(true);
    // Everything from the frame header on is copied byte for byte.
    const frame = jpeg.indexOf(0xc0) - 1;
    expect(Buffer.from(out).includes(Buffer.from(jpeg.subarray(frame)))).toBe(true);
  });

  it("removes text and EXIF chunks from a PNG", async () => {
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(12 + data.length);
      new DataView(out.buffer).setUint32(0, data.length);
      out.set(strToU8(type), 4);
      out.set(data, 8);
      return out;
    };
    const png = new Uint8Array(
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk("IHDR", new Uint8Array(13)),
        chunk("tEXt", strToU8(`Author\0${S}`)),
        chunk("IDAT", new Uint8Array([1, 2, 3])),
        chunk("IEND", new Uint8Array(0)),
      ]),
    );
    const r = await removeMetadata(new File([png as BlobPart], "shot.png"));
    expect(r.found.join(" ")).toMatch(/text fields/);
    const out = await bytesOf(r.cleaned);
    expect(has(out, S)).toBe(false);
    expect(has(out, "IDAT")).toBe(true);
  });

  it("removes EXIF and XMP chunks from a WebP and clears their flags", async () => {
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(8 + data.length + (data.length & 1));
      out.set(strToU8(type));
      new DataView(out.buffer).setUint32(4, data.length, true);
      out.set(data, 8);
      return out;
    };
    const body = Buffer.concat([
      Buffer.from(strToU8("WEBP")),
      chunk("VP8X", new Uint8Array([0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
      chunk("VP8 ", new Uint8Array(10)),
      chunk("EXIF", strToU8(`II*\0${S}`)),
      chunk("XMP ", strToU8(`<x>${S}</x>`)),
    ]);
    const riff = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), body]);
    riff.writeUInt32LE(body.length, 4);
    const r = await removeMetadata(new File([riff], "pic.webp"));
    const out = await bytesOf(r.cleaned);
    expect(r.found.length).toBe(2);
    expect(has(out, S)).toBe(false);
    expect(out[20]! & 0x0c).toBe(0);
    expect(new DataView(out.buffer).getUint32(4, true)).toBe(out.length - 8);
  });

  it("removes the Info dictionary and XMP from a PDF", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setAuthor(`${S}-author`);
    doc.setCreator(`${S}-creator`);
    const pdf = await doc.save({ useObjectStreams: false });
    // pdf-lib writes Info strings as UTF-16BE hex.
    const hex = `FEFF${Buffer.from(`${S}-author`, "utf16le").swap16().toString("hex").toUpperCase()}`;
    expect(has(pdf, hex)).toBe(true);
    const r = await removeMetadata(new File([pdf as BlobPart], "report.pdf"));
    expect(r.kind).toBe("pdf");
    expect(r.found).toEqual(expect.arrayContaining([`author: ${S}-author`]));
    const out = await bytesOf(r.cleaned);
    expect(has(out, hex)).toBe(false);
    expect(has(out, S)).toBe(false);
    const reopened = await PDFDocument.load(out, { updateMetadata: false });
    expect(reopened.getPageCount()).toBe(1);
    expect(reopened.getAuthor()).toBeUndefined();
    expect(reopened.getCreator()).toBeUndefined();
  });

  it("removes document properties and comment and revision authors from a DOCX", async () => {
    const r = await removeMetadata(new File([docxWithAuthor(S) as BlobPart], "minutes.docx"));
    expect(r.kind).toBe("office");
    expect(r.found.join("\n")).toContain(`author: ${S}-author`);
    expect(r.found.join("\n")).toContain(`${S}-commenter`);
    const files = unzipSync(await bytesOf(r.cleaned));
    for (const [name, data] of Object.entries(files)) expect(has(data, S), name).toBe(false);
    expect(Buffer.from(files["word/document.xml"]!).toString()).toContain("The valve was disabled.");
  });

  it("replaces an ODF meta.xml and keeps the mimetype first and stored", async () => {
    const odt = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "meta.xml": strToU8(
        `<office:document-meta><office:meta><meta:initial-creator>${S}</meta:initial-creator></office:meta></office:document-meta>`,
      ),
      "content.xml": strToU8(
        `<office:document-content><dc:creator>${S}-change</dc:creator></office:document-content>`,
      ),
    });
    const r = await removeMetadata(new File([odt as BlobPart], "notes.odt"));
    const out = await bytesOf(r.cleaned);
    const files = unzipSync(out);
    expect(Object.keys(files)[0]).toBe("mimetype");
    expect(Buffer.from(out.subarray(30, 38)).toString()).toBe("mimetype");
    for (const data of Object.values(files)) expect(has(data, S)).toBe(false);
  });

  it("sends unknown formats and a HEIC it cannot read as they are, marked unknown", async () => {
    const r = await removeMetadata(new File([strToU8(`plain ${S}`) as BlobPart], "log.txt"));
    expect(r).toMatchObject({ kind: "unknown", unknown: true, found: [] });
    const heic = new Uint8Array([0, 0, 0, 24, ...strToU8("ftypheic"), 0, 0, 0, 0]);
    expect((await removeMetadata(new File([heic as BlobPart], "IMG.HEIC"))).kind).toBe("heic");
  });
});
