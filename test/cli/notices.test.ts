import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function notices(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/notices.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run notices", () => {
  it("lists the notices of a day with their text, in the language asked, and sends nothing", () => {
    const { status, stdout } = notices(["--at", "2029-03-16", "--lang", "ru", "--knowledge", "test/fixtures/notify"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^2029-03-16: 2 /);
    expect(stdout).toContain("called:elections-2029");
    expect(stdout).toContain("remind:silence-eve-2029 (2029-03-16T13:00:00.000Z)");
    expect(stdout).toContain("Завтра — день тишины");
    expect(stdout).not.toMatch(/<b>/);
  });

  it("takes the day from BOT_NOW when --at is not given", () => {
    const { status, stdout } = notices(["--knowledge", "test/fixtures/notify"], { BOT_NOW: "2029-03-10T12:00" });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^2029-03-10: 2 [\s\S]*remind:absentee-end-2029/);
  });

  it("refuses a date that is not one, in one line", () => {
    const { status, stderr } = notices(["--at", "2029-02-30"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^notices: --at must be a date/);
  });
});
