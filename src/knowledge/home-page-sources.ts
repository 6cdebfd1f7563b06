import type { Entry } from "./schema.js";

// Official sites whose home page is itself the pointer a voter needs ("see the CEC's website").
const OFFICIAL_HOMES = new Set(["election.gov.kz", "adilet.zan.kz", "akorda.kz", "gov.kz", "egov.kz", "osce.org"]);

/**
 * Entries that still cite a publisher's home page (the article could not be found): reported as warnings until a
 * curator finds its own address. Any other entry citing a home page is an error, so no new one comes in. Empty
 * since the last one (voter-documents) got its article's address; the mechanism stays for data a curator imports.
 */
export const ENTRIES_WITH_HOME_PAGE_SOURCES: ReadonlySet<string> = new Set<string>();

/** A URL that names a site but no page of it: "https://kazpravda.kz", "https://www.caravan.kz/", ".../ru". */
export function isHomePage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^www\./, "");
  // A language's front page ("https://www.inform.kz/ru") is a home page too.
  const home = /^\/?([a-z]{2}\/?)?$/.test(parsed.pathname);
  return home && !parsed.search && !OFFICIAL_HOMES.has(host);
}

export interface HomePageSource {
  entryId: string;
  index: number;
  url: string;
  /** Written before the rule: a warning, not an error. */
  known: boolean;
}

/** Every source that is a publisher's home page rather than the article a journalist could follow. */
export function homePageSources(
  entries: readonly Pick<Entry, "id" | "sources">[],
  known: ReadonlySet<string> = ENTRIES_WITH_HOME_PAGE_SOURCES,
): HomePageSource[] {
  return entries.flatMap((e) =>
    e.sources.flatMap((s, index) =>
      isHomePage(s.url) ? [{ entryId: e.id, index, url: s.url, known: known.has(e.id) }] : [],
    ),
  );
}
