import { describe, expect, it, vi } from "vitest";
import { KnowledgeError } from "../../../src/knowledge/load.js";
import { testChat } from "../../helpers/harness.js";

vi.mock("../../../src/calendar/load.js", () => ({
  loadCalendars: () => {
    throw new KnowledgeError("calendar.yaml", ["calendars.0.events.1.date: is not a real date"]);
  },
}));

describe("/calendar when calendar.yaml is broken", () => {
  it.each([
    ["en", "calendar is not available"],
    ["ru", "календарь сейчас недоступен"],
    ["kk", "күнтізбе қазір қолжетімсіз"],
  ])("tells a %s user and points to the CEC instead of failing", async (lang, text) => {
    const chat = testChat({ lang });
    const replies = await chat.send("/calendar");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain(text);
    expect(replies[0]?.text).toContain("election.gov.kz");
  });
});
