import { describe, expect, it } from "vitest";
import { callbackData, callbackPattern, readLanguageTag, withLanguageTag } from "../../src/bot/callback-data.js";

describe("callback data: one registry of builders and the patterns that read them", () => {
  it("reads back what each builder wrote", () => {
    expect(callbackPattern.answer.exec(callbackData.answer("polling-hours"))?.[1]).toBe("polling-hours");
    expect(callbackPattern.menu.exec(callbackData.menu("calendar"))?.[1]).toBe("calendar");
    expect(callbackPattern.language.exec(callbackData.language("kk"))?.[1]).toBe("kk");
    expect(callbackPattern.feedback.exec(callbackData.feedback("who-can-vote", "down")!)?.slice(1)).toEqual([
      "who-can-vote",
      "down",
    ]);
    expect(callbackPattern.topicsRoot.exec(callbackData.topics.root(2))?.[1]).toBe("2");
    expect(callbackPattern.topicsCategory.exec(callbackData.topics.category("voting", 1))?.slice(1)).toEqual([
      "voting",
      "1",
    ]);
    expect(callbackPattern.topicsEntry.exec(callbackData.topics.entry("home-voting", 0)!)?.slice(1)).toEqual([
      "home-voting",
      "0",
    ]);
    expect(
      callbackData.flow.choice("eligibility", "age", "yes").startsWith(callbackData.flow.prefix("eligibility")),
    ).toBe(true);
  });

  it("leaves a button out rather than send data over Telegram's 64 bytes", () => {
    const long = "a".repeat(60);
    expect(callbackData.feedback(long, "up")).toBeUndefined();
    expect(callbackData.topics.entry(long, 0)).toBeUndefined();
    expect(callbackData.answerIfFits(long)).toBe(`a:${long}`);
    expect(callbackData.answerIfFits(`${long}-xyz`)).toBeUndefined();
  });

  it("keeps every prefix distinct", () => {
    const samples = [
      callbackData.answer("x"),
      callbackData.menu("main"),
      callbackData.language("en"),
      callbackData.remindOn,
      callbackData.feedback("x", "up")!,
      callbackData.topics.root(0),
      callbackData.flow.back("voting"),
    ];
    expect(new Set(samples.map((s) => s.slice(0, 2))).size).toBe(samples.length);
  });

  it("tags data with a message's language and reads the tag off again, within the 64-byte limit", () => {
    const tagged = withLanguageTag(callbackData.answer("voting-abroad"), "kk");
    expect(tagged).toBe("a:voting-abroad~kk");
    expect(readLanguageTag(tagged)).toEqual({ data: "a:voting-abroad", lang: "kk" });
    expect(readLanguageTag("a:voting-abroad")).toEqual({ data: "a:voting-abroad" });
    const full = `a:${"x".repeat(62)}`;
    expect(withLanguageTag(full, "ru")).toBe(full);
  });
});
