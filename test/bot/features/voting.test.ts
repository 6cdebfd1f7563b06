import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n.js";
import type { Lang } from "../../../src/knowledge/schema.js";
import { htmlToPlain } from "../../../src/local/plain-text.js";
import { SITUATIONS, type Situation } from "../../../src/rules/voting.js";
import { memoryStorage } from "../../../src/storage/index.js";
import { testChat } from "../../helpers/harness.js";
import { callbackAnswers, last, pressData, pressEnding, texts } from "./flow-helpers.js";

const CAN_VOTE = ["yes", "yes", "no", "no"];

async function checkIn(chat: ReturnType<typeof testChat>, answers = CAN_VOTE) {
  let replies = await chat.send("/voting");
  for (const a of answers) replies = await pressEnding(chat, `:${a}`);
  return replies;
}

const EXPECTED: Record<Situation, Record<"en" | "ru" | "kk", string[]>> = {
  home: {
    en: [
      "At home, where I am registered",
      "individual identification number (IIN)",
      "07:00 to 20:00",
      "5 ballots",
      "Against all",
    ],
    ru: ["Дома, где я прописан(а)", "по ИИН", "с 07:00 до 20:00", "5 бюллетеней", "«Против всех»"],
    kk: ["Үйде, тіркелген жерімде", "ЖСН арқылы", "07:00-ден 20:00-ге дейін", "5 бюллетень", "«Барлығына қарсы»"],
  },
  elsewhere: {
    en: ["Elsewhere in Kazakhstan", "ask the akimat there", "17 February", "identity document"],
    ru: ["В другом месте Казахстана", "обратитесь в акимат", "17 февраля", "удостоверяющий личность"],
    kk: ["Қазақстанның басқа жерінде", "әкімдікке жүгініңіз", "17 ақпанға", "куәландыратын құжатты"],
  },
  abroad: {
    en: ["Abroad", "77 polling stations", "62 countries", "valid passport", "not covered here"],
    ru: ["За границей", "77 участков", "62 странах", "действующий паспорт", "здесь не рассматривается"],
    kk: ["Шетелде", "77 сайлау учаскесі", "62 елдегі", "жарамды төлқұжатын", "мұнда қарастырылмайды"],
  },
  homebound: {
    en: [
      "I can't leave home",
      "written request",
      "by 12:00 local time",
      "portable ballot box",
      "caring for a sick family member",
    ],
    ru: [
      "Не могу выйти из дома",
      "письменное заявление",
      "до 12:00",
      "переносную урну",
      "уход за больным членом семьи",
    ],
    kk: [
      "Үйден шыға алмаймын",
      "жазбаша өтініш",
      "сағат 12:00-ге дейін",
      "жылжымалы жәшік",
      "науқас отбасы мүшесін күту",
    ],
  },
};

