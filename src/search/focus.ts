const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;

const sentencesOf = (text: string) =>
  text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);

// A request asks without a question mark: "подскажите, …", "айтып беріңізші", "tell me …".
const REQUEST =
  /(^|[^\p{L}])(подскажите|скажите|объясните|расскажите|напишите|уточните|podskazhite|skazhite|obyasnite|tell me|explain|let me know|айтыңызшы|айтыңыз|айтып беріңізші|айтып беріңіз|түсіндіріңізші|түсіндіріп беріңіз|жазып жіберіңізші)([^\p{L}]|$)/iu;

/**
 * The sentences of a message that ask: those with a question mark or a request ("подскажите…", "tell me…"), else
 * its last sentence. A message of one sentence is returned as it is. The searcher decides a message on this part
 * first (searcher.ts), so that a story's city, job and relatives do not pick the entry.
 */
export function askingPart(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => s.includes("?") || REQUEST.test(s));
  return (asking.length > 0 ? asking : sentences.slice(-1)).join(" ");
}

/**
 * Each question of a message that asks more than one ("Когда выборы? И где мой участок?"), in order; none for a
 * message with one question or none.
 */
export function questionsOf(text: string): string[] {
  const asking = sentencesOf(text).filter((s) => s.includes("?"));
  return asking.length >= 2 ? asking : [];
}

/**
 * The part of a long message that asks: a voter who tells a story first ("I work at a factory, my friends say…")
 * puts the question at the end, usually with a question mark. For a message longer than `max`, this returns its
 * last sentences that end in "?" (else its last sentences), up to `max` characters, so the story's incidental words
 * do not pick the entry. A message within `max` is returned as it is: the sets the matcher is measured on are.
 */
export function questionFocus(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = sentencesOf(text);
  const asking = sentences.filter((s) => s.endsWith("?"));
  const pool = asking.length > 0 ? asking : sentences;
  const picked: string[] = [];
  let length = 0;
  for (let i = pool.length - 1; i >= 0; i--) {
    const s = pool[i]!;
    if (picked.length > 0 && length + s.length + 1 > max) break;
    picked.unshift(s);
    length += s.length + 1;
  }
  const focus = picked.join(" ");
  return focus.length > max ? focus.slice(-max) : focus;
}
