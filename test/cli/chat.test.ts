import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readLine } from "../../src/cli/chat.js";
import type { Button } from "../../src/local/local-chat.js";

const buttons: Button[] = [
  { text: "Yes", data: "g:el:residence:yes", messageId: 1 },
  { text: "Site", url: "https://example.org", messageId: 1 },
  { text: "No", data: "g:el:residence:no", messageId: 1 },
];

describe("readLine", () => {
  it.each([
    ["#1", "g:el:residence:yes"],
    ["#2", "g:el:residence:no"],
    [" # 2 ", "g:el:residence:no"],
  ])("presses a button for %j, counting only buttons that can be pressed", (line, data) => {
    expect(readLine(line, buttons)).toEqual({ kind: "press", button: expect.objectContaining({ data }) });
  });

  it.each(["1", "12", "27", "14.05.1990", "#1 more", "how do I vote #1"])(
    "sends %j as a message, even a bare number",
    (line) => {
      expect(readLine(line, buttons)).toEqual({ kind: "send", text: line.trim() });
    },
  );

  it("says when there is no such button, and ignores empty lines", () => {
    expect(readLine("#3", buttons)).toEqual({ kind: "noButton", n: 3 });
    expect(readLine("#0", [])).toEqual({ kind: "noButton", n: 0 });
    expect(readLine("   ", buttons)).toBeNull();
  });
});

function chat(lines: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LOG_LEVEL: "silent" },
  });
  return { status: run.status, stdout: run.stdout };
}

describe("the terminal chat", () => {
  it("takes a typed number as the answer at a free-text step and presses buttons with #N", () => {
    // #1 Mazhilis party list, #1 Yes (citizen), "1" is the age (a Back button is #1 there), #3 is Back at residence.
    const { status, stdout } = chat(["/eligibility", "#1", "#1", "1", "#3", "#7"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Saylau bot.*#2/);
    expect(stdout.match(/Are you a citizen of Kazakhstan\?/g)).toHaveLength(1);
    expect(stdout).toContain("Have you lived permanently in Kazakhstan");
    expect(stdout.match(/How old are you\?/g)).toHaveLength(2);
    expect(stdout).toContain("[#1] ⬅️ Back");
    expect(stdout).toContain("There is no button #7 under the last message.");
  });
});
