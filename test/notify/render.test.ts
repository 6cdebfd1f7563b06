import { describe, expect, it } from "vitest";
import { loadCalendars } from "../../src/calendar/load.js";
import { createI18n } from "../../src/i18n.js";
import { LANGS } from "../../src/knowledge/schema.js";
import { renderNotice } from "../../src/notify/render.js";

const tFor = createI18n();
const [calendar] = loadCalendars("knowledge").filter((c) => c.id === "reform-2026");

describe("renderNotice (walkthrough 10)", () => {
  it.each(LANGS)("in %s, names the election by its name in a sentence, not by the block's title", (lang) => {
    const text = renderNotice(
      { id: "called:reform-2026", kind: "called", calendar: calendar!, at: new Date() },
      lang,
      tFor(lang),
    );
    expect(text).toContain(calendar!.name![lang]);
    expect(text).not.toContain(calendar!.title[lang]);
  });

  // Walkthrough 12: "Election day: 23 August 2026" stated a day only one report gives.
  it.each(LANGS)("in %s, gives the Kurultai's election day with the report it comes from", (lang) => {
    const text = renderNotice(
      { id: "called:reform-2026", kind: "called", calendar: calendar!, at: new Date() },
      lang,
      tFor(lang),
    );
    expect(text).toContain("The Times of Central Asia");
  });

  it.each(LANGS)("in %s, ends a date without a second full stop", (lang) => {
    const event = calendar!.events.at(-1)!;
    const text = renderNotice(
      { id: `remind:${event.id}`, kind: "reminder", calendar: calendar!, event, at: new Date() },
      lang,
      tFor(lang),
    );
    expect(text).not.toMatch(/\.<\/b>\./);
    expect(text).not.toContain("..");
  });
});
