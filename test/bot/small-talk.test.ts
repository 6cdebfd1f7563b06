import { describe, expect, it } from "vitest";
import { smallTalk, smallTalkLead } from "../../src/bot/small-talk.js";

describe("smallTalk", () => {
  it.each([
    ["спасибо вам огромное", "thanks", "ru"],
    // walkthrough 13: closing words after a thanks, and a greeting typed as one word
    ["thank you, that's all for now", "thanks", "en"],
    ["спасибо, это всё", "thanks", "ru"],
    ["рахмет, әзірге бәрі осы", "thanks", "kk"],
    ["саламатсызба", "greeting", "kk"],
    // holidays, "is anyone there", a test message
    ["с наступающим новым годом!", "greeting", "ru"],
    ["Жаңа жылыңыз құтты болсын!", "greeting", "kk"],
    ["is anyone there?", "greeting", "en"],
    ["алло, есть кто нибудь?", "greeting", "ru"],
    ["сен барсың ба", "greeting", "kk"],
    ["test", "greeting", "en"],
    // walkthrough 15: thanks, praise and a how-are-you in one message
    ["thanks, that's useful. how are you doing, by the way?", "thanks", "en"],
    ["thank you so much", "thanks", "en"],
    ["рахмет көмегіңізге", "thanks", "kk"],
    ["как настроение?", "howAreYou", "ru"],
    ["жақсымысыз", "howAreYou", "kk"],
    ["how have you been", "howAreYou", "en"],
    ["кто тебя создал?", "who", "ru"],
    ["бұл қандай бот", "who", "kk"],
    ["who made you", "who", "en"],
    ["прошу прощения", "sorry", "ru"],
    ["take care", "bye", "en"],
    ["қайырлы түн", "bye", "kk"],
    ["армысыз", "greeting", "kk"],
    ["good evening", "greeting", "en"],
    ["всё ясно", "ack", "ru"],
    // a friend or the bot addressed inside the phrase, with an emoji
    ["керемет бот екен 👍", "praise", "kk"],
    ["рахмет бауырым", "thanks", "kk"],
    ["сен бот па", "who", "kk"],
    ["крутой бот", "praise", "ru"],
    ["great bot, thanks", "thanks", "en"],
    ["қал қалай", "howAreYou", "kk"],
    ["yo whats up", "howAreYou", "en"],
    ["сорри, не туда написал", "sorry", "ru"],
    // an older voter's address and blessing (walkthrough 10)
    ["Здравствуйте, сынок", "greeting", "ru"],
    ["Спасибо, сынок, дай бог здоровья", "thanks", "ru"],
    ["рахмет айналайын, көп жаса", "thanks", "kk"],
    ["thanks dear", "thanks", "en"],
    // an "ok" stays an "ok" beside praise that adds the bot's name to it ("жақсы бот")
    ["жақсы", "ack", "kk"],
    ["класс", "ack", "ru"],
    // tuning set short-tune-2: frustration, a name asked, thanks for help, phrases longer than four words
    ["ты бесполезный", "complaint", "ru"],
    ["түк түсінбедім", "complaint", "kk"],
    ["this is useless, you dont understand anything", "complaint", "en"],
    ["не помогло", "complaint", "ru"],
    ["what's your name", "who", "en"],
    ["атың кім", "who", "kk"],
    ["сен ботсың ба әлде адамсың ба", "who", "kk"],
    ["am i talking to a real person", "who", "en"],
    ["спасибо большое, помог", "thanks", "ru"],
    ["raqmet bauyrym", "thanks", "kk"],
    ["sau bol dosym", "bye", "kk"],
    // one letter off a one-word phrase of five letters or more
    ["спасиба", "thanks", "ru"],
    ["рахмт", "thanks", "kk"],
    ["здраствуйте", "greeting", "ru"],
    ["hellp", "greeting", "en"],
    ["салем кандай жагдай", "howAreYou", "kk"],
    ["рахмет, жақсы бот екенсің", "thanks", "kk"],
    // walkthrough 16
    ["кто ты такой?", "who", "ru"],
    ["кто ты вообще такой", "who", "ru"],
    // walkthrough 17: a greeting that asks who
    ["hi, who are you?", "who", "en"],
    ["привет, ты кто?", "who", "ru"],
  ] as const)("%j is %s (%s)", (text, kind, lang) => expect(smallTalk(text)).toEqual({ kind, lang }));

  it.each(["хахаха", "ахахах", "hahaha", "lol", ":)", ";-)", "ахаха күлкілі екен", "ору"])(
    "%j is an acknowledgement in any language",
    (text) => expect(smallTalk(text)).toEqual({ kind: "ack", lang: undefined }),
  );

  it.each(["спасибо, а когда выборы?", "very", "как голосовать за границей", "бот", "great, when is the election"])(
    "%j is not small talk",
    (text) => expect(smallTalk(text)).toBeUndefined(),
  );
});

describe("smallTalkLead", () => {
  it.each([
    ["спасибо большое, очень выручили с ответом", "thanks", "ru"],
    ["привет, как прошёл твой день", "greeting", "ru"],
    ["thanks a ton for the help mate", "thanks", "en"],
    ["сәлем, бүгін күн суық екен", "greeting", "kk"],
  ] as const)("%j opens with %s (%s)", (text, kind, lang) => expect(smallTalkLead(text)).toEqual({ kind, lang }));

  it.each(["как голосовать за границей", "сайлау қашан", "when is the election, thanks"])(
    "%j does not open with small talk",
    (text) => expect(smallTalkLead(text)).toBeUndefined(),
  );

  it("reads no more than a short message", () => {
    expect(smallTalkLead("привет, я работаю на заводе в Караганде и у меня вопрос про выборы")).toBeUndefined();
  });
});
