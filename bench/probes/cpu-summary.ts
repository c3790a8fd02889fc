/**
 * Sums a CPU profile (cpu-profile.ts, or node --cpu-prof) as self time per function and
 * per file, in µs per call.
 *   npx tsx bench/probes/cpu-summary.ts <profile.cpuprofile> [calls]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const path = process.argv.at(2);
if (path === undefined) throw new Error("usage: cpu-summary.ts <profile.cpuprofile> [calls]");
const calls = Number(process.argv.at(3) ?? 1);
const profile = JSON.parse(readFileSync(path, "utf8")) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  // A sample's delta is the time since the previous one: it is charged to this sample's frame.
  const us = profile.timeDeltas[i] ?? 0;
  const frame = nodes.get(id)?.callFrame;
  if (frame === undefined) return;
  const file = frame.url.replace(/^file:\/\//, "").replace(/^.*?\/(services|lib|bench|node_modules)\//, "$1/") || "(native)";
  const fn = `${frame.functionName || "(anonymous)"} ${file}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  total += us;
});
const per = (us: number): string => `${(us / calls).toFixed(1).padStart(8)} µs`;
const top = (m: Map<string, number>, n: number): string[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${per(v)}  ${k}`);
console.log(`total ${(total / 1e6).toFixed(2)} s, ${per(total).trim()} per call over ${calls} calls`);
console.log(top(byFunction, 40).join("\n"));
console.log("by file:");
console.log(top(byFile, 25).join("\n"));