describe("the voting guide", () => {
  it.each([
    ["kk", "басқа қалада боламын", "elsewhere"],
    ["ru", "в другом городе", "elsewhere"],
    ["en", "I'll be abroad", "abroad"],
    // walkthrough 16: a place asked about is that place
    ["kk", "ал шетелде ше?", "abroad"],
    ["en", "and abroad?", "abroad"],
  ] as const)("in %s, reads the place typed as %j (walkthrough 9)", async (lang, typed, situation) => {
    const chat = testChat({ lang });
    await checkIn(chat);
    const [guide] = await chat.send(typed);
    for (const fragment of EXPECTED[situation][lang]) expect(guide!.text).toContain(fragment);
  });

  const cases = SITUATIONS.flatMap((s) => (["en", "ru", "kk"] as const).map((lang) => [s, lang] as const));

  it.each(cases)(
    "guides a voter %s in %s, each step with a source, with Back and Start over",
    async (situation, lang) => {
      const chat = testChat({ lang });
      await checkIn(chat);
      const [guide] = await pressEnding(chat, `situation:${situation}`);
      for (const fragment of EXPECTED[situation][lang]) expect(guide!.text).toContain(fragment);
      const steps = guide!.text.split("\n").filter((line) => /^\d+\. /.test(line));
      expect(steps.length).toBeGreaterThanOrEqual(5);
      // Each source is linked once: the first step cites, later steps on the same source do not repeat it.
      expect(steps[0]).toMatch(/\(https:\/\/[^)]+\)\)$/);
      const urls = [...guide!.text.matchAll(/\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1]);
      expect(new Set(urls).size).toBe(urls.length);
      expect(guide!.text).toContain("election.gov.kz");
      expect(guide!.buttons.map((b) => b.data)).toEqual(["g:vo:back", "g:vo:restart"]);
    },
  );

  it.each([
    ["age", ["no"], "Citizens vote from the age of 18.", "Art. 33"],
    ["citizenship", ["yes", "no"], "Only citizens of Kazakhstan vote", "Art. 33"],
    ["incapacity", ["yes", "yes", "yes"], "declared legally incapable cannot vote", "Art. 33(3)"],
    ["prison", ["yes", "yes", "no", "yes"], "held in prison under a court sentence cannot vote", "Art. 33(3)"],
  ])("stops at %s with the reason and its source", async (_, answers, reason, source) => {
    const chat = testChat({ lang: "en" });
    const [verdict] = await checkIn(chat, answers);
    expect(verdict!.text).toContain("Based on your answers, you cannot vote.");
    expect(verdict!.text).toContain(reason);
    expect(verdict!.text).toContain(source);
    expect(verdict!.text).toContain("guidance, not a legal decision");
  });

  it.each([
    ["ru", "Голосуют граждане, достигшие 18 лет."],
    ["kk", "Азаматтар 18 жастан бастап дауыс береді."],
  ])("explains the age rule in %s", async (lang, reason) => {
    const chat = testChat({ lang });
    const [verdict] = await checkIn(chat, ["no"]);
    expect(verdict!.text).toContain(reason);
  });

  it.each([
    ["kk", "26 жастамын", "Қазақстан азаматысыз ба?", "ia", "17 жастамын", "18 жастан"],
    ["ru", "мне 26", "Вы гражданин Казахстана?", "da", "мне 17", "18 лет"],
    ["en", "I'm 24", "Are you a citizen of Kazakhstan?", "yes", "17 years old", "age of 18"],
  ])(
    "in %s, reads the age %j at 'Are you 18?' as yes, and an age under 18 as no",
    async (lang, adult, next, yes, minor, reason) => {
      const chat = testChat({ lang });
      await chat.send("/voting");
      expect(last(await chat.send(adult))).toContain(next);
      expect(last(await chat.send(yes))).not.toContain(next);
      const child = testChat({ lang });
      await child.send("/voting");
      expect(last(await child.send(minor))).toContain(reason);
    },
  );

  it.each([
    ["en", "born in 2008", "That looks like the year you were born"],
    ["ru", "2008 года рождения", "Похоже, это год рождения"],
  ])(
    "in %s, asks at 'Are you 18?' for the full date after a year of birth that leaves it open",
    async (lang, input, hint) => {
      const chat = testChat({ lang, deps: { now: () => new Date("2026-12-06T10:00:00Z") } });
      await chat.send("/voting");
      expect(texts(await chat.send(input))).toContain(hint);
    },
  );

  it.each([
    ["en", "born in 1990"],
    ["ru", "1990 года рождения"],
    ["kk", "1990 жылы туғанмын"],
  ])("in %s, takes a birth year that settles 'Are you 18?' as its answer (%j)", async (lang, input) => {
    const chat = testChat({ lang, deps: { now: () => new Date("2026-12-06T10:00:00Z") } });
    await chat.send("/voting");
    const yes = await testChat({ lang, deps: { now: () => new Date("2026-12-06T10:00:00Z") } });
    await yes.send("/voting");
    expect(last(await chat.send(input))).toBe(
      last(await yes.send(lang === "kk" ? "иә" : lang === "ru" ? "да" : "yes")),
    );
  });

  it.each([
    ["kk", "01.05.2009", "2027 жылғы 1 мамыр күні сізге 18 жас толады", "17 жастамын", "18 жасқа толған күннен бастап"],
    ["ru", "1 мая 2009", "пройдут 1 мая 2027 г. или позже", "мне 17", "в день вашего 18-летия или позже"],
    ["en", "2009-05-01", "on or after 1 May 2027, when you turn 18", "17 years old", "on or after your 18th birthday"],
  ])(
    "in %s, tells a minor from when they can vote: the day they turn 18 from a date of birth, else after turning 18",
    async (lang, birth, from, age, later) => {
      const now = () => new Date("2026-12-06T10:00:00Z");
      const byDate = testChat({ lang, deps: { now } });
      await byDate.send("/voting");
      expect(last(await byDate.send(birth))).toContain(from);
      const byAge = testChat({ lang, deps: { now } });
      await byAge.send("/voting");
      const verdict = last(await byAge.send(age));
      expect(verdict).toContain(later);
      expect(verdict).not.toMatch(/2027/);
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "in %s, a hint at the first step does not repeat the introduction",
    async (lang) => {
      const t = createI18n()(lang);
      const chat = testChat({ lang });
      const [first] = await chat.send("/voting");
      expect(first!.text).toBe(`${t("voting.intro")}\n\n${t("voting.q.age")}`);
      const [hint] = await chat.send("qwzx");
      expect(hint!.text).toMatch(new RegExp(`\\n\\n${t("voting.q.age").replace("?", "\\?")}$`));
      expect(hint!.text).not.toContain(t("voting.intro"));
    },
  );

  it("gives no age advice when another rule failed", async () => {
    const chat = testChat({ lang: "en" });
    const [verdict] = await checkIn(chat, ["yes", "no"]);
    expect(verdict!.text).not.toContain("turn 18");
  });

  it.each([
    ["kk", "артқа", "Қазақстан азаматысыз ба?"],
    ["ru", "назад", "Вы гражданин Казахстана?"],
    ["en", "back", "Are you a citizen of Kazakhstan?"],
  ])("in %s, a typed %j at the cannot-vote verdict is the Back button", async (lang, back, question) => {
    const chat = testChat({ lang });
    await checkIn(chat, ["yes", "no"]);
    expect(last(await chat.send(back))).toContain(question);
  });

  it.each([
    ["kk", "артқа", "Қазақстан азаматысыз ба?"],
    ["ru", "назад", "Вы гражданин Казахстана?"],
    ["en", "back", "Are you a citizen of Kazakhstan?"],
  ])(
    "in %s, /help at the cannot-vote verdict is answered without 'let's continue' (nothing is left), points to the result above with its Back, and %j still works",
    async (lang, back, question) => {
      const chat = testChat({ lang });
      await checkIn(chat, ["yes", "no"]);
      const replies = await chat.send("/help");
      const t = createI18n()(lang as Lang);
      expect(replies).toHaveLength(2);
      expect(replies[0]!.text).toBe(htmlToPlain(t("help.text")));
      expect(replies[1]!.text).not.toContain(t("flow.continue"));
      expect(replies[1]!.text).toBe(t("flow.resultAbove", { back: t("flow.back"), restart: t("flow.restart") }));
      expect(replies[1]!.buttons.map((b) => b.data)).toEqual(["g:vo:back", "g:vo:restart"]);
      expect(last(await chat.send(back))).toContain(question);
    },
  );

  it.each([
    // The voting guide is a guide, not a check: "нұсқаулық", not "тексеру" (walkthrough 9).
    ["kk", "Қазақстан азаматысыз ба?", "Сіз бұл нұсқаулықтан өтіп жатырсыз"],
    ["ru", "Вы гражданин Казахстана?", "Вы уже проходите руководство по голосованию"],
    ["en", "Are you a citizen of Kazakhstan?", "You are already in this guide"],
  ])(
    "in %s, its own button pressed mid-flow (under an answer) goes on at the step, not from the start",
    async (lang, step, resumed) => {
      const chat = testChat({ lang });
      await checkIn(chat, ["yes"]);
      const replies = await pressData(chat, "m:voting");
      expect(last(replies)).toContain(resumed);
      expect(last(replies)).toContain(step);
      expect(callbackAnswers(chat)).toHaveLength(1);
    },
  );

  it("goes back from a cannot-vote verdict to the question that failed", async () => {
    const chat = testChat({ lang: "en" });
    await checkIn(chat, ["yes", "no"]);
    expect(last(await pressData(chat, "g:vo:back"))).toContain("Are you a citizen of Kazakhstan?");
    expect(last(await pressEnding(chat, ":yes"))).toContain("legally incapable");
  });

  it("goes back from a guide to the situations, and starts over from the first question", async () => {
    const chat = testChat({ lang: "en" });
    await checkIn(chat);
    await pressEnding(chat, "situation:abroad");
    const back = await pressData(chat, "g:vo:back");
    expect(last(back)).toContain("Where will you be on election day?");
    expect(last(await pressEnding(chat, "situation:home"))).toContain("At home");
    const restart = await pressData(chat, "g:vo:restart");
    expect(last(restart)).toContain("Are you 18 or older?");
  });

  it("re-asks with a hint when a word is typed instead of a button", async () => {
    const chat = testChat({ lang: "kk" });
    await chat.send("/voting");
    const [reply] = await chat.send("білмеймін");
    expect(reply!.text).toContain("«Иә» немесе «жоқ» деп жауап беріңіз");
    expect(reply!.text).toContain("Сізге 18 жас толды ма?");
  });

  it("answers a question typed mid-flow and offers to continue", async () => {
    const chat = testChat({ lang: "ru" });
    await checkIn(chat);
    const replies = await chat.send("Во сколько открываются избирательные участки?");
    expect(replies).toHaveLength(2);
    expect(replies[0]!.text).toContain("07:00");
    expect(replies[1]!.text).toContain("Теперь продолжим");
    expect(replies[1]!.text).toContain("Где вы будете в день выборов?");
  });

  it("leaves the guide for free text, which is answered as a question", async () => {
    const chat = testChat({ lang: "en" });
    await checkIn(chat);
    await pressEnding(chat, "situation:home");
    const replies = await chat.send("What time do polling stations open?");
    expect(texts(replies)).toMatch(/07:00/);
    // A flow's button after the flow is over says so and offers the flow again.
    expect(texts(await pressData(chat, "g:vo:back"))).toContain("These step-by-step questions are no longer open");
  });

  it("leaves on /cancel", async () => {
    const chat = testChat({ lang: "en" });
    await checkIn(chat, ["yes"]);
    expect(texts(await chat.send("/cancel"))).toContain("Cancelled");
    // A flow's button after the flow is over says so and offers the flow again.
    expect(texts(await pressData(chat, "g:vo:citizenship:yes"))).toContain(
      "These step-by-step questions are no longer open",
    );
  });

  it("switches from the eligibility flow to the voting guide with /voting", async () => {
    const chat = testChat({ lang: "en" });
    await chat.send("/eligibility");
    expect(texts(await chat.send("/voting"))).toContain("Are you 18 or older?");
    expect(last(await pressEnding(chat, ":yes"))).toContain("Are you a citizen");
  });

  it("continues in Russian after a language switch mid-flow", async () => {
    const chat = testChat({ lang: "en" });
    await checkIn(chat, ["yes"]);
    const replies = await pressData(chat, "l:ru");
    expect(replies[0]!.text).toContain("Вы гражданин Казахстана?");
    expect(last(await pressEnding(chat, ":yes"))).toContain("Признавал ли вас суд недееспособным?");
  });

  it("continues after a restart with the same storage", async () => {
    const storage = memoryStorage();
    const first = testChat({ lang: "kk", userId: 777_002, deps: { storage } });
    await checkIn(first);
    const second = testChat({ lang: "kk", userId: 777_002, deps: { storage } });
    const [guide] = await pressData(second, "g:vo:situation:homebound");
    expect(guide!.text).toContain("жылжымалы жәшік");
  });

  it("starts from the main menu button", async () => {
    const chat = testChat({ lang: "en" });
    expect(texts(await pressData(chat, "m:voting"))).toContain("Are you 18 or older?");
  });
});

