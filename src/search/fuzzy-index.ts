/** Edits allowed for a word of this length: none below 4 letters, one up to 7, two from 8. */
export function maxEdits(length: number, minLength: number): number {
  if (length < minLength) return 0;
  return length >= 8 ? 2 : 1;
}

function deletes(word: string, edits: number, out: Set<string>): void {
  if (edits === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (out.has(d)) continue;
    out.add(d);
    deletes(d, edits - 1, out);
  }
}

/**
 * Symmetric-delete lookup (the SymSpell idea): every word and the query are reduced by up to two deleted letters,
 * and words sharing a reduction become candidates. Lookup cost does not grow with the vocabulary.
 */
export function createFuzzyIndex(words: Iterable<string>, minLength: number): (word: string) => string[] {
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (!list) byDelete.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };
  for (const word of words) {
    const edits = maxEdits(word.length, minLength);
    if (edits === 0) continue;
    add(word, word);
    const set = new Set<string>();
    deletes(word, edits, set);
    for (const d of set) add(d, word);
  }
  return (word) => {
    const edits = maxEdits(word.length, minLength);
    if (edits === 0) return [];
    const keys = new Set<string>([word]);
    deletes(word, edits, keys);
    const found = new Set<string>();
    for (const k of keys) for (const w of byDelete.get(k) ?? []) found.add(w);
    return [...found];
  };
}
