import { describe, expect, it } from "vitest";
import { bodiesIn } from "../../../src/search/analysis/bodies.js";

describe("bodiesIn", () => {
  // SALIENT_GROUPS: 0 Mazhilis, 1 maslikhat, 2 Senate, 3 Kurultai, 4 referendum, 5 President.
  it.each<[string, number[]]>([
    ["мәслихатқа кандидат", [1]],
    ["kurultai and the Mazhilis", [0, 3]],
    ["құрылтайдың депутаттары", [3]],
    ["вице-президентті кім тағайындайды", []],
    ["Президенттің жарлығы", [5]],
    ["how do I vote", []],
  ])("%j names %j", (text, bodies) => {
    expect(bodiesIn([text])).toEqual(bodies);
  });
});