describe("a finished voting check", () => {
  it.each(["kk", "ru", "en"] as const)(
    "is left without 'your answers were not saved' when another flow starts (%s)",
    async (lang) => {
      const chat = testChat({ lang });
      await checkIn(chat, ["yes", "no"]);
      const replies = await chat.send("/eligibility");
      const left = createI18n()(lang)("flow.left.voting");
      expect(texts(replies)).not.toContain(htmlToPlain(left).slice(0, 30));
      expect(replies).toHaveLength(1);
    },
  );
});

describe("🔔 and /remind in the middle of the voting check", () => {
  it.each([
    ["kk", "Қазақстан азаматысыз ба?"],
    ["ru", "Вы гражданин Казахстана?"],
    ["en", "Are you a citizen of Kazakhstan?"],
  ] as const)("are handled, and the step is asked again (%s)", async (lang, question) => {
    const chat = testChat({ lang });
    await chat.send("/voting");
    await chat.send(lang === "kk" ? "иә" : lang === "ru" ? "да" : "yes");
    const remind = await chat.send("/remind");
    expect(remind).toHaveLength(2);
    expect(last(remind)).toContain(question);
    const off = await pressData(chat, "r:off");
    expect(last(off)).toContain(question);
  });
});

describe("ages in the voting check are counted on the day in Kazakhstan", () => {
  it.each([
    ["kk", "Қазақстан азаматысыз ба?"],
    ["ru", "Вы гражданин Казахстана?"],
    ["en", "Are you a citizen of Kazakhstan?"],
  ] as const)(
    "at 01:00 in Astana on an 18th birthday (still the day before in UTC), the voter is 18 (%s)",
    async (lang, next) => {
      const chat = testChat({ lang, deps: { now: () => new Date("2026-04-30T20:00:00Z") } });
      await chat.send("/voting");
      expect(last(await chat.send("01.05.2008"))).toContain(next);
    },
  );
});

