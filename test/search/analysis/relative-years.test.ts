import { describe, expect, it } from "vitest";
import { withRelativeYears } from "../../../src/search/analysis/relative-years.js";

describe("withRelativeYears", () => {
  it.each([
    ["did kazakhstan have any elections this year", "did kazakhstan have any elections 2026"],
    ["what happened last year", "what happened 2025"],
    ["any vote next year?", "any vote 2027?"],
    ["были ли выборы в этом году", "были ли выборы 2026"],
    ["итоги прошлого года", "итоги 2025"],
    ["что будет в следующем году", "что будет 2027"],
    ["v etom godu byli vybory?", "2026 byli vybory?"],
    ["биыл сайлау болды ма", "2026 сайлау болды ма"],
    ["былтыр не болды", "2025 не болды"],
    ["келесі жылы сайлау бола ма", "2027 сайлау бола ма"],
    ["this yearly report", "this yearly report"],
    ["биылдан бастап", "биылдан бастап"],
  ])("%j → %j", (text, expected) => expect(withRelativeYears(text, 2026)).toBe(expected));
});
