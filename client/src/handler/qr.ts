/**
 * A QR code as an SVG built element by element (no markup is parsed), from the module matrix of the
 * `qrcode` package. Loaded on demand, so only the TOTP setup pays for it. Presentation attributes such
 * as `fill` are not styles, so `style-src 'self'` allows them.
 */
const SVG = "http://www.w3.org/2000/svg";
const QUIET = 4; // modules of white border the QR specification asks for

export async function qrSvg(text: string, label: string): Promise<SVGSVGElement> {
  const { create } = await import("qrcode");
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const n = modules.size;
  let d = "";
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  const dim = n + 2 * QUIET;
  const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const svg = el("svg", {
    viewBox: `0 0 ${dim} ${dim}`,
    role: "img",
    "aria-label": label,
    class: "qr",
    "shape-rendering": "crispEdges",
    "data-testid": "totp-qr",
  });
  svg.appendChild(el("rect", { width: String(dim), height: String(dim), fill: "#fff" }));
  svg.appendChild(el("path", { d, fill: "#000" }));
  return svg;
}
