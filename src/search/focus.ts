/**
 * The part of a long message that asks: a voter who tells a story first ("I work at a factory, my friends say…")
 * puts the question at the end, usually with a question mark. For a message longer than `max`, this returns its
 * last sentences that end in "?" (else its last sentences), up to `max` characters, so the story's incidental words
 * do not pick the entry. A message within `max` is returned as it is: the sets the matcher is measured on are.
 */
export function questionFocus(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
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
