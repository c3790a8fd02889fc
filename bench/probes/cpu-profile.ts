/**
 * A preload for a bench's node processes: V8's CPU profiler over a window of the run.
 * SIGUSR1 starts it, SIGUSR2 stops it and writes
 * `$RINGMESH_PROBE_DIR/cpu-<role>-<pid>.cpuprofile` (Chrome DevTools opens it);
 * `cpu-summary.ts` sums self time per function and file, per call.
 *
 *   RINGMESH_BENCH_NODE_FLAGS="--import=tsx --import=./bench/probes/cpu-profile.ts" npm run bench:soak -- --split
 *   kill -USR1 <pids>; … ; kill -USR2 <pids>
 *   npx tsx bench/probes/cpu-summary.ts /tmp/cpu-signaling-<pid>.cpuprofile <calls in the window>
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const role = process.argv.includes("signaling") ? "signaling" : "node";
const file = join(process.env["RINGMESH_PROBE_DIR"] ?? "/tmp", `cpu-${role}-${process.pid}.cpuprofile`);
const session = new Session();
session.connect();
session.post("Profiler.enable");
// 500 µs between samples: fine enough for µs-per-call figures over a 10 s window, cheap enough not to move them.
session.post("Profiler.setSamplingInterval", { interval: 500 });

process.on("SIGUSR1", () => session.post("Profiler.start"));
process.on("SIGUSR2", () => {
  session.post("Profiler.stop", (err, result) => {
    if (err === null) writeFileSync(file, JSON.stringify(result.profile));
  });
});
