/**
 * QR codes as inline SVG, built with the `qrcode` package's string renderer
 * (`QRCode.toString(text, { type: "svg" })`), which needs neither canvas nor
 * file-system access. Bundlers that honour the package's `browser` field (as
 * Workers' esbuild does) load its browser entry, which has no Node imports.
 */
import QRCode from "qrcode";
import { escapeHtml } from "./html";

/**
 * An inline `<svg>` QR code for `url`, accessible as an image: `role="img"`,
 * an `aria-label` and a `<title>`, both `label` (default: the URL itself).
 * Error correction M; a 4-module quiet zone as the QR standard asks.
 */
export async function qrSvg(url: string, label: string = url): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  const safe = escapeHtml(label);
  return svg
    .trim()
    .replace(/^<svg /, `<svg role="img" aria-label="${safe}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${safe}</title>`);
}
