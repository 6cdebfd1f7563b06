import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

const kb = loadKnowledge();
const searcher = createSearcher(kb.entries, {}, kb.offTopic);

// Questions a newcomer's walkthrough (9 and 10) typed that got a neighbouring entry's answer or none, with the entry that
// answers them. Each is a question of its own kind, not a copy of an evaluation set's.
describe("walkthrough questions answered by the entry that answers them", () => {
  it.each([
    ["who is the president of kazakhstan", "presidential-2022"],
    ["кто президент казахстана", "presidential-2022"],
    ["қазақстан президенті кім", "presidential-2022"],
    ["маслихат проходной барьер", "maslikhat-threshold"],
    ["мәслихатқа өту шегі қанша", "maslikhat-threshold"],
    ["what is the threshold for maslikhat", "maslikhat-threshold"],
    ["кепілпұл қанша", "election-deposit"],
    ["будут ли выборы в 2027", "next-election"],
    ["келесі жылы сайлау бола ма", "next-election"],
    ["will there be elections in 2027", "next-election"],
    ["студенттер қалай дауыс береді", "voting-away-from-home"],
    ["как голосуют студенты", "voting-away-from-home"],
    ["how do students vote", "voting-away-from-home"],
    ["I am sick, how can I vote", "home-voting"],
    // walkthrough 10
    ["Будет ли досрочные выборы президента?", "next-presidential-election"],
    ["will there be an early presidential election", "next-presidential-election"],
    ["кезектен тыс президент сайлауы бола ма", "next-presidential-election"],
    ["стоит ли голосовать", "voting-voluntary"],
    ["is it worth voting", "voting-voluntary"],
    ["were there violations in 2023", "observer-assessments"],
    ["куәлік жоғалып қалса", "voter-documents"],
    // walkthrough 11: a hospital is home voting, not the results a story paraphrase told from a hospital bed
    ["I am in hospital, how can I vote", "home-voting"],
    ["я в больнице, как проголосовать", "home-voting"],
    ["где голосовать если я в больнице", "home-voting"],
    ["ауруханадамын, дауыс бере аламын ба", "home-voting"],
    // neutral, whatever the election: which party to choose is never the election's results
    ["какую партию выбрать на выборах в курултай", "who-to-vote-for"],
    ["құрылтай сайлауында қай партияны таңдаған дұрыс", "who-to-vote-for"],
    ["which party should I choose in the kurultai election", "who-to-vote-for"],
  ])("%j answers %s", (question, expected) => {
    const d = searcher.decide(question);
    expect(d.kind === "answer" ? d.hit.id : d.kind).toBe(expected);
  });
});
