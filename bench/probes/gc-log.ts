/**
 * A preload for a bench's node processes: every GC pause and, each second, the event
 * loop's lag and the heap, appended to `$RINGMESH_PROBE_DIR/gc-<role>-<pid>.log` (role
 * `signaling` for a `--services signaling` process, else `node`). It is how session 8 saw
 * that scavenges of 25–40 ms are the split shape's p99 at half load.
 *
 *   RINGMESH_BENCH_NODE_FLAGS="--import=tsx --import=./bench/probes/gc-log.ts" npm run bench:soak -- --split
 *
 * With `--latency --latency-dump FILE` on the soak, `gc-overlap.ts` tells how many of the
 * slow calls had a pause inside them.
 *
 * Lines: `<epoch ms at the pause's start> gc <minor|major|incremental|weakcb> <ms>` and
 * `<epoch ms> loop p99=<ms> max=<ms> heap=<MB>`.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";

const role = process.argv.includes("signaling") ? "signaling" : "node";
const file = join(process.env["RINGMESH_PROBE_DIR"] ?? "/tmp", `gc-${role}-${process.pid}.log`);
const KINDS: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental", 8: "weakcb" };
const lines: string[] = [];

function kindOf(e: PerformanceEntry): string {
  const detail = (e as PerformanceEntry & { readonly detail?: { readonly kind?: number } }).detail;
  return KINDS[detail?.kind ?? 0] ?? "other";
}

new PerformanceObserver((list) => {
  // The pause's start, so a call's window can be matched against it (gc-overlap.ts).
  for (const e of list.getEntries()) lines.push(`${Math.round(performance.timeOrigin + e.startTime)} gc ${kindOf(e)} ${e.duration.toFixed(2)}`);
}).observe({ entryTypes: ["gc"] });

const lag = monitorEventLoopDelay({ resolution: 5 });
lag.enable();
setInterval(() => {
  lines.push(`${Date.now()} loop p99=${(lag.percentile(99) / 1e6).toFixed(1)} max=${(lag.max / 1e6).toFixed(1)} heap=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}MB`);
  lag.reset();
  appendFileSync(file, `${lines.join("\n")}\n`);
  lines.length = 0;
}, 1000).unref();
