import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Tests and the processes they start make their scratch folders with os.tmpdir(), which reads TMPDIR. Pointing
// TMPDIR at one folder for the whole run, and removing it at the end, means no test has to clean up after itself
// for the run to leave nothing in the system's temp directory.
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "saylau-test-run-"));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
