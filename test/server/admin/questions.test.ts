/** A channel's questions (server/admin/questions.ts): what the API suite does not reach. */
import { describe, expect, it } from "vitest";
import { channelQuestions, setChannelQuestions } from "../../../server/admin/questions";
import { enrol, setup } from "../../api/harness";

describe("channel questions", () => {
  it("refuses choices on a question that is not a choice, and keeps the current version", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const ctx = { database: h.database, now: h.clock(), actorId: admin.personId };
    const question = { id: "more", type: "text" as const, label: "Anything else?", options: ["Yes"] };
    await expect(setChannelQuestions(ctx, "default", { questions: [question] })).rejects.toMatchObject({
      status: 400,
      code: "options_not_allowed",
      message: 'Only choice questions have choices ("Anything else?").',
    });
    expect(await channelQuestions(ctx, "default")).toEqual({ version: 0, questions: [] });
  });

  it("knows no questions of a channel that does not exist", async () => {
    const h = await setup();
    await expect(channelQuestions({ database: h.database }, "nochannel")).rejects.toMatchObject({
      status: 404,
      message: "No such channel.",
    });
  });
});
