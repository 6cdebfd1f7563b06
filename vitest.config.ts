import { defineConfig } from "vitest/config";

// Two projects so that a curator can run the fast checks alone (`npm run test:unit`): "unit" runs in-process
// against the fake Bot API; "process" starts real processes (the compiled bot in dist/, the CLIs) and so needs the
// build in test/global-setup.ts.
const processTests = ["test/main/**/*.test.ts", "test/e2e/**/*.test.ts", "test/cli/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // One temporary directory per run, removed at the end, so that a run leaves nothing behind.
    globalSetup: ["test/temp-dir-setup.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: processTests } },
      { extends: true, test: { name: "process", include: processTests, globalSetup: ["test/global-setup.ts"] } },
    ],
  },
});
