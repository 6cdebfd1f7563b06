import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { testChat } from "../../helpers/harness.js";

const t = createI18n();

describe("questions typed in private", () => {
  it.each([
    ["kk", "иә"],
    ["ru", "Нет."],
    ["en", "yes!"],
    ["ru", "40"],
    ["kk", " 26 "],
    ["ru", "мне 26"],
    ["kk", "26 жастамын"],
    ["en", "01.05.1999"],
    ["en", "back"],
    ["ru", "назад"],
    ["kk", "артқа"],
    // a "don't know" or "maybe" is no question either (walkthrough 9)
    ["ru", "не знаю"],
    ["en", "I dont know"],
    ["kk", "білмеймін"],
    ["en", "maybe"],
  ])(
    "meets a bare yes, no, number, age or back (%s: %j) after a flow as the answer to a flow that is gone, offering the flows",
    async (lang, text) => {
      const chat = testChat({ lang });
      await chat.send("/eligibility");
      await chat.send("/cancel");
      const replies = await chat.send(text);
      expect(replies.map((r) => r.text)).toEqual([t(lang as "kk" | "ru" | "en")("flow.orphanAnswer")]);
      expect(replies[0]?.buttons.map((b) => b.data)).toEqual(["m:eligibility", "m:voting"]);
    },
  );

  // Walkthrough 12: "2" as a fresh chat's first message was told the step-by-step questions "are no longer open".
  it.each([
    ["kk", "2"],
    ["ru", "да"],
    ["en", "back"],
  ] as const)(
    "asks a chat that never had a flow (%s: %j) for a question in words, with the menu",
    async (lang, text) => {
      const [reply, ...rest] = await testChat({ lang }).send(text);
      expect(rest).toEqual([]);
      expect(reply?.text).toBe(t(lang)("ask.prompt"));
      expect(reply?.buttons.map((b) => b.data)).toContain("m:topics");
    },
  );

  it.each(["???", "   .  ", "…"])("asks for words when a text has none: %j", async (text) => {
    const replies = await testChat({ lang: "kk" }).send(text);
    expect(replies.map((r) => r.text)).toEqual([t("kk")("input.empty")]);
  });

  // Walkthrough 13: a question that opens with an age or a yes or no was told the flow's questions are no longer open.
  it.each([
    ["ru", "мне 72 года, могу ли я проголосовать дома?"],
    ["en", "I'm 72, can I vote from home?"],
    ["ru", "мне 72 года могу ли я проголосовать дома"],
    ["kk", "ия, кашан сайлау"],
    ["ru", "нет, я хотела спросить про маслихат"],
  ] as const)("answers a question that opens with an age or a yes or no (%s: %j) as a question", async (lang, text) => {
    const chat = testChat({ lang });
    await chat.send("/eligibility");
    await chat.send("/cancel");
    const [reply] = await chat.send(text);
    expect(reply?.text).not.toBe(t(lang)("flow.orphanAnswer"));
    expect(reply?.text).not.toBe(t(lang)("ask.prompt"));
  });

  it("still answers a question that merely starts with yes", async () => {
    const [reply] = await testChat({ lang: "en" }).send("yes, when were the Mazhilis elections held?");
    expect(reply?.text).not.toBe(t("en")("flow.orphanAnswer"));
    expect(reply?.text).toContain("19 March 2023");
  });
});

