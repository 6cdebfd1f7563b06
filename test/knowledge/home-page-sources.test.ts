import { describe, expect, it } from "vitest";
import { homePageSources, isHomePage } from "../../src/knowledge/home-page-sources.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

describe("sources a journalist can follow", () => {
  it.each([
    ["https://kazpravda.kz", true],
    ["https://www.caravan.kz/", true],
    ["https://en.inform.kz", true],
    ["https://www.caravan.kz/news/grafa-protiv-vsekh-895293", false],
    ["https://timesca.com/?p=51256", false],
    ["https://www.election.gov.kz", false],
    ["https://adilet.zan.kz/", false],
    ["not a url", false],
  ])("%s is a publisher's home page: %s", (url, home) => expect(isHomePage(url)).toBe(home));

  it("are an error for an entry written since the rule, a warning for the entries listed before it", () => {
    const sources = (url: string) => [{ title: "t", url }];
    const found = homePageSources([
      { id: "brand-new", sources: sources("https://kazpravda.kz") },
      { id: "polling-hours", sources: sources("https://en.inform.kz") },
      { id: "fine", sources: sources("https://astanatimes.com/2023/03/x/") },
    ]);
    expect(found).toEqual([
      { entryId: "brand-new", index: 0, url: "https://kazpravda.kz", known: false },
      { entryId: "polling-hours", index: 0, url: "https://en.inform.kz", known: true },
    ]);
  });

  it("hold for the knowledge base: no entry outside the known list cites a home page", () => {
    expect(homePageSources(loadKnowledge().entries).filter((h) => !h.known)).toEqual([]);
  });
});
