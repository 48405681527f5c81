/** PDF: the document information dictionary and the XMP metadata stream, removed with pdf-lib. */
import { PDFDocument, PDFName } from "pdf-lib";
import type { Cleaned } from "./images";

export async function cleanPdf(bytes: Uint8Array): Promise<Cleaned | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
  } catch {
    return null;
  }
  const found: string[] = [];
  const fields: [string, string | undefined][] = [
    ["author", doc.getAuthor()],
    ["creator", doc.getCreator()],
    ["producer", doc.getProducer()],
    ["title", doc.getTitle()],
    ["subject", doc.getSubject()],
    ["keywords", doc.getKeywords()],
  ];
  for (const [name, value] of fields) if (value) found.push(`${name}: ${value}`);
  if (doc.getCreationDate() || doc.getModificationDate()) found.push("creation and modification dates");
  const infoRef = doc.context.trailerInfo.Info;
  if (infoRef) {
    doc.context.delete(infoRef as never);
    doc.context.trailerInfo.Info = undefined;
  }
  if (doc.catalog.get(PDFName.of("Metadata"))) {
    found.push("XMP metadata (author, software, history)");
    doc.catalog.delete(PDFName.of("Metadata"));
  }
  // Saving rewrites the file whole, so earlier revisions (incremental updates) with old metadata go too.
  return { bytes: await doc.save({ updateFieldAppearances: false }), found };
}
