import { foldReply, readYesNo } from "../../rules/replies.js";

const QUESTION_WORDS = new Set([
  "what",
  "where",
  "when",
  "how",
  "who",
  "whom",
  "which",
  "why",
  "can",
  "could",
  "do",
  "does",
  "is",
  "are",
  "should",
  "will",
  "что",
  "где",
  "когда",
  "как",
  "кто",
  "какой",
  "какая",
  "какие",
  "каком",
  "почему",
  "зачем",
  "сколько",
  "куда",
  "откуда",
  "можно",
  "ли",
  "чем",
  "не",
  "неге",
  "қайда",
  "қашан",
  "қалай",
  "кім",
  "қандай",
  "қай",
  "неше",
  "қанша",
  "нешеде",
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
  "ше",
  "бола",
]);

// Folded as replies are, so Kazakh typed without its letters ("учаске кайда", "сайлау кашан") asks too.
const FOLDED_QUESTION_WORDS = new Set([...QUESTION_WORDS].map(foldReply));

// A reply to a flow step is short and plain; a question has a question mark or a question word.
// A yes or a no ("нет, не признавал") is a reply even where its words ("не") could ask: typed at a step
// that wants an age, it gets that step's hint, not an answer about something else.
export function looksLikeQuestion(text: string): boolean {
  if (text.includes("?")) return true;
  if (readYesNo(text) !== undefined) return false;
  return hasQuestionWord(text);
}

/** Two words or more, one of them a question word. */
function hasQuestionWord(text: string): boolean {
  const words = foldReply(text).split(" ").filter(Boolean);
  return words.length >= 2 && words.some((w) => FOLDED_QUESTION_WORDS.has(w));
}

/**
 * A question asked outright: a question mark and a question word ("а что значит непогашенная судимость?", "Can I vote
 * at home?"). At a step it is answered as a question before anything in it is read as the step's answer: "судимость"
 * was taken for a yes to "Do you have a conviction?", "at home" for the button "At home, where I am registered".
 * "26?" or "да?" has no question word and stays the step's answer.
 */
export function asksOutright(text: string): boolean {
  return text.includes("?") && hasQuestionWord(text);
}
