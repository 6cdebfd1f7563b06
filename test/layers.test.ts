import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The layers, lowest first: the domain (search, knowledge, rules, calendar) knows nothing of Telegram, the bot, the
// server or the storage, so it can be read, tested and reused alone (docs/search.md: "the search is pure").
// dpdm in `npm test` finds cycles; this finds an import that runs up the layers, which a cycle check does not.
const SRC = resolve(import.meta.dirname, "../src");
const DOMAIN = ["search", "knowledge", "rules", "calendar"];
const ABOVE = ["bot", "server", "storage", "notify", "local", "cli", "gaps"];

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

/** Every import of a domain file that reaches a layer above it, or grammY: "file → import". */
function upwardImports(): string[] {
  return DOMAIN.flatMap((layer) =>
    filesIn(join(SRC, layer)).flatMap((file) =>
      importsOf(file).flatMap((spec) => {
        const from = relative(SRC, file);
        if (/^(grammy|@grammyjs\/)/.test(spec)) return [`${from} → ${spec}`];
        if (!spec.startsWith(".")) return [];
        const target = relative(SRC, resolve(dirname(file), spec)).split("/")[0]!;
        return ABOVE.includes(target) ? [`${from} → ${spec}`] : [];
      }),
    ),
  );
}

describe("the layers", () => {
  it("the domain (search, knowledge, rules, calendar) imports nothing of the bot, server, storage or grammY", () => {
    expect(upwardImports()).toEqual([]);
  });
});