// Walkthrough 12: "Темы" and "Язык" typed got "no reliable answer", "Календарь выборов" the 2023 calendar entry.
describe("a menu button's label typed", () => {
  // Walkthrough 14: "Кандидат бола аламын ба?" got when campaigning is banned, "How does voting work for me?" the
  // party-list system; "калай дауыс беремин" (the 🗳 label without its letters) is that button too.
  it.each([
    ["kk", "Кандидат бола аламын ба?", "eligibility.chooseOffice"],
    ["ru", "могу ли я баллотироваться", "eligibility.chooseOffice"],
    ["en", "How does voting work for me?", "voting.intro"],
    ["kk", "калай дауыс беремин", "voting.intro"],
    // walkthrough 16: after a short lead-in
    ["ru", "ладно, давай по шагам: как мне проголосовать", "voting.intro"],
    ["en", "okay, how does voting work for me?", "voting.intro"],
    ["kk", "жарайды, кандидат бола аламын ба", "eligibility.chooseOffice"],
  ] as const)("starts the flow a flow button names (%s: %j)", async (lang, text, key) => {
    const replies = await testChat({ lang }).send(text);
    expect(replies.map((r) => r.text).join("\n")).toContain(t(lang)(key));
  });

  it.each([
    ["ru", "Темы", "topics.root"],
    ["kk", "тақырыптар", "topics.root"],
    ["en", "📚 Topics", "topics.root"],
    ["ru", "язык", "language.choose"],
    ["kk", "Тіл", "language.choose"],
    ["en", "Language", "language.choose"],
  ] as const)("is that button (%s: %j)", async (lang, text, key) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toContain(t(lang)(key));
  });

  it.each([
    ["ru", "Календарь выборов"],
    ["kk", "сайлау кунтизбеси"],
    ["en", "election calendar"],
  ] as const)("opens /calendar, not the 2023 calendar entry (%s: %j)", async (lang, text) => {
    const [typed] = await testChat({ lang }).send(text);
    const [command] = await testChat({ lang }).send("/calendar");
    expect(typed?.text).toBe(command?.text);
  });
});

describe("a question about this year", () => {
  it.each([
    ["kk", "биыл референдум қашан өтті"],
    ["ru", "когда был референдум в этом году"],
    ["en", "what date was the constitution referendum this year"],
  ] as const)("in %s, is read as the year of the bot's clock", async (lang, question) => {
    const entry = (id: string) => loadKnowledge().byId.get(id)!.title[lang];
    const at = (day: string) => testChat({ lang, deps: { now: () => new Date(`${day}T12:00:00+05:00`) } });
    const [now] = await at("2026-12-07").send(question);
    expect(now?.text).toContain(entry("referendum-2026"));
    const [then] = await at("2022-12-01").send(question);
    expect(then?.text).toContain(entry("referendum-2022"));
  });
});

describe("one broad word", () => {
  it("gets a choice of its entries and the topics", async () => {
    const [reply] = await testChat({ lang: "ru" }).send("голосование");
    expect(reply?.text).toBe(t("ru")("fallback.broad"));
    expect(reply?.buttons.length).toBeGreaterThan(1);
    expect(reply?.buttons.at(-1)?.data).toBe("m:topics");
  });

  it.each([
    ["ru", "как проголосовать"],
    ["en", "how do I vote"],
  ] as const)("asked with 'how' (%s), is still broad, and offers the guided flows", async (lang, text) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toBe(t(lang)("fallback.broad"));
    expect(reply?.buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining(["m:voting", "m:eligibility", "m:topics"]),
    );
  });

  // "голосование" and "voting" were answered with home voting, whose title holds the word.
  it.each([
    ["ru", "Голосование", "voting"],
    ["en", "voting", "voting"],
    ["kk", "дауыс беру", "voting"],
    ["ru", "партии", "parties"],
    ["en", "Candidates", "candidates"],
  ] as const)("naming a topic (%s: %j), gets a choice of that topic's entries", async (lang, text, category) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toBe(t(lang)("fallback.broad"));
    const kb = loadKnowledge();
    const offered = reply!.buttons.map((b) => b.data ?? "").filter((d) => d.startsWith("a:"));
    expect(offered.length).toBeGreaterThan(1);
    for (const data of offered) expect(kb.byId.get(data.slice(2).split(":")[0]!)?.category).toBe(category);
  });

  it("too common to weigh anything, gets the main menu", async () => {
    const [reply] = await testChat({ lang: "kk" }).send("сайлау");
    expect(reply?.text).toBe(t("kk")("fallback.broad"));
    expect(reply?.buttons.map((b) => b.data)).toContain("m:eligibility");
  });

  // Walkthrough 15: the official-site line stood between "Did you mean one of these?" and the choices.
  it("a did-you-mean asks its question last, right above the choices", async () => {
    const [reply] = await testChat({ lang: "kk" }).send("мажилис маслихат курултай");
    const kk = t("kk");
    expect(reply?.text.startsWith(kk("fallback.unsure"))).toBe(true);
    expect(reply?.text.endsWith(`\n\n${kk("fallback.suggest")}`)).toBe(true);
    expect(reply?.buttons.at(0)?.data?.startsWith("a:")).toBe(true);
  });

  it("a fallback always offers the topics", async () => {
    const [reply] = await testChat({ lang: "en" }).send("zzqx vbnm");
    expect(reply?.buttons.map((b) => b.data)).toEqual(["m:topics"]);
  });
});

