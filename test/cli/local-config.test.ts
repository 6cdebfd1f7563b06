import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localConfig } from "../../src/cli/local-config.js";

const dir = mkdtempSync(join(tmpdir(), "saylau-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("localConfig (ask, chat)", () => {
  it("takes BOT_NOW from .env, the environment first, without copying .env into process.env", () => {
    const file = join(dir, ".env");
    writeFileSync(file, "BOT_NOW=2023-03-01\nLOG_LEVEL=info\nBOT_TOKEN=1:abc\n");
    expect(localConfig("ask", {}, file).BOT_NOW?.toISOString()).toBe("2023-02-28T19:00:00.000Z");
    expect(localConfig("ask", { BOT_NOW: "2026-12-04" }, file).BOT_NOW?.toISOString()).toBe("2026-12-03T19:00:00.000Z");
    expect(localConfig("ask", {}, file).mode).toBe("terminal");
    expect(process.env.BOT_NOW).toBeUndefined();
  });

  it("without .env uses the environment alone", () => {
    expect(localConfig("chat", {}, join(dir, "missing.env")).BOT_NOW).toBeUndefined();
  });
});
