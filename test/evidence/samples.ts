/** Sample files with identifying metadata set to a sentinel, for the metadata tests in Node and Chromium. */
import { strToU8, zipSync } from "fflate";

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** A JPEG whose EXIF has an Artist tag and a GPS IFD (latitude ref), both around `sentinel`. */
export function jpegWithGps(sentinel: string): Uint8Array {
  const artist = [...ascii(`${sentinel}-artist`), 0];
  // TIFF, little endian: IFD0 at 8 with 2 entries (Artist 0x013B, GPS pointer 0x8825), then the GPS IFD.
  const ifd0 = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const gpsIfd = ifd0 + ifd0Size;
  const gpsSize = 2 + 12 + 4;
  const artistAt = gpsIfd + gpsSize;
  const tiff: number[] = [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0];
  const u16 = (v: number) => [v & 255, v >> 8];
  const u32 = (v: number) => [v & 255, (v >> 8) & 255, (v >> 16) & 255, v >>> 24];
  tiff.push(...u16(2));
  tiff.push(...u16(0x013b), ...u16(2), ...u32(artist.length), ...u32(artistAt));
  tiff.push(...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsIfd));
  tiff.push(...u32(0));
  tiff.push(...u16(1), ...u16(1), ...u16(2), ...u32(2), ...ascii("N"), 0, 0, 0, ...u32(0));
  tiff.push(...artist);
  const exif = [...ascii("Exif"), 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, ...[(exif.length + 2) >> 8, (exif.length + 2) & 255], ...exif];
  const jfif = [0xff, 0xe0, 0, 16, ...ascii("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const comment = [...ascii(`${sentinel}-comment`)];
  const com = [0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 255, ...comment];
  // A frame header and a scan (the pixels do not matter here), then EOI.
  const sof = [0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0x56, 0xff, 0xd9];
  return new Uint8Array([0xff, 0xd8, ...jfif, ...app1, ...com, ...sof, ...sos]);
}

/** A DOCX whose core.xml names `sentinel` as author and whose comments name it too. */
export function docxWithAuthor(sentinel: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "docProps/core.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${sentinel}-author</dc:creator><cp:lastModifiedBy>${sentinel}-editor</cp:lastModifiedBy></cp:coreProperties>`,
    ),
    "docProps/app.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${sentinel}-company</Company></Properties>`,
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:ins w:id="1" w:author="${sentinel}-reviser"><w:r><w:t>The valve was disabled.</w:t></w:r></w:ins></w:p></w:body></w:document>`,
    ),
    "word/comments.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="${sentinel}-commenter" w:initials="XY"><w:p><w:r><w:t>See March.</w:t></w:r></w:p></w:comment></w:comments>`,
    ),
  });
}
