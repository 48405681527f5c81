/**
 * The register of reports (Directive Art. 18(1); Ley 2/2023 art. 26; Ireland's Protected Disclosures
 * Act s.16C): one anonymised row per case, with no content and no case id. A deleted case leaves its
 * row behind (written by `shredCase`); a live case is read from its own row at export time. The export
 * is a CSV inside an age file to a recipient the administrator names, so it leaves the server only
 * encrypted.
 */
import { Encrypter } from "age-encryption";
import type { Database } from "../db/index";
import { withAudit } from "../db/queries/audit";
import { allCases, type CaseRow } from "../db/queries/cases";
import { randomId } from "../db/queries/ids";
import { registerRows } from "../db/queries/register";
import type { register } from "../db/schema";
import { followUpStartedOn } from "./cases/deadlines";

/** One register row as stored. */
export type RegisterRow = typeof register.$inferSelect;

/** The anonymised register row of `heldCase`, deleted on `deletedOn` under `basis`. */
export function registerRow(heldCase: CaseRow, deletedOn: string, basis: string): RegisterRow {
  return {
    id: randomId(),
    channelId: heldCase.channelId,
    channelKind: heldCase.channelKind,
    jurisdiction: heldCase.jurisdiction,
    receivedOn: heldCase.receivedOn,
    acknowledgedOn: heldCase.acknowledgedOn,
    followUpOn: followUpStartedOn(heldCase) ?? null,
    feedbackOn: heldCase.feedbackOn,
    outcomeCommunicatedOn: heldCase.outcomeCommunicatedOn,
    closedOn: heldCase.closedOn,
    outcome: heldCase.outcome,
    extended: heldCase.extended,
    retaliationClaim: heldCase.retaliationClaim,
    deletedOn,
    deletionBasis: basis,
  };
}

const COLUMNS = [
  "channelId",
  "channelKind",
  "jurisdiction",
  "receivedOn",
  "acknowledgedOn",
  "followUpOn",
  "feedbackOn",
  "outcomeCommunicatedOn",
  "closedOn",
  "outcome",
  "extended",
  "retaliationClaim",
  "deletedOn",
  "deletionBasis",
] as const satisfies readonly (keyof RegisterRow)[];

function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  // RFC 4180 quoting; a leading =, +, - or @ is prefixed so that no spreadsheet runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The register as CSV (RFC 4180, header row, CRLF), deleted and live cases alike, oldest first. */
export function registerCsv(rows: readonly Omit<RegisterRow, "id">[]): string {
  const sorted = [...rows].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const lines = [COLUMNS.join(","), ...sorted.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** The CSV encrypted to one age X25519 recipient (age1...), as the binary age file. */
export async function encryptRegister(csv: string, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(csv);
}

/**
 * The register as the administrator `actorId` exports it to `recipient`: deleted cases' stored rows
 * and live cases' rows alike, without ids, as CSV inside an age file. The export is audited with the
 * recipient and the number of rows.
 */
export async function exportRegister(
  database: Database,
  actorId: string,
  recipient: string,
  now: Date,
): Promise<Uint8Array> {
  const deleted = (await registerRows(database)).map(({ id: _id, ...row }) => row);
  const live = (await allCases(database)).map((heldCase) => {
    const { id: _id, ...row } = registerRow(heldCase, "", "");
    return row;
  });
  const file = await encryptRegister(registerCsv([...deleted, ...live]), recipient);
  await withAudit(
    database,
    {
      actor: actorId,
      action: "register.exported",
      detail: { recipient, rows: deleted.length + live.length },
    },
    now,
    () => [],
  );
  return file;
}
