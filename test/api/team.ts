/** Teams and case helpers the route tests share: colleagues enrolled by the first admin, and a case opened. */
import { decryptJson, fromBase64, unwrapIdentity } from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, type Staff } from "./harness";

/** A colleague with `roles` on the default channel, enrolled with a link `by` made. */
export async function colleague(h: Harness, by: Staff, handle: string, roles: string[]): Promise<Staff> {
  const { code } = await createEnrolment(h.database, {
    roles,
    channelIds: ["default"],
    createdBy: by.personId,
    now: h.clock(),
  });
  return enrol(h, code, handle);
}

/** Alice (admin, handler, custodian), Bob (handler) and Carol (handler, custodian). */
export async function team(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice");
  return {
    alice,
    bob: await colleague(h, alice, "bob", ["handler"]),
    carol: await colleague(h, alice, "carol", ["handler", "custodian"]),
  };
}

/** Alice (admin, handler, custodian), Bob (handler), Dora (custodian only) and Erin (admin only). */
export async function custodianTeam(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice");
  return {
    alice,
    bob: await colleague(h, alice, "bob", ["handler"]),
    dora: await colleague(h, alice, "dora", ["custodian"]),
    erin: await colleague(h, alice, "erin", ["admin"]),
  };
}

/** The first case in the person's triage. */
export async function caseIdOf(h: Harness, s: Staff) {
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, s.headers);
  return list.json.cases[0]?.id;
}

/** Opens the case with the person's wrapped key and decrypts the report; the status when refused. */
export async function openReport(h: Harness, s: Staff, id: string) {
  const view = await h.request<{ myKey: string; entries: { ciphertext: string }[] }>(
    "GET",
    `/api/cases/${id}`,
    undefined,
    s.headers,
  );
  if (view.status !== 200) return { status: view.status };
  const caseIdentity = await unwrapIdentity(s.identity, fromBase64(view.json.myKey));
  return {
    status: 200,
    caseIdentity,
    report: await decryptJson<{ whatHappened: string }>(
      [caseIdentity],
      fromBase64(view.json.entries[0]!.ciphertext),
    ),
  };
}
