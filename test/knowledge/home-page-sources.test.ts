import { describe, expect, it } from "vitest";
import { homePageSources, isHomePage } from "../../src/knowledge/home-page-sources.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { SOURCES } from "../../src/rules/sources.js";

describe("sources a journalist can follow", () => {
  it.each([
    ["https://kazpravda.kz", true],
    ["https://www.caravan.kz/", true],
    ["https://en.inform.kz", true],
    ["https://www.inform.kz/ru", true],
    ["https://www.inform.kz/ru/", true],
    ["https://kodeksy-kz.com/konstitutsiya/51.htm", false],
    ["https://www.caravan.kz/news/grafa-protiv-vsekh-895293", false],
    ["https://timesca.com/?p=51256", false],
    ["https://www.election.gov.kz", false],
    ["https://adilet.zan.kz/", false],
    ["not a url", false],
  ])("%s is a publisher's home page: %s", (url, home) => expect(isHomePage(url)).toBe(home));

  it("are an error for an entry written since the rule, a warning for the entries listed before it", () => {
    const sources = (url: string) => [{ title: "t", url }];
    const found = homePageSources(
      [
        { id: "brand-new", sources: sources("https://kazpravda.kz") },
        { id: "voter-documents", sources: sources("https://aqmolanews.kz") },
        { id: "fine", sources: sources("https://astanatimes.com/2023/03/x/") },
      ],
      new Set(["voter-documents"]),
    );
    expect(found).toEqual([
      { entryId: "brand-new", index: 0, url: "https://kazpravda.kz", known: false },
      { entryId: "voter-documents", index: 0, url: "https://aqmolanews.kz", known: true },
    ]);
  });

  it("hold for the knowledge base: no entry cites a publisher's home page", () => {
    expect(homePageSources(loadKnowledge().entries)).toEqual([]);
  });

  it("hold for the guided flows' own sources too", () => {
    expect(Object.entries(SOURCES).filter(([, url]) => isHomePage(url))).toEqual([]);
  });
});
