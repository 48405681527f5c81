import { describe, expect, it } from "vitest";
import { enrol, setup } from "./harness";

const PROFILE = {
  name: "Frontier Models GmbH",
  countries: ["DE"],
  languages: ["en", "de"],
  channelUrl: "https://speakup.example.org/report.html",
  policyUrl: "https://example.org/whistleblowing-policy",
  impartialFunction: { name: "Integrity Office", contact: "integrity@example.org" },
};

interface Settings {
  settings: { orgName: string };
}

describe("one organisation name", () => {
  it("keeps the profile's name and the settings' name one value, whichever is changed", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const settingsName = async () =>
      (await h.request<Settings>("GET", "/api/admin/settings", undefined, admin.headers)).json.settings
        .orgName;
    const profileName = async () =>
      (await h.request<{ profile: { name: string } }>("GET", "/api/admin/profile", undefined, admin.headers))
        .json.profile.name;
    // Before any profile exists, the profile already shows the organisation's name.
    expect(await profileName()).toBe(await settingsName());

    expect((await h.request("PUT", "/api/admin/profile", PROFILE, admin.headers)).status).toBe(200);
    expect(await settingsName()).toBe("Frontier Models GmbH");
    const config = await h.request<{ organisation: { name: string } }>("GET", "/api/config");
    expect(config.json.organisation.name).toBe("Frontier Models GmbH");

    expect(
      (await h.request("PUT", "/api/admin/settings", { orgName: "Frontier Models SE" }, admin.headers))
        .status,
    ).toBe(200);
    expect(await profileName()).toBe("Frontier Models SE");
    const stored = await h.request<{ profile: { countries: string[] } }>(
      "GET",
      "/api/admin/profile",
      undefined,
      admin.headers,
    );
    expect(stored.json.profile.countries).toEqual(["DE"]);
  });
});