describe("the voting check reads answers written as sentences", () => {
  const tFor = createI18n();
  it.each([
    ["kk", "иә", "Қазақстан азаматымын", "жоқ, ондай болған жоқ", "жоқ", "шетелдемин"],
    ["ru", "да", "я гражданин РК", "нет, не признавал", "нет", "за границей"],
    ["en", "yes", "I'm a citizen", "no, never", "no", "abroad"],
  ] as const)(
    "in %s: a citizen in words, a no with its reason, and the place as a word with an ending",
    async (lang, adult, citizen, notIncapable, notInPrison, place) => {
      const t = tFor(lang);
      const chat = testChat({ lang });
      await chat.send("/voting");
      await chat.send(adult);
      expect(last(await chat.send(citizen))).toContain(t("voting.q.incapacity"));
      expect(last(await chat.send(notIncapable))).toContain(t("voting.q.prison"));
      expect(last(await chat.send(notInPrison))).toContain(htmlToPlain(t("voting.canVote")));
      expect(last(await chat.send(place))).toContain(htmlToPlain(t("voting.situation.abroad")).replace(/^\S+ /, ""));
    },
  );
});

describe("the voting check says which rules it applies", () => {
  it.each(["kk", "ru", "en"] as const)("in its verdict and its guide (%s)", async (lang) => {
    const rules = createI18n()(lang)("voting.rules");
    const cannot = testChat({ lang });
    expect((await checkIn(cannot, ["no"]))[0]?.text).toContain(rules);
    const can = testChat({ lang });
    await checkIn(can);
    expect((await pressEnding(can, "situation:home"))[0]?.text).toContain(rules);
  });
});

