/** Edits allowed for a word of this length: none below 4 letters, one up to 7, two from 8. */
export function maxEdits(length: number, minLength: number): number {
  if (length < minLength) return 0;
  return length >= 8 ? 2 : 1;
}

// Three rows of the distance table, reused: a question's new words are each compared with dozens of candidates.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment), or max + 1 beyond max. */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [before, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
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

const WORDS = 1 << 20;

/**
 * Where a key sits in sorted keys, or -1. The search starts from the key's top 16 bits: a few steps in one small
 * slice instead of 18 across the whole array (200,000 keys), each of them likely a cache miss.
 */
export function keyFinder(keys: Uint32Array): (key: number) => number {
  const starts = new Uint32Array((1 << 16) + 1);
  for (let i = 0; i < keys.length; i++) starts[(keys[i]! >>> 16) + 1]!++;
  for (let b = 0; b < 1 << 16; b++) starts[b + 1]! += starts[b]!;
  return (key) => {
    const bucket = key >>> 16;
    for (let i = starts[bucket]!, end = starts[bucket + 1]!; i < end; i++) {
      const v = keys[i]!;
      if (v === key) return i;
      if (v > key) break;
    }
    return -1;
  };
}

/** FNV-1a over UTF-16 code units. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Symmetric-delete lookup (the SymSpell idea): every word and the query are reduced by up to two deleted letters,
 * and words sharing a reduction become candidates. Lookup cost does not grow with the vocabulary.
 * Reductions are kept as 32-bit hashes in sorted typed arrays: a string map of them took ~20 MB of heap, this takes
 * a fifth of that. A hash collision only adds a candidate, and every candidate is checked by edit distance anyway.
 * The words of reduction keys[k] are vocabulary[owners[i]] for i in starts[k] .. starts[k + 1].
 */
export interface FuzzyIndex {
  minLength: number;
  vocabulary: string[];
  keys: Uint32Array;
  starts: Uint32Array;
  owners: Int32Array;
}

export function buildFuzzyIndex(words: Iterable<string>, minLength: number): FuzzyIndex {
  const vocabulary: string[] = [];
  let pairs = new Float64Array(1 << 16);
  let count = 0;
  for (const word of words) {
    const edits = maxEdits(word.length, minLength);
    if (edits === 0) continue;
    const keys = new Set<string>([word]);
    deletes(word, edits, keys);
    if (count + keys.size > pairs.length) {
      const grown = new Float64Array(Math.max(pairs.length * 2, count + keys.size));
      grown.set(pairs.subarray(0, count));
      pairs = grown;
    }
    if (vocabulary.length >= WORDS) throw new RangeError(`buildFuzzyIndex: more than ${WORDS} words`);
    // hash × 2^20 + word number sorts by hash, then by word, in one exact double (52 bits).
    for (const k of keys) pairs[count++] = hash(k) * WORDS + vocabulary.length;
    vocabulary.push(word);
  }
  const sorted = pairs.subarray(0, count).sort();
  const hashes: number[] = [];
  const starts: number[] = [];
  const owners = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const h = Math.floor(sorted[i]! / WORDS);
    owners[i] = sorted[i]! - h * WORDS;
    if (hashes[hashes.length - 1] !== h) {
      hashes.push(h);
      starts.push(i);
    }
  }
  starts.push(count);
  return { minLength, vocabulary, keys: Uint32Array.from(hashes), starts: Uint32Array.from(starts), owners };
}

/** The indexed words within reach of `word`'s reductions: candidates, to be checked by edit distance. */
export function fuzzyLookup({
  minLength,
  vocabulary,
  keys,
  starts: startOf,
  owners,
}: FuzzyIndex): (word: string) => string[] {
  const indexOf = keyFinder(keys);
  let prefix = new Uint32Array(32);
  return (word) => {
    const edits = maxEdits(word.length, minLength);
    if (edits === 0) return [];
    const n = word.length;
    if (prefix.length <= n) prefix = new Uint32Array(n * 2 + 1);
    // prefix[i] is the hash state after word's first i letters: a reduction's hash resumes from it, no string built.
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      prefix[i] = h;
      h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    }
    prefix[n] = h;
    const resume = (state: number, from: number, to: number) => {
      for (let i = from; i < to; i++) state = Math.imul(state ^ word.charCodeAt(i), 0x01000193);
      return state;
    };
    const found = new Set<number>();
    const add = (key: number) => {
      const at = indexOf(key >>> 0);
      if (at >= 0) for (let i = startOf[at]!; i < startOf[at + 1]!; i++) found.add(owners[i]!);
    };
    // Reductions in the order `deletes` makes them (repeats only look up again), so candidates keep their order.
    add(h);
    for (let i = 0; i < n; i++) {
      add(resume(prefix[i]!, i + 1, n));
      if (edits < 2) continue;
      for (let j = 0; j < n - 1; j++) {
        const a = Math.min(j, i);
        const b = j < i ? i : j + 1;
        add(resume(resume(prefix[a]!, a + 1, b), b + 1, n));
      }
    }
    return [...found].map((i) => vocabulary[i]!);
  };
}