describe("follow-ups", () => {
  const clock = () => {
    let at = Date.parse("2026-12-06T10:00:00Z");
    return { now: () => new Date(at), pass: (minutes: number) => (at += minutes * 60_000) };
  };

  it("reads a follow-up against the last answer, in the same chat", async () => {
    const chat = testChat({ lang: "en" });
    await chat.send("How old must a Mazhilis candidate be?");
    const [reply] = await chat.send("And for maslikhats?");
    const [direct] = await testChat({ lang: "en" }).send("Who can run for a maslikhat?");
    expect(reply?.text).toBe(direct?.text);
  });

  // Walkthrough 12: "за кого голосовать" after the next presidential election got Tokayev's 81.31% of 2022. A
  // question answered surely alone is not carried to the last topic's result.
  it.each([
    ["ru", "будут ли досрочные выборы президента", "за кого голосовать"],
    ["en", "is Amanat a good party?", "should I vote for Ak Zhol"],
  ] as const)("in %s, after %j, %j still gets the neutral answer", async (lang, first, question) => {
    const chat = testChat({ lang });
    await chat.send(first);
    const [reply] = await chat.send(question);
    expect(reply?.text.split("\n")[0]).toBe(loadKnowledge().byId.get("who-to-vote-for")!.title[lang]);
  });

  it.each([
    ["kk", "Сайлау учаскелері сағат нешеде ашылады?", "ал шетелде ше?", "voting-abroad"],
    ["ru", "Сколько бюллетеней получает избиратель?", "они разного цвета?", "ballot-colours"],
    ["en", "How many ballots does a voter get?", "what colours r they", "ballot-colours"],
  ] as const)(
    "in %s, answers a follow-up with a neighbour of the last answer, not the same one again",
    async (lang, first, followUp, id) => {
      const chat = testChat({ lang });
      await chat.send(first);
      const [reply] = await chat.send(followUp);
      // The title, after the history line of an answer on the 2023 voting rules.
      expect(reply?.text.split("\n").slice(0, 3)).toContain(loadKnowledge().byId.get(id)!.title[lang]);
    },
  );

  it("forgets the last answer after /start, after followUpMinutes, and never lends it to another user", async () => {
    const time = clock();
    const deps = { now: time.now };
    const [alone] = await testChat({ lang: "ru", deps }).send("а для маслихата?");
    const chat = testChat({ lang: "ru", deps });
    await chat.send("когда были выборы в мажилис");
    const [followed] = await chat.send("а для маслихата?");
    expect(followed?.text).not.toBe(alone?.text);

    await chat.send("/start");
    expect((await chat.send("а для маслихата?"))[0]?.text).toBe(alone?.text);

    await chat.send("когда были выборы в мажилис");
    time.pass(11);
    expect((await chat.send("а для маслихата?"))[0]?.text).toBe(alone?.text);

    await chat.send("когда были выборы в мажилис");
    expect((await testChat({ lang: "ru", deps }).send("а для маслихата?"))[0]?.text).toBe(alone?.text);
  });
});

