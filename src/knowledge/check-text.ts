/** Text measures the knowledge check compares: questions as a voter would type them, numbers, visible length. */

export function normalizeQuestion(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NUMBER =
  /(?<![\p{L}\d])(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2}):(\d{2})|\d{1,3}(?:([, \u00a0\u202f])\d{3}(?!\d))(?:\6\d{3}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/gu;

/** Digit groups of a text, canonicalised so that "1,050,000", "1 050 000", "53,9" and "53.90" compare equal across languages. */
export function extractNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const [token, day, , year, hour, minute] = m;
    if (day !== undefined && year !== undefined) {
      out.add(String(Number(day)));
      out.add(year);
    } else if (hour !== undefined && minute !== undefined) {
      out.add(`${Number(hour)}:${minute}`);
    } else {
      const grouped = m[6] !== undefined;
      let s = grouped ? token.replace(/[, \u00a0\u202f](?=\d{3}(?!\d))/g, "") : token;
      s = s.replace(",", ".");
      out.add(String(Number(s)));
    }
  }
  return out;
}

/** Characters a reader sees of a Telegram HTML message (tags and entities counted as what they show). */
export function visibleLength(html: string): number {
  const text = html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return [...text].length;
}
