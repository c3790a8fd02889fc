/**
 * Sums a sampling heap profile (alloc-profile.ts) per function and per file, per call.
 *   npx tsx bench/probes/alloc-summary.ts <profile.json> [calls]
 * Code run through tsx reports line 1 for every function; the file and name still tell.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly selfSize: number;
  readonly children: readonly ProfileNode[];
}

const path = process.argv.at(2);
if (path === undefined) throw new Error("usage: alloc-summary.ts <profile.json> [calls]");
const calls = Number(process.argv.at(3) ?? 1);
const head = (JSON.parse(readFileSync(path, "utf8")) as { head: ProfileNode }).head;
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
const stack: ProfileNode[] = [head];
for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
  const file = n.callFrame.url.replace(/^file:\/\//, "").replace(/^.*?\/(services|lib|bench|node_modules)\//, "$1/") || "(native)";
  const fn = `${n.callFrame.functionName || "(anonymous)"} ${file}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + n.selfSize);
  byFile.set(file, (byFile.get(file) ?? 0) + n.selfSize);
  total += n.selfSize;
  stack.push(...n.children);
}
const kb = (bytes: number): string => `${(bytes / calls / 1000).toFixed(1).padStart(8)} KB`;
console.log(`total ${(total / 1e6).toFixed(0)} MB, ${kb(total).trim()} per call over ${calls} calls`);
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${kb(v)}  ${k}`);
console.log("by file:");
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${kb(v)}  ${k}`);