describe("long messages", () => {
  const story =
    "Здравствуйте! Я студентка, учусь в Алматы на третьем курсе, а прописана у родителей в Шымкенте. " +
    "Мама говорит, что обязательно надо ехать домой, иначе голос пропадёт, а подруги из общежития говорят, " +
    "что можно и здесь, но никто толком не знает, как это оформить. Билеты на поезд дорогие, а в марте " +
    "у нас как раз сессия, и отпроситься на несколько дней будет сложно. Я впервые буду голосовать, " +
    "поэтому очень волнуюсь и не хочу ничего перепутать. ";

  it("answers the question at the end of a story, not 'too long'", async () => {
    const question = "Могу ли я проголосовать в Алматы по месту учёбы?";
    const [reply] = await testChat({ lang: "ru" }).send(story + question);
    expect((story + question).length).toBeGreaterThan(400);
    expect(reply?.text).not.toBe(t("ru")("input.tooLong"));
    const [direct] = await testChat({ lang: "ru" }).send(question);
    expect(reply?.text).toBe(direct?.text);
  });

  it("tells a message above Telegram's limit that it is too long", async () => {
    const [reply] = await testChat({ lang: "kk" }).send(`${story.repeat(12)}?`);
    expect(reply?.text).toBe(t("kk")("input.tooLong"));
  });
});

