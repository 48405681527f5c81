/**
 * Where else the reporting person may report (Art. 9(1)(g)): the national authorities of the
 * organisation's countries (from its notice profile; its jurisdiction when none is set) and the EU
 * bodies, the AI Office's whistleblower tool first. Links go straight to the bodies.
 */
import { type AuthorityEntry, DIRECTORY, euBodies, nationalChannels } from "./directory";

/** The part of the organisation's settings the list depends on: the stored profile and the jurisdiction. */
export interface ExternalChannelsSource {
  /** The notice profile as stored (JSON); `""` or `"{}"` before one is saved. */
  profile: string;
  jurisdiction: string;
}

const entryView = (entry: AuthorityEntry) => ({
  id: entry.id,
  jurisdiction: entry.jurisdiction,
  name: entry.name,
  nameEn: entry.nameEn,
  url: entry.portalUrl && !entry.portalVerify ? entry.portalUrl : entry.url,
  scope: entry.scope.en,
});

/** The authorities by country of the organisation, and the EU bodies. */
export function externalChannels(settings: ExternalChannelsSource) {
  const profile = JSON.parse(settings.profile || "{}") as { countries?: string[] };
  const countries = profile.countries?.length
    ? profile.countries
    : settings.jurisdiction === "EU"
      ? []
      : [settings.jurisdiction];
  return {
    countries: countries.map((country) => ({
      country,
      authorities: nationalChannels(DIRECTORY, country).map(entryView),
    })),
    eu: euBodies(DIRECTORY).map(entryView),
  };
}
