import { describe, expect, it } from "vitest";
import { adiletIn, sourceHref } from "../../src/knowledge/source-url.js";

describe("adiletIn: a law's page in the reader's language", () => {
  it.each([
    // Kazakh and Russian texts exist for every act
    ["https://adilet.zan.kz/eng/docs/Z950002464_", "kaz", "https://adilet.zan.kz/kaz/docs/Z950002464_"],
    ["https://adilet.zan.kz/rus/docs/Z010000148_", "kaz", "https://adilet.zan.kz/kaz/docs/Z010000148_"],
    ["https://adilet.zan.kz/eng/docs/Z950002464_", "rus", "https://adilet.zan.kz/rus/docs/Z950002464_"],
    ["https://adilet.zan.kz/kaz/docs/U2300000105", "rus", "https://adilet.zan.kz/rus/docs/U2300000105"],
    // English only where the source itself is the English page
    ["https://adilet.zan.kz/eng/docs/K950001000_", "eng", "https://adilet.zan.kz/eng/docs/K950001000_"],
    ["https://adilet.zan.kz/rus/docs/Z010000148_", "eng", "https://adilet.zan.kz/rus/docs/Z010000148_"],
    // anything else is left as it is
    ["https://www.election.gov.kz/rus/news/", "kaz", "https://www.election.gov.kz/rus/news/"],
    ["https://adilet.zan.kz/rus/", "kaz", "https://adilet.zan.kz/rus/"],
  ] as const)("%s for %s is %s", (url, language, expected) => expect(adiletIn(url, language)).toBe(expected));

  it("reads the reader's language from a Lang", () => {
    expect(sourceHref("https://adilet.zan.kz/rus/docs/Z010000148_", "kk")).toBe(
      "https://adilet.zan.kz/kaz/docs/Z010000148_",
    );
  });
});
