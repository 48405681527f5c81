import { describe, expect, it } from "vitest";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, setup } from "./harness";

const QUESTIONS = [
  { id: "site", type: "single", label: "Which site?", options: ["Berlin", "Lyon"] },
  { id: "since", type: "date", label: "Since when?" },
  { id: "teams", type: "multiple", label: "Which teams?", options: ["Research", "Policy", "Sales"] },
  { id: "more", type: "text", label: "Anything else?" },
];

interface ConfigChannel {
  id: string;
  questions: { version: number; questions: { id: string; label: string }[] };
}

describe("questions per channel", () => {
  it("versions an admin's questions and shows the current ones in the report form's configuration", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const before = await h.request<{ channels: ConfigChannel[] }>("GET", "/api/config");
    expect(before.json.channels.find((c) => c.id === "default")?.questions).toEqual({
      version: 0,
      questions: [],
    });

    const first = await h.request(
      "PUT",
      "/api/admin/channels/default/questions",
      { questions: QUESTIONS },
      admin.headers,
    );
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ version: 1 });
    const second = await h.request(
      "PUT",
      "/api/admin/channels/default/questions",
      { questions: QUESTIONS.slice(0, 2) },
      admin.headers,
    );
    expect(second.json).toMatchObject({ version: 2 });

    const config = await h.request<{ channels: ConfigChannel[] }>("GET", "/api/config");
    const current = config.json.channels.find((c) => c.id === "default")?.questions;
    expect(current?.version).toBe(2);
    expect(current?.questions.map((q) => q.label)).toEqual(["Which site?", "Since when?"]);
    const got = await h.request("GET", "/api/admin/channels/default/questions", undefined, admin.headers);
    expect(got.json).toMatchObject({ version: 2 });
  });

  it("refuses choices without options, repeated ids, unknown channels and non-admins, changing nothing", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: ["default"],
      createdBy: admin.personId,
      now: h.clock(),
    });
    const handler = await enrol(h, code, "bob");
    const before = await h.counts();
    const put = (body: unknown, headers = admin.headers, channel = "default") =>
      h.request<{ error: { code: string } }>(
        "PUT",
        `/api/admin/channels/${channel}/questions`,
        body,
        headers,
      );
    const oneOption = await put({ questions: [{ id: "a", type: "single", label: "A?", options: ["only"] }] });
    expect(oneOption.status).toBe(400);
    expect(oneOption.json.error.code).toBe("options_missing");
    const twice = await put({
      questions: [
        { id: "a", type: "text", label: "A?" },
        { id: "a", type: "date", label: "B?" },
      ],
    });
    expect(twice.json.error.code).toBe("duplicate_question");
    expect((await put({ questions: [{ id: "a", type: "colour", label: "A?" }] })).status).toBe(400);
    expect((await put({ questions: [] }, admin.headers, "nochannel")).status).toBe(404);
    expect((await put({ questions: [] }, handler.headers)).status).toBe(403);
    expect(await h.counts()).toEqual(before);
  });
});
