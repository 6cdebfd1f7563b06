import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TOKEN = "123456:startup-test-token";

function runBot(env: Record<string, string>, killAfterMs = 60_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["dist/src/main.js"], {
      env: {
        PATH: process.env.PATH ?? "",
        BOT_TOKEN: TOKEN,
        DATA_DIR: mkdtempSync(join(tmpdir(), "saylau-startup-")),
        LOG_LEVEL: "warn",
        NOTICES: "off",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe("start-up when something it needs does not answer", () => {
  it("exits non-zero with one line naming getMe and the Bot API address when the Bot API refuses connections", async () => {
    const { code, out } = await runBot({ TELEGRAM_API_ROOT: "http://127.0.0.1:1" });
    expect(code).toBe(1);
    expect(out).toMatch(
      /saylau-bot: failed to start: StartupError: getMe failed at http:\/\/127\.0\.0\.1:1 after 3 attempts/,
    );
    expect(out.trim().split("\n").at(-1)).toMatch(/^saylau-bot: failed to start/);
    expect(out).not.toContain(TOKEN.split(":")[1]);
  }, 60_000);

  it("exits non-zero naming Redis when REDIS_URL accepts the connection but never answers", async () => {
    // A port that accepts and then says nothing, like a frozen Redis.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const { code, out } = await runBot({
        REDIS_URL: `redis://127.0.0.1:${port}`,
        TELEGRAM_API_ROOT: "http://127.0.0.1:1",
      });
      expect(code).toBe(1);
      expect(out).toMatch(/saylau-bot: failed to start: .*Redis/);
    } finally {
      silent.close();
    }
  }, 60_000);
});
