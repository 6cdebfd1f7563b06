import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function kbGaps(dataDir: string, args: string[] = []): string {
  return execFileSync(process.execPath, ["--import", "tsx", "src/cli/kb-gaps.ts", ...args], {
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir },
    encoding: "utf8",
  });
}

describe("npm run kb:gaps", () => {
  const dir = mkdtempSync(join(tmpdir(), "saylau-gaps-"));
  const lines = [
    { q: "Можно ли голосовать по доверенности?", lang: "ru", at: "2026-03-01T10:00:00.000Z" },
    { q: "можно ли голосовать по доверенности", lang: "ru", at: "2026-03-02T10:00:00.000Z" },
    { q: "Where is the nearest tram stop?", lang: "en", at: "2026-03-02T11:00:00.000Z" },
  ];
  writeFileSync(join(dir, "gaps.jsonl"), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n{broken line\n`);

  it("lists the recorded questions grouped and counted, most asked first", () => {
    const out = kbGaps(dir);
    expect(out).toMatch(/3 unanswered questions in 2 groups/);
    const rows = out.split("\n").filter((l) => /^\s+\d+\s/.test(l));
    expect(rows[0]).toMatch(/^\s+2\s+Можно ли голосовать по доверенности\?\s+\[ru 2; last 2026-03-02\]/);
    expect(rows[1]).toMatch(/^\s+1\s+Where is the nearest tram stop\?/);
  });

  it("prints JSON lines with --json", () => {
    const groups = kbGaps(dir, ["--json"])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { count: number });
    expect(groups.map((g) => g.count)).toEqual([2, 1]);
  });

  it("shows the 👍/👎 counts per answer next to the gaps, least liked first", () => {
    const withVotes = mkdtempSync(join(tmpdir(), "saylau-gaps-votes-"));
    writeFileSync(
      join(withVotes, "counters.json"),
      JSON.stringify({
        "feedback:polling-hours:up": 4,
        "feedback:home-voting:down": 3,
        "feedback:home-voting:up": 1,
        other: 9,
      }),
    );
    const out = kbGaps(withVotes);
    expect(out).toMatch(/no unanswered questions recorded/);
    const rows = out.split("\n").filter((l) => l.includes("👍"));
    expect(rows).toEqual([
      expect.stringMatching(/👍\s+1\s+👎\s+3\s+home-voting/),
      expect.stringMatching(/👍\s+4\s+👎\s+0\s+polling-hours/),
    ]);
    const json = kbGaps(withVotes, ["--json"])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    expect(json).toEqual([
      { entry: "home-voting", up: 1, down: 3 },
      { entry: "polling-hours", up: 4, down: 0 },
    ]);
  });

  it("says so when nothing was recorded", () => {
    expect(kbGaps(mkdtempSync(join(tmpdir(), "saylau-gaps-empty-")))).toMatch(/no unanswered questions recorded/);
  });
});
