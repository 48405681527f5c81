/**
 * Zipped office files, rewritten with fflate: OOXML (DOCX, XLSX, PPTX) document properties
 * (docProps/core.xml, app.xml, custom.xml) and the names of comment and revision authors; ODF
 * (ODT, ODS, ODP) meta.xml and the creators of changes and annotations.
 */
import { type Unzipped, unzipSync, type Zippable, zipSync } from "fflate";
import type { Cleaned } from "./images";

const enc = new TextEncoder();
const dec = new TextDecoder();

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>`;
const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"></Properties>`;
const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>`;
const ODF_META = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:meta/></office:document-meta>`;

const text = (files: Unzipped, name: string) => (files[name] ? dec.decode(files[name]) : "");
const tag = (xml: string, name: string) => xml.match(new RegExp(`<${name}[^>]*>([^<]+)</${name}>`))?.[1];

/** Author names in comments and tracked changes, replaced by a neutral one. */
function anonymiseAuthors(xml: string, seen: Set<string>): string {
  return xml
    .replace(
      /\b((?:w|w15|p|p15)?:?(?:author|initials|userId|providerId|name))="([^"]*)"/g,
      (m, attr: string, value: string) => {
        if (!/author|initials|userId|providerId/.test(attr) && !/^(?:p:)?name$/.test(attr)) return m;
        if (value && value !== "Author" && value !== "A") seen.add(value);
        return `${attr}="${/initials/.test(attr) ? "A" : "Author"}"`;
      },
    )
    .replace(/<(author|dc:creator)>([^<]*)<\/\1>/g, (_, t: string, value: string) => {
      if (value && value !== "Author") seen.add(value);
      return `<${t}>Author</${t}>`;
    })
    .replace(/\bdisplayName="([^"]*)"/g, (_, value: string) => {
      if (value) seen.add(value);
      return 'displayName="Author"';
    });
}

export function cleanOffice(bytes: Uint8Array): Cleaned | null {
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const found: string[] = [];
  const names = Object.keys(files);
  const odf = names[0] === "mimetype" || "meta.xml" in files;
  const ooxml = "[Content_Types].xml" in files;
  if (!odf && !ooxml) return null;
  const authors = new Set<string>();
  const out: Zippable = {};
  for (const name of names) {
    let data = files[name]!;
    if (ooxml && name === "docProps/core.xml") {
      const xml = text(files, name);
      for (const [label, t] of [
        ["author", "dc:creator"],
        ["last modified by", "cp:lastModifiedBy"],
        ["title", "dc:title"],
        ["company or keywords", "cp:keywords"],
      ] as const) {
        const v = tag(xml, t);
        if (v) found.push(`${label}: ${v}`);
      }
      if (/<dcterms:(created|modified)/.test(xml)) found.push("creation and modification dates");
      data = enc.encode(CORE);
    } else if (ooxml && name === "docProps/app.xml") {
      const xml = text(files, name);
      for (const t of ["Company", "Manager", "Template"]) {
        const v = tag(xml, t);
        if (v) found.push(`${t.toLowerCase()}: ${v}`);
      }
      data = enc.encode(APP);
    } else if (ooxml && name === "docProps/custom.xml") {
      found.push("custom document properties");
      data = enc.encode(CUSTOM);
    } else if (odf && name === "meta.xml") {
      const xml = text(files, name);
      for (const [label, t] of [
        ["author", "meta:initial-creator"],
        ["last modified by", "dc:creator"],
        ["title", "dc:title"],
      ] as const) {
        const v = tag(xml, t);
        if (v) found.push(`${label}: ${v}`);
      }
      found.push("document statistics and dates");
      data = enc.encode(ODF_META);
    } else if (/\.xml$/.test(name) && !name.startsWith("docProps/") && name !== "[Content_Types].xml") {
      const xml = dec.decode(data);
      const cleaned = anonymiseAuthors(xml, authors);
      if (cleaned !== xml) data = enc.encode(cleaned);
    }
    // ODF needs its mimetype first and stored, not compressed.
    out[name] = [data, { level: name === "mimetype" ? 0 : 6 }];
  }
  if (authors.size) found.push(`names of comment or revision authors: ${[...authors].join(", ")}`);
  return { bytes: zipSync(out), found };
}
