import { describe, expect, it } from "vitest";
import {
  CLAIMS,
  isBackReply,
  isDontKnowReply,
  isRestartReply,
  isUndecidedReply,
  readClaim,
  readSpacedYesNo,
  readYesNo,
} from "../../src/rules/replies.js";

describe("readYesNo", () => {
  it.each([
    // kk
    ["иә", "yes"],
    ["Иә.", "yes"],
    ["ия", "yes"],
    ["иа", "yes"],
    ["әрине", "yes"],
    ["бар", "yes"],
    ["жоқ", "no"],
    ["жок", "no"],
    ["Жоқ!", "no"],
    // ru
    ["да", "yes"],
    ["Да, конечно", "yes"],
    ["ага", "yes"],
    ["конечно", "yes"],
    ["нет", "no"],
    ["Нет.", "no"],
    ["неа", "no"],
    ["нет, не", "no"],
    // en
    ["yes", "yes"],
    ["Yes, I am", "yes"],
    ["yeah", "yes"],
    ["of course", "yes"],
    ["y", "yes"],
    ["no", "no"],
    ["No, I'm not", "no"],
    ["nope", "no"],
    // Kazakh and Russian in Latin letters
    ["ia", "yes"],
    ["Iya", "yes"],
    ["jok", "no"],
    ["zhoq", "no"],
    ["da", "yes"],
    ["net", "no"],
    // a yes or no set off by a comma or dash, then said again in words
    ["нет, не признавал", "no"],
    ["Нет, никогда не был в заключении", "no"],
    ["иә, азаматымын", "yes"],
    ["жоқ, ондай болған жоқ", "no"],
    ["yes - I have a Kazakh passport", "yes"],
    ["no, never", "no"],
    // an opening word, a "of course" before a no, a "not yet", a "never" (walkthrough 4)
    ["ну да", "yes"],
    ["естественно", "yes"],
    ["разумеется", "yes"],
    ["конечно нет", "no"],
    ["әрине жоқ", "no"],
    ["of course not", "no"],
    ["нет ещё", "no"],
    ["ещё нет", "no"],
    ["пока нет", "no"],
    ["әлі жоқ", "no"],
    ["not yet", "no"],
    ["никогда", "no"],
    ["не было", "no"],
    ["never", "no"],
    ["исполнилось", "yes"],
    ["толдым", "yes"],
    // a "конечно" after the no, a "қой" (walkthrough 9)
    ["нет конечно", "no"],
    ["нет, конечно", "no"],
    ["жоқ қой", "no"],
    ["no of course", "no"],
  ] as const)("reads %j as %s", (text, expected) => expect(readYesNo(text)).toBe(expected));

  it.each([
    "жоқ емес",
    "не знаю",
    "yes and no",
    "not sure",
    "maybe",
    "да нет наверное нет",
    "30",
    "",
    "blue",
    "yes but I lived abroad for two years",
    "yes, but I lived abroad for two years",
    "да, но не уверен",
    "да, нет, не знаю",
    "жоқ, емес",
  ])("does not guess on %j", (text) => expect(readYesNo(text)).toBeUndefined());
});

describe("isBackReply and isRestartReply", () => {
  it.each(["назад", "Назад", "артқа", "артка", "back", "Back", "go back", "вернуться", "nazad", "artqa"])(
    "%j is Back",
    (text) => expect(isBackReply(text)).toBe(true),
  );
  it.each(["заново", "сначала", "басынан", "start over", "restart", "zanovo", "basynan"])("%j is Start over", (text) =>
    expect(isRestartReply(text)).toBe(true),
  );
  it.each(["назад в СССР", "backpack", "no", "30"])("%j is neither", (text) => {
    expect(isBackReply(text)).toBe(false);
    expect(isRestartReply(text)).toBe(false);
  });
});

describe("readSpacedYesNo: a yes or no and a few words, without a comma, at a flow's step", () => {
  it.each([
    ["иә толды", "yes"],
    ["иә бармын", "yes"],
    ["да живу", "yes"],
    ["yes I am", "yes"],
    ["нет мне 16", "no"],
    ["жоқ сотталмағанмын", "no"],
  ] as const)("reads %j as %s", (text, expected) => expect(readSpacedYesNo(text)).toBe(expected));
  it.each(["да когда выборы", "иә бірақ", "да не знаю", "не знаю", "жоқ емес", "да?", "yes but no"])(
    "does not guess on %j",
    (text) => expect(readSpacedYesNo(text)).toBeUndefined(),
  );
});

