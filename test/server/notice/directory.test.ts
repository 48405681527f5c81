import { describe, expect, it } from "vitest";
import authorities from "../../../content/authorities.json";
import {
  DIRECTORY,
  entryLabel,
  euBodies,
  nationalChannels,
  parseDirectory,
  supportBodies,
  unverifiedEntries,
} from "../../../server/notice/directory";
import { NoticeError } from "../../../server/notice/errors";

const clone = () => JSON.parse(JSON.stringify(authorities)) as { entries: Record<string, unknown>[] };

describe("parseDirectory", () => {
  it("accepts the shipped directory", () => {
    expect(parseDirectory(authorities).entries.length).toBeGreaterThan(27);
  });

  it.each([
    [
      "an http url",
      (d: ReturnType<typeof clone>) => Object.assign(d.entries[0] as object, { url: "http://x.example/" }),
    ],
    [
      "a javascript source",
      (d: ReturnType<typeof clone>) => Object.assign(d.entries[0] as object, { source: "javascript:1" }),
    ],
    [
      "an unknown jurisdiction",
      (d: ReturnType<typeof clone>) => Object.assign(d.entries[0] as object, { jurisdiction: "UK" }),
    ],
    [
      "an unknown role",
      (d: ReturnType<typeof clone>) => Object.assign(d.entries[0] as object, { roles: ["hotline"] }),
    ],
    [
      "a missing date",
      (d: ReturnType<typeof clone>) => Object.assign(d.entries[0] as object, { lastChecked: "" }),
    ],
    ["a duplicate id", (d: ReturnType<typeof clone>) => d.entries.push({ ...(d.entries[0] as object) })],
  ])("rejects %s", (_, mutate) => {
    const d = clone();
    mutate(d);
    expect(() => parseDirectory(d)).toThrow(NoticeError);
  });
});

describe("selections", () => {
  it("puts the AI Office tool first among EU bodies", () => {
    expect(euBodies(DIRECTORY)[0]?.id).toBe("eu-ai-office-whistleblower-tool");
  });

  it("lists channels before referral points, and support bodies per country", () => {
    expect(nationalChannels(DIRECTORY, "LU").map((e) => e.id)).toEqual(["lu-osig"]);
    expect(supportBodies(DIRECTORY, "IE").map((e) => e.id)).toContain("ie-ti-speak-up");
    expect(nationalChannels(DIRECTORY, "XX")).toEqual([]);
  });

  it("adds the english name only for readers of another language", () => {
    const bfj = DIRECTORY.entries.find((e) => e.id === "de-bfj")!;
    expect(entryLabel(DIRECTORY, bfj, "de")).toBe(bfj.name);
    expect(entryLabel(DIRECTORY, bfj, "fr")).toBe(`${bfj.name} (${bfj.nameEn})`);
  });

  it("reports what is left to verify, including the AI Office portal", () => {
    const ids = unverifiedEntries(DIRECTORY).map((e) => e.id);
    expect(ids).toContain("eu-ai-office-whistleblower-tool");
  });
});
