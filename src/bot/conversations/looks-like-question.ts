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

// A reply to a flow step is short and plain; a question has a question mark or a question word.
export function looksLikeQuestion(text: string): boolean {
  if (text.includes("?")) return true;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return words.length >= 2 && words.some((w) => QUESTION_WORDS.has(w));
}
