import { describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import { groupGaps } from "../../src/gaps/group.js";
import { gapRecorder } from "../../src/gaps/record.js";
import { type Gap, memoryStorage } from "../../src/storage/index.js";
import { silentLogger } from "../helpers/harness.js";

const at = (d: number) => `2026-03-${String(d).padStart(2, "0")}T10:00:00.000Z`;
const gap = (q: string, lang = "ru", d = 1): Gap => ({ q, lang, at: at(d) });

describe("grouping unanswered questions", () => {
  it("groups paraphrases and counts them, most asked first", () => {
    const groups = groupGaps([
      gap("Можно ли голосовать по доверенности?"),
      gap("Какая погода в Астане?"),
      gap("можно ли голосовать по доверенности"),
      gap("Можно ли голосовать по доверенности за маму?", "ru", 3),
      gap("Какая погода в Астане"),
      gap("Can I vote by proxy?", "en"),
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ["Можно ли голосовать по доверенности?", 3],
      ["Какая погода в Астане?", 2],
      ["Can I vote by proxy?", 1],
    ]);
    expect(groups[0]).toMatchObject({ langs: { ru: 3 }, last: at(3) });
    expect(groups[0]?.variants).toContain("Можно ли голосовать по доверенности за маму?");
  });

  it("folds Kazakh letters and case like the search does", () => {
    expect(groupGaps([gap("Сайлау қашан?", "kk"), gap("САЙЛАУ КАШАН", "kk")])).toHaveLength(1);
  });

  it("handles nothing and junk", () => {
    expect(groupGaps([])).toEqual([]);
    expect(groupGaps([gap("???"), gap("!!!")])).toHaveLength(1);
  });
});

describe("recording unanswered questions", () => {
  it("keeps what the bot could not answer, masked, without any user id", async () => {
    const storage = memoryStorage();
    const deps = createDeps({ logger: silentLogger, storage });
    const recorded = { ...deps, onDecision: gapRecorder(storage.gaps, silentLogger, () => new Date(at(5))) };
    const chat = createLocalChat(recorded, { id: 31337, first_name: "Secret", language_code: "en" });
    await chat.send("Quelle est la recette du plov? mon IIN 870412300123");
    await chat.send("What time do polling stations open?");
    await new Promise((r) => setImmediate(r));
    const gaps = await storage.gaps.all();
    expect(gaps).toEqual([{ q: "Quelle est la recette du plov? mon IIN [iin]", lang: expect.any(String), at: at(5) }]);
    expect(JSON.stringify(gaps)).not.toMatch(/31337|Secret/);
  });
});
