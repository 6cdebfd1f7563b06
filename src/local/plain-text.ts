const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"' };

export function htmlToPlain(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, url: string, title: string) => `${title} (${url})`)
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot);/g, (m) => ENTITIES[m] ?? m);
}

// A link is shown as "title (url)" by the plain-text rendering; a terminal reader gets the title and a note number,
// and the addresses once each, dimmed, under the message: a /calendar reply cites a dozen long URLs.
// An address may hold parentheses of its own ("…/Выборы_(2023)"), balanced.
const LINK = / \((https?:\/\/(?:[^\s()]|\([^\s()]*\))+)\)/g;

/**
 * The text with each link's address replaced by a note number, and the notes ("[1] https://…"), one per address new
 * to `urls`: the addresses already numbered in the turn (its earlier messages) keep their numbers, so the notes of one
 * turn never repeat a number.
 */
export function linkNotes(text: string, urls: string[] = []): { text: string; notes: string[] } {
  const first = urls.length;
  const body = text.replace(LINK, (_, url: string) => {
    let i = urls.indexOf(url);
    if (i < 0) i = urls.push(url) - 1;
    return ` [${i + 1}]`;
  });
  return { text: body, notes: urls.slice(first).map((url, i) => `[${first + i + 1}] ${readable(url)}`) };
}

/** An address as a browser's bar shows it: a Cyrillic path is 250 characters of "%d0%bf…" percent-encoded. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
