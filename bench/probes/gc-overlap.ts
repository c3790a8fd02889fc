/**
 * Which slow calls had a GC pause inside them: matches each call's window (caller INVITE
 * sent → agent INVITE received, from `bench:soak --latency --latency-dump FILE`) against
 * the pauses the gc-log probe wrote for every node process of that run.
 *
 *   RINGMESH_PROBE_DIR=/tmp/gcp RINGMESH_BENCH_NODE_FLAGS="--import=tsx --import=./bench/probes/gc-log.ts" \
 *     npx tsx bench/sip-soak.ts --split --cps 330 --runs 1 --agents 900 --latency --latency-dump /tmp/gcp/calls.jsonl
 *   npx tsx bench/probes/gc-overlap.ts /tmp/gcp/calls.jsonl /tmp/gcp [slow-ms, default 15]
 *
 * If most slow calls hold a pause and few fast ones do, GC is the tail; if not, it is not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Pause {
  readonly role: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

const [dump, dir, slowArg] = [process.argv.at(2), process.argv.at(3), process.argv.at(4)];
if (dump === undefined || dir === undefined) {
  console.error("usage: gc-overlap.ts <calls.jsonl> <probe dir> [slow-ms]");
  process.exit(2);
}
const slowMs = Number(slowArg ?? 15);

const calls = readFileSync(dump, "utf8")
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l) as { sentAtMs: number; ms: number });

const pauses: Pause[] = [];
for (const f of readdirSync(dir).filter((n) => /^gc-.*\.log$/.test(n))) {
  const role = f.split("-").at(1) ?? "?";
  for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
    const m = /^(\d+) gc (\S+) ([\d.]+)$/.exec(line);
    if (m !== null) pauses.push({ role, kind: m.at(2) ?? "?", start: Number(m.at(1)), end: Number(m.at(1)) + Number(m.at(3)) });
  }
}
pauses.sort((a, b) => a.start - b.start);

/** The pauses overlapping [from, to] (linear scan from a binary-searched start: pauses are few). */
function within(from: number, to: number): Pause[] {
  let lo = 0;
  let hi = pauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pauses.at(mid)?.start ?? 0) < from - 1000) lo = mid + 1;
    else hi = mid;
  }
  const out: Pause[] = [];
  for (const p of pauses.slice(lo)) {
    if (p.start > to) break;
    if (p.end >= from) out.push(p);
  }
  return out;
}

const share = (n: number, of: number): string => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`);
const slow = calls.filter((c) => c.ms > slowMs);
const fast = calls.filter((c) => c.ms <= slowMs);
const hit = (c: { sentAtMs: number; ms: number }) => within(c.sentAtMs, c.sentAtMs + c.ms);
const slowHit = slow.filter((c) => hit(c).length > 0);
const byRole = new Map<string, number>();
for (const c of slowHit) for (const role of new Set(hit(c).map((p) => `${p.role}:${p.kind}`))) byRole.set(role, (byRole.get(role) ?? 0) + 1);
console.log(`${calls.length} calls, ${pauses.length} pauses; slow (> ${slowMs} ms): ${slow.length} (${share(slow.length, calls.length)})`);
console.log(`  slow calls with a pause inside: ${slowHit.length} (${share(slowHit.length, slow.length)}), by process:kind ${JSON.stringify(Object.fromEntries(byRole))}`);
console.log(`  fast calls with a pause inside: ${share(fast.filter((c) => hit(c).length > 0).length, fast.length)}`);
const rest = slow.filter((c) => hit(c).length === 0).map((c) => c.ms).sort((a, b) => a - b);
if (rest.length > 0) console.log(`  slow calls without one: ${rest.length}, ms p50 ${rest[rest.length >> 1]?.toFixed(1)} max ${rest.at(-1)?.toFixed(1)}`);
