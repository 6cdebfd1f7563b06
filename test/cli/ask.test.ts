import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function ask(args: string[], input = "", env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("ask's options", () => {
  it("prints the usage for --help and -h, and a clear line for an unknown option, never a stack trace", () => {
    for (const flag of ["--help", "-h"]) {
      const help = ask([flag]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run --silent ask/);
    }
    const bad = ask(["--bogus", "x"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^ask: unknown option --bogus\nusage:/);
    expect(bad.stderr).not.toContain("    at ");
  });
});

describe("ask --jsonl", () => {
  it("writes one JSON line per question, in order, with the contract's fields", () => {
    const input = [
      { q: "what time do polls close", lang: "en" },
      { q: "Какой сегодня курс доллара к тенге?", lang: "ru" },
      { q: "Мәжіліс сайлауы қай күні өтті" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    const { status, stdout } = ask(["--jsonl"], `${input}\nnot json\n`);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(Object.keys(line)).toEqual(expect.arrayContaining(["q", "lang", "id", "score", "text", "suggestions"]));
    expect(lines[0]).toMatchObject({ q: "what time do polls close", lang: "en", id: "polling-hours" });
    expect(lines[0]!.text).toMatch(/07:00[\s\S]*20:00/);
    expect(lines[1]).toMatchObject({ lang: "ru", id: null, score: null });
    expect(lines[2]).toMatchObject({ lang: "kk", id: "election-date" });
    expect(lines[3]).toMatchObject({ id: null, error: "not JSON" });
  });

  it("reads lines with the same chat value as one conversation, and a line without it alone", () => {
    const input = [
      { q: "How old must a Mazhilis candidate be?", lang: "en", chat: "a" },
      { q: "And for maslikhats?", lang: "en", chat: "b" },
      { q: "And for maslikhats?", lang: "en", chat: "a" },
      { q: "And for maslikhats?", lang: "en" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    const lines = ask(["--jsonl"], input)
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["mazhilis-candidate", lines[1]!.id, "maslikhat-candidate", lines[1]!.id]);
    expect(lines[1]!.id).not.toBe("maslikhat-candidate");
    expect(Object.keys(lines[2]!)).not.toContain("chat");
  });

  it("prints the reply as plain text for a single question", () => {
    const { status, stdout } = ask(["--lang", "ru", "во сколько открываются участки"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/07:00/);
    expect(stdout).not.toMatch(/<b>|&lt;/);
    // Links are notes under the text, as in the terminal chat, not addresses inside the sentences.
    expect(stdout).not.toMatch(/\(https?:/);
    expect(stdout).toMatch(/^\[1\] https:\/\//m);
  });

  it("refuses a bad BOT_NOW in one line instead of answering on the wrong day", () => {
    const { status, stdout, stderr } = ask(["when is election day"], "", { BOT_NOW: "2023-02-30" });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toMatch(
      /^ask: Invalid configuration \(see \.env\.example\): BOT_NOW: "2023-02-30" is not an ISO date[^\n]*$/,
    );
  });

  it("rejects an unknown language with a usage message", () => {
    const { status, stderr } = ask(["--lang", "de", "hello"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/kk, ru or en/);
  });
});

describe("ask with a closed output", () => {
  it("exits quietly when its reader goes away (ask … | head -1)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--jsonl"], {
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const first = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdin.write(`${JSON.stringify({ q: "when is the election", lang: "en" })}\n`);
    await first;
    child.stdout.destroy();
    // Written after the reader left: without the handler, this is "Error: write EPIPE" and a stack trace.
    for (let i = 0; i < 20; i++)
      child.stdin.write(`${JSON.stringify({ q: "what time do polls close", lang: "en" })}\n`);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|at /);
    expect(code).toBe(0);
  });
});
