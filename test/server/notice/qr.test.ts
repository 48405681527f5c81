import { describe, expect, it } from "vitest";
import { assertInlineSvg } from "../../../server/notice/html";
import { qrSvg } from "../../../server/notice/qr";

describe("qrSvg", () => {
  it("returns an accessible, self-contained inline svg", async () => {
    const svg = await qrSvg("https://report.frontier.example/");
    expect(svg.startsWith('<svg role="img" aria-label="https://report.frontier.example/"')).toBe(true);
    expect(svg).toContain("<title>https://report.frontier.example/</title>");
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<path[^>]+d="M/);
    expect(() => assertInlineSvg(svg)).not.toThrow();
  });

  it("escapes the label and is deterministic", async () => {
    const a = await qrSvg("https://x.example/?a=1&b=2", 'Scan "<here>"');
    expect(a).toContain('aria-label="Scan &quot;&lt;here&gt;&quot;"');
    expect(await qrSvg("https://x.example/?a=1&b=2", 'Scan "<here>"')).toBe(a);
  });
});
