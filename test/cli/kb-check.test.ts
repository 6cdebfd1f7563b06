import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";

// Walkthrough 12: knowledge/ held 12 files and kb:check said "no problems in 9".
it("npm run kb:check counts every knowledge file it checked", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "src/cli/kb-check.ts"], { encoding: "utf8" });
  const files = readdirSync("knowledge").filter((f) => f.endsWith(".yaml")).length;
  expect(out.trim().split("\n").at(-1)).toMatch(new RegExp(`^kb:check: no problems in ${files} knowledge files`));
});