describe("questions the bot cannot read", () => {
  it.each([
    ["en", "asdkjh qwe zzz", /^Sorry, I don't have a reliable answer/],
    ["kk", "<script>alert(1)</script>", /^Кешіріңіз/],
    ["ru", "zzqx vbnm", /^К сожалению/],
  ])("get the 'I don't know' in the user's language (%s: %j)", async (lang, q, expected) => {
    const chat = testChat({ lang });
    const [reply] = await chat.send(q);
    expect(reply?.text).toMatch(expected);
  });

  // Walkthrough 13: a Russian question the bot could not answer, in an English chat, got its "I don't know" in English.
  it.each([
    ["en", "сколько стоит хлеб в магазине", /^К сожалению/],
    ["ru", "нан дүкенде қанша тұрады", /^Кешіріңіз/],
  ])("get the 'I don't know' in the language of Cyrillic words (%s chat: %j)", async (lang, q, expected) => {
    const [reply] = await testChat({ lang }).send(q);
    expect(reply?.text).toMatch(expected);
  });

  it.each([
    ["<b>сайлау кашан</b>", "сайлау кашан"],
    ["<i>when is the election</i>", "when is the election"],
  ])("are read for their words when wrapped in markup: %j answers like %j", async (marked, plain) => {
    const a = await testChat({ lang: "ru" }).send(marked);
    const b = await testChat({ lang: "ru" }).send(plain);
    expect(a[0]?.text).toBe(b[0]?.text);
    expect(a[0]?.text.length).toBeGreaterThan(200);
  });
});

describe("small talk", () => {
  it.each([
    ["en", "hello", /^Hello! Ask me about elections/, true],
    ["en", "Hi!", /^Hello! Ask me about elections/, true],
    ["ru", "Здравствуйте", /^Здравствуйте! Спросите меня/, true],
    ["kk", "сәлем", /^Сәлеметсіз бе! Қазақстандағы сайлау/, true],
    ["en", "thanks", /^You're welcome!/, false],
    ["kk", "рахмет!", /^Оқасы жоқ!/, false],
    ["ru", "спасибо большое", /^Пожалуйста!/, false],
    ["ru", "привееет бот", /^Здравствуйте! Спросите меня/, true],
    ["kk", "салеметсиз бе", /^Сәлеметсіз бе! Қазақстандағы сайлау/, true],
    ["ru", "Привет, как дела?", /^Всё хорошо, спасибо!/, true],
    ["en", "how are you?", /^I'm well, thank you!/, true],
    ["kk", "қалайсыз", /^Жақсы, рахмет!/, true],
    ["ru", "пока", /^До свидания!/, false],
    ["kk", "сау болыңыз", /^Сау болыңыз!/, false],
    ["en", "ok", /^👍 Ask another question/, false],
    ["ru", "понятно", /^👍 Спрашивайте/, false],
    ["kk", "түсінікті", /^👍 Тағы сұрағыңыз/, false],
    // in the language of its words, whatever the chat's language
    ["en", "спасибо", /^Пожалуйста!/, false],
    ["en", "привет, как дела?", /^Всё хорошо, спасибо!/, true],
    ["kk", "ok", /^👍 Тағы сұрағыңыз/, false],
    ["kk", "ок", /^👍 Тағы сұрағыңыз/, false],
    ["ru", "рахмет", /^Оқасы жоқ!/, false],
    ["kk", "thanks", /^You're welcome!/, false],
    // typed in Latin letters, shortened, or several at once
    ["ru", "spasibo", /^Пожалуйста!/, false],
    ["kk", "rakhmet", /^Оқасы жоқ!/, false],
    ["en", "see ya", /^Goodbye!/, false],
    ["kk", "рахмет, сау бол", /^Сау болыңыз!/, false],
    ["ru", "спасибо, до свидания", /^До свидания!/, false],
    ["en", "ok thanks", /^You're welcome!/, false],
    ["ru", "понятно спасибо", /^Пожалуйста!/, false],
    ["en", "👍", /^👍 Ask another question/, false],
    ["kk", "🙂🙂", /^👍 Тағы сұрағыңыз/, false],
    // who it is, praise and apologies
    ["en", "are you a bot?", /^I'm Saylau Bot, a bot, not a person/, true],
    ["ru", "ты кто", /^Я Saylau Bot — бот, а не человек/, true],
    ["kk", "сен кімсің?", /^Мен Saylau Bot-пын/, true],
    ["ru", "молодец", /^Спасибо, рад помочь!/, false],
    ["kk", "жарайсың", /^Рахмет, пайдам тигеніне/, false],
    ["en", "sorry", /^No problem at all/, false],
    ["kk", "кешіріңіз", /^Ештеңе етпейді/, false],
  ])("gets a reply of its own in %s: %j", async (lang, text, expected, menu) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toMatch(expected);
    expect(reply?.buttons.some((b) => b.data === "m:eligibility")).toBe(menu);
  });

  it.each(["hi how do I vote", "ok so when is the election", "привет, как голосовать за рубежом?"])(
    "does not swallow a question after a greeting or an ok: %j",
    async (text) => {
      const [reply] = await testChat({ lang: "en" }).send(text);
      expect(reply?.text).not.toMatch(/^(Hello!|👍|I'm well)/);
    },
  );

  // Small talk that goes on in words of its own had "no reliable answer" or a did-you-mean.
  it.each([
    ["ru", "спасибо большое, очень выручили с ответом", "thanks"],
    ["en", "thanks a ton for the help mate", "thanks"],
    ["kk", "сәлем, бүгін күн суық екен", "greeting"],
  ] as const)("answers small talk that goes on in other words (%s: %j) as small talk", async (lang, text, kind) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toBe(t(lang)(`smallTalk.${kind}`));
  });

  it("does not swallow a question that starts with a greeting", async () => {
    const [reply] = await testChat({ lang: "kk" }).send("сәлем, сайлау қашан?");
    expect(reply?.text).not.toMatch(/^Сәлеметсіз бе! Қазақстандағы/);
    expect(reply?.text.length).toBeGreaterThan(200);
  });
});

describe("voting questions are not answered with the candidates' rules", () => {
  it.each([
    ["en", "can i vote with a criminal record", "Who cannot vote"],
    ["ru", "у меня судимость, могу ли я голосовать", "Кто не может голосовать"],
    ["kk", "сотталғанмын, дауыс бере аламын ба", "Кім дауыс бере алмайды"],
  ] as const)("%s %j → %s", async (lang, question, title) => {
    const [reply] = await testChat({ lang }).send(question);
    expect(reply?.text.split("\n")[0]).toBe(title);
  });
});

// Walkthrough 13: the second question of a message was silently dropped.
// Walkthrough 17: "and now?" after who could run for the Mazhilis got the Senate's requirements.
describe("'and now?' after an answer that is history", () => {
  it.each([
    ["en", "Who could run for the Mazhilis?", "and now?"],
    ["ru", "Кто мог баллотироваться в Мажилис?", "а сейчас?"],
    ["kk", "2023 жылы Мәжіліске кандидатқа қандай талаптар болды?", "ал қазір ше?"],
  ] as const)("is what replaced it (%s: %j, then %j)", async (lang, question, now) => {
    const kb = loadKnowledge();
    const chat = testChat({ lang, deps: { now: () => new Date("2026-12-04T12:00:00Z") } });
    const [first] = await chat.send(question);
    expect(first?.text).toContain(kb.byId.get("mazhilis-candidate")!.title[lang]);
    const [reply] = await chat.send(now);
    expect(reply?.text.split("\n")[0]).toBe(kb.byId.get("kurultai-candidate")!.title[lang]);
  });

  it("is not, on a day before the change (a preview of 2023)", async () => {
    const kb = loadKnowledge();
    const chat = testChat({ lang: "en", deps: { now: () => new Date("2023-03-01T12:00:00Z") } });
    await chat.send("Who could run for the Mazhilis?");
    const [reply] = await chat.send("and now?");
    expect(reply?.text.split("\n")[0]).not.toBe(kb.byId.get("kurultai-candidate")!.title.en);
  });
});

describe("a question that states the asker's age", () => {
  it.each([
    ["ru", "Мне 24 года, могу ли я баллотироваться в Курултай?", "kurultai-candidate", "answer.ageBelow"],
    ["kk", "24 жастамын, құрылтайға кандидат бола аламын ба", "kurultai-candidate", "answer.ageBelow"],
    ["en", "I'm 45, can I run for president?", "presidential-candidate-2026", "answer.ageEnough"],
  ] as const)("is told first whether that age reaches the answer's minimum (%s: %j)", async (lang, text, id, key) => {
    const [reply] = await testChat({ lang }).send(text);
    const entry = loadKnowledge().byId.get(id)!;
    const age = Number(/\d+/.exec(text)![0]);
    expect(reply?.text.split("\n")[0]).toBe(t(lang)(key, { age, min: entry.minAge }));
    expect(reply?.text).toContain(entry.title[lang]);
  });

  it("is told nothing of age when it states none", async () => {
    const [reply] = await testChat({ lang: "en" }).send("I have lived here 10 years, can I run for the kurultai?");
    expect(reply?.text).not.toContain(t("en")("answer.ageEnough", { age: 10, min: 25 }).slice(0, 20));
  });
});

describe("a message of two questions", () => {
  it.each([
    ["ru", "Когда были выборы в мажилис? И где найти свой избирательный участок?"],
    ["en", "When were the Mazhilis elections held? And how do I find my polling station?"],
  ] as const)("offers the other question's answer first among the buttons (%s)", async (lang, text) => {
    const [reply] = await testChat({ lang }).send(text);
    expect(reply?.text).toContain(t(lang)("answer.alsoAsked"));
    // Whichever question the answer took, the other one is the ➕ button.
    const [first] = reply?.buttons ?? [];
    expect(first?.text.startsWith("➕")).toBe(true);
    expect(["a:election-date", "a:find-polling-station"]).toContain(first?.data);
    expect(reply?.text.split("\n")[0]).not.toBe(first?.text.slice(2));
  });

  it("offers nothing for a message of one question", async () => {
    const [reply] = await testChat({ lang: "en" }).send("When were the Mazhilis elections held?");
    expect(reply?.text).not.toContain(t("en")("answer.alsoAsked"));
    expect(reply?.buttons[0]?.text.startsWith("➕")).toBe(false);
  });
});
