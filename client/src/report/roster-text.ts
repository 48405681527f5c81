/**
 * What the report page says when the channel cannot be verified, and the fingerprint line. English
 * only for now: these strings are new (issue 10) and still await translation into the 24 catalogs
 * (issue 14's client/src/i18n/catalogs/), whose tests demand every key in every language.
 */
export const rosterText = {
  unverified:
    "This channel cannot be verified right now, so this page will not encrypt or send anything. " +
    "Your report is safe with you: nothing has left this device.",
  unverifiedWhy: {
    "no-roster": "The channel has no signed list of the people who read reports yet.",
    "bad-pin": "The link you opened carries a channel key fingerprint that is not written correctly.",
    "pin-mismatch":
      "The channel key does not match the fingerprint in the link you opened (from the poster or notice). " +
      "Someone may be trying to read reports they should not.",
    expired: "The signed list of the people who read reports is out of date.",
    invalid: "The list of the people who read reports is not validly signed by the channel key.",
  },
  unverifiedExternal: "You can report to an external authority instead:",
  fingerprintPinned: (f: string): string => `Verified: the channel key matches your link (${f}).`,
  fingerprintCompare: (f: string): string =>
    `Channel key fingerprint: ${f}. Compare it with the one on the poster or notice before you write.`,
};
