/**
 * A preload for a bench's node processes: V8's sampling heap profiler, counting objects
 * the GC already collected too (so it shows what a call allocates, not only what it
 * keeps). SIGUSR1 starts it, SIGUSR2 stops it and writes
 * `$RINGMESH_PROBE_DIR/alloc-<role>-<pid>.json`; `alloc-summary.ts` sums it per function
 * and file. With RINGMESH_ALLOC_LIVE=1 it counts only what is still alive at the stop, with
 * RINGMESH_ALLOC_LIVE=survivors what outlived a young GC.
 *
 *   RINGMESH_BENCH_NODE_FLAGS="--import=tsx --import=./bench/probes/alloc-profile.ts" npm run bench:soak -- --split
 *   kill -USR1 <pids>; … ; kill -USR2 <pids>
 *   npx tsx bench/probes/alloc-summary.ts /tmp/alloc-signaling-<pid>.json <calls in the window>
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const role = process.argv.includes("signaling") ? "signaling" : "node";
const file = join(process.env["RINGMESH_PROBE_DIR"] ?? "/tmp", `alloc-${role}-${process.pid}.json`);
// RINGMESH_ALLOC_LIVE=1: only what the window allocated and still holds at SIGUSR2: what
// lingers. RINGMESH_ALLOC_LIVE=survivors: also what a major GC collected later, i.e.
// everything that outlived a young GC (each scavenge copied it, most were promoted),
// however briefly it lived after: a call's state while it lasts.
const mode = process.env["RINGMESH_ALLOC_LIVE"];
const live = mode === "1" || mode === "survivors";
const session = new Session();
session.connect();
session.post("HeapProfiler.enable");

process.on("SIGUSR1", () => {
  session.post("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: !live || mode === "survivors", includeObjectsCollectedByMinorGC: !live });
});
process.on("SIGUSR2", () => {
  session.post("HeapProfiler.stopSampling", (err, result) => {
    if (err === null) writeFileSync(file, JSON.stringify(result.profile));
  });
});
