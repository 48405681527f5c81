import { describe, expect, it } from "vitest";
import { DIRECTORY, euBodies, nationalChannels } from "../../../server/notice/directory";
import { externalChannels } from "../../../server/notice/external";

describe("externalChannels", () => {
  it("lists the authorities of the profile's countries, not the jurisdiction's", () => {
    const list = externalChannels({
      profile: JSON.stringify({ countries: ["FR", "NL"] }),
      jurisdiction: "DE",
    });
    expect(list.countries.map((c) => c.country)).toEqual(["FR", "NL"]);
    expect(list.countries[0]?.authorities.map((a) => a.id)).toEqual(
      nationalChannels(DIRECTORY, "FR").map((e) => e.id),
    );
  });

  it("falls back to the jurisdiction without a profile, and to no country under the EU profile", () => {
    expect(externalChannels({ profile: "", jurisdiction: "DE" }).countries.map((c) => c.country)).toEqual([
      "DE",
    ]);
    expect(externalChannels({ profile: "{}", jurisdiction: "EU" }).countries).toEqual([]);
    expect(
      externalChannels({ profile: JSON.stringify({ countries: [] }), jurisdiction: "IE" }).countries.map(
        (c) => c.country,
      ),
    ).toEqual(["IE"]);
  });

  it("links an unconfirmed portal's information page instead, with the AI Office tool first", () => {
    const { eu } = externalChannels({ profile: "{}", jurisdiction: "EU" });
    const tool = euBodies(DIRECTORY)[0]!;
    expect(tool.portalVerify).toBe(true);
    expect(eu[0]).toEqual({
      id: "eu-ai-office-whistleblower-tool",
      jurisdiction: "EU",
      name: tool.name,
      nameEn: tool.nameEn,
      url: tool.url,
      scope: tool.scope.en,
    });
  });
});