describe("isDontKnowReply", () => {
  // walkthrough 19: "не знаю пока" had read as a no, and a false "you cannot stand"
  it.each([
    "не знаю",
    "Пока не знаю",
    "хз",
    "білмеймін",
    "әлі білмеймін",
    "белгісіз",
    "don't know",
    "not sure",
    "idk",
    "не знаю пока",
    "честно, не знаю",
    "don't know yet honestly",
  ])("%j is don't know", (text) => expect(isDontKnowReply(text)).toBe(true));
  it.each(["нет", "да", "знаю", "I know", "білемін", "не знаю, наверное да"])("%j is not", (text) =>
    expect(isDontKnowReply(text)).toBe(false),
  );
});

// Each of these opens with the "не" of "не судим", and was read as a no: the voter never answered the step.
describe("a reply that says the voter cannot say", () => {
  it.each([
    "не помню",
    "не могу сказать",
    "сложно сказать",
    "айта алмаймын",
    "қайдам",
    "can't say",
    "I don't remember",
  ])("%j is don't know, and neither a yes nor a no", (text) => {
    expect(isDontKnowReply(text)).toBe(true);
    expect(readYesNo(text) ?? readSpacedYesNo(text)).toBeUndefined();
  });
});

describe("readClaim: the fact said in words at a yes/no step", () => {
  it.each([
    ["я гражданин РК", "yes"],
    ["гражданка Казахстана", "yes"],
    ["не гражданин", "no"],
    ["у меня нет гражданства", "no"],
    ["азаматымын", "yes"],
    ["Қазақстан азаматымын", "yes"],
    // walkthrough 18: in Latin letters
    ["azamatymyn", "yes"],
    ["azamaty emespin", "no"],
    ["азаматы емеспін", "no"],
    ["kazakh citizen", "yes"],
    ["I'm a citizen", "yes"],
    ["not a citizen", "no"],
    // another country's citizenship is no to Kazakhstan's (walkthrough 9)
    ["I am a Russian citizen", "no"],
    ["я гражданин России", "no"],
    ["гражданка Узбекистана", "no"],
    ["Ресей азаматымын", "no"],
    ["Қырғызстан азаматымын", "no"],
    ["citizen of another country", "no"],
    ["лицо без гражданства", "no"],
    ["citizen of RK", "yes"],
    ["гражданин РФ", "no"],
  ] as const)("reads %j as %s", (text, expected) => expect(readClaim(text, CLAIMS.citizen)).toBe(expected));

  it.each([
    "я живу в Алматы",
    "what does citizen mean for the kurultai and the maslikhat elections of 2023",
    // both named, or another named and denied: the buttons decide
    "был гражданином России, теперь Казахстана",
    "I am not a Russian citizen",
  ])("does not guess on %j", (text) => expect(readClaim(text, CLAIMS.citizen)).toBeUndefined());

  it.each([
    ["не судим", "no"],
    ["нет судимости", "no"],
    ["судимости нет", "no"],
    ["не привлекался", "no"],
    ["была, но погашена", "no"],
    ["сотталмағанмын", "no"],
    ["соттылығым жоқ", "no"],
    ["болған, бірақ өтелген", "no"],
    ["never convicted", "no"],
    ["no record", "no"],
    ["I had one but it was expunged", "no"],
    ["судим", "yes"],
    ["есть судимость", "yes"],
    ["сотталғанмын", "yes"],
    ["I have a criminal record", "yes"],
    // a clean record is none (walkthrough 9)
    ["clean record", "no"],
    ["my record is clean", "no"],
    ["чистая", "no"],
    ["соттылығым таза", "no"],
  ] as const)("reads %j about a criminal record as %s", (text, expected) =>
    expect(readClaim(text, CLAIMS.record)).toBe(expected),
  );

  it.each(["не погашена", "not clean", "судимость не снята"])("does not read %j about a record as none", (text) =>
    expect(readClaim(text, CLAIMS.record)).not.toBe("no"),
  );
});

describe("isUndecidedReply: still open, where it is not the voter's to decide", () => {
  it.each([
    "не знаю",
    "maybe",
    "возможно",
    "может быть",
    "мүмкін",
    "not yet",
    "пока нет",
    "ещё нет",
    "әлі жоқ",
    "hopefully",
  ])("%j is undecided", (text) => expect(isUndecidedReply(text)).toBe(true));
  it.each(["нет", "no", "жоқ", "да", "иә", "yes", "never"])("%j is not", (text) =>
    expect(isUndecidedReply(text)).toBe(false),
  );
});
