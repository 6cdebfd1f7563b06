import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const dt = p.timeDeltas; let total = 0;
const counts = new Map();
p.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
const byFn = new Map(), byFile = new Map();
for (const [id, t] of counts) {
  const n = byId.get(id); const cf = n.callFrame;
  const file = cf.url.replace(/.*node_modules\//, "nm:").replace(/.*\/work\/main\//, "").split("/").slice(0, 3).join("/");
  const k = `${cf.functionName || "(anon)"} ${file}:${cf.lineNumber}`;
  byFn.set(k, (byFn.get(k) ?? 0) + t);
  byFile.set(file || cf.functionName, (byFile.get(file || cf.functionName) ?? 0) + t);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(100 * t / total).toFixed(1).padStart(5)}% ${n}`).join("\n");
console.log("== by file\n" + top(byFile, 25) + "\n== by fn\n" + top(byFn, 40));