describe("the first step of the voting check", () => {
  it.each([
    ["kk", "артқа", "учаске кайда", "алғашқы сұрақ"],
    ["ru", "назад", "где мой участок", "первый вопрос"],
    ["en", "back", "where is my polling station", "first question"],
  ] as const)(
    "in %s, says there is no step before it to a typed back, and answers a question typed there",
    async (lang, back, question, first) => {
      const chat = testChat({ lang });
      await chat.send("/voting");
      expect(last(await chat.send(back))).toContain(first);
      const replies = await chat.send(question);
      expect(replies.length).toBe(2);
      expect(last(replies)).toContain(htmlToPlain(createI18n()(lang)("flow.continue")));
    },
  );
});

const tVoting = createI18n();

// Walkthrough 14: "back" at the second step printed the guide's opening sentence again, as if it had restarted.
describe("the voting guide's intro", () => {
  it("opens the guide once, not again on going back to the first step", async () => {
    const chat = testChat({ lang: "en" });
    const [first] = await chat.send("/voting");
    expect(first?.text).toContain(tVoting("en")("voting.intro"));
    await pressEnding(chat, ":yes");
    const replies = await chat.send("back");
    expect(replies.at(-1)?.text).toContain(tVoting("en")("voting.q.age"));
    expect(replies.map((r) => r.text).join("\n")).not.toContain(tVoting("en")("voting.intro"));
  });
});
