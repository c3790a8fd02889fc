/**
 * SIP soak (not a test): one Ringmesh node with N agents, the same fixed call rate for
 * several 20 s runs in a row, to see what builds up between runs rather than the peak
 * rate (bench:sip): setup latency per run, the node's heap and GC time, CPU per call,
 * UDP receive-buffer drops, and the round trip of a NATS probe beside the node (to tell
 * a slow node from a slow server or box). It found the session-5 heap growth: finished
 * calls kept alive by lingering transactions, and mailboxes pinning taken messages.
 *
 *   npm run bench:soak -- [--cps 200] [--runs 4] [--agents 600] [--secs 20] [--split] [--latency [--latency-dump FILE]]
 *
 * --split runs signaling and the actors in two processes, as deploy/k8s runs them in pods.
 * --latency also measures INVITE in → agent INVITE out per call, as bench:sip does at half
 * load (sipp message logs: costs sipp CPU), so a rate can be compared run against run.
 *
 * Pass node flags with RINGMESH_BENCH_NODE_FLAGS (e.g. "--trace-gc" or
 * "--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp/snap", or the preloads in
 * bench/probes: GC pauses and loop lag per process, an allocation profile). The last line
 * is JSON.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { connect } from "@nats-io/transport-node";
import { stopAll } from "./sip/procs.js";
import { histogramPercentile, metricValues, percentile, RingmeshBench } from "./sip/ringmesh.js";

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : dflt;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} takes a positive number`);
  return v;
}

const cps = arg("--cps", 200);
const runs = arg("--runs", 4);
const agents = arg("--agents", 600);
const secs = arg("--secs", 20);

/** Linux's count of datagrams dropped because a socket's receive buffer was full (whole host). */
function udpReceiveBufferErrors(): number {
  const rows = readFileSync("/proc/net/snmp", "utf8").split("\n").filter((l) => l.startsWith("Udp:"));
  const names = rows[0]?.split(" ") ?? [];
  return Number(rows[1]?.split(" ")[names.indexOf("RcvbufErrors")] ?? NaN);
}

/** A metric summed over its label sets. */
function metric(text: string, name: string): number {
  return [...metricValues(text, name).values()].reduce((a, b) => a + b, 0);
}

function gcSeconds(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^nodejs_gc_duration_seconds_sum\{kind="(\w+)"\} (\S+)$/gm)) out[m[1]] = (out[m[1]] ?? 0) + Number(m[2]);
  return out;
}

const summary = (xs: readonly number[]) => ({ p99: Number(percentile(xs, 99).toFixed(1)), max: Number(Math.max(0, ...xs).toFixed(1)) });

const split = process.argv.includes("--split");
const latency = process.argv.includes("--latency");
/** `--latency-dump FILE`: every call's caller INVITE instant and its INVITE → agent INVITE, JSON lines (probes/gc-overlap.ts). */
const dumpAt = process.argv.indexOf("--latency-dump");
const dumpFile = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;
const bench = new RingmeshBench({ agents, agentProcs: 5, maxSetupP99Ms: 200, log: (l) => console.log(l), split });
const rows: Record<string, unknown>[] = [];
try {
  await bench.start();
  const probe = await connect({ servers: bench.natsUrl, name: "soak-probe" });
  const rtts: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const t0 = performance.now();
      await probe.flush();
      rtts.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  console.log(`soak: ${runs} runs of ${cps} CPS × ${secs} s, ${agents} agents, hold 1000 ms${split ? ", signaling and actors in two processes" : ""}`);
  for (let i = 0; i < runs; i++) {
    const drops0 = udpReceiveBufferErrors();
    const before = (await bench.counters()).metrics;
    rtts.length = 0;
    const r = await bench.run(cps, secs, 1000, latency ? { latency: true, quiesce: true } : {});
    const after = (await bench.counters()).metrics;
    if (dumpFile !== undefined) appendFileSync(dumpFile, r.sentAtMs.map((at, j) => `${JSON.stringify({ sentAtMs: at, ms: r.latencyMs[j] })}\n`).join(""));
    const gc0 = gcSeconds(before);
    const gc = Object.fromEntries(Object.entries(gcSeconds(after)).map(([k, v]) => [k, Number((v - (gc0[k] ?? 0)).toFixed(3))]));
    const row = {
      run: i + 1,
      answered: r.answered,
      failed: r.load.failed,
      setupP50Ms: percentile(r.load.rtd1, 50),
      setupP99Ms: percentile(r.load.rtd1, 99),
      setupMaxMs: Math.max(0, ...r.load.rtd1),
      ...(latency ? { inviteToAgentP50Ms: Number(percentile(r.latencyMs, 50).toFixed(2)), inviteToAgentP99Ms: Number(percentile(r.latencyMs, 99).toFixed(2)) } : {}),
      nodeSetupP99BucketS: histogramPercentile(r.setupBuckets, 99),
      nodeCpuUsPerCall: Math.round(r.cpuNode.net ?? NaN),
      heapUsedMB: Math.round(metric(after, "nodejs_heap_size_used_bytes") / 1e6),
      rssMB: Math.round(metric(after, "process_resident_memory_bytes") / 1e6),
      gcSeconds: gc,
      udpRcvbufDrops: udpReceiveBufferErrors() - drops0,
      natsProbeRttMs: summary(rtts),
    };
    rows.push(row);
    const toAgent = latency ? `, INVITE → agent INVITE p50/p99 ${row.inviteToAgentP50Ms}/${row.inviteToAgentP99Ms} ms` : "";
    console.log(`  run ${row.run}: setup p50/p99/max ${row.setupP50Ms}/${row.setupP99Ms}/${row.setupMaxMs} ms${toAgent}, node CPU ${row.nodeCpuUsPerCall} µs/call, heap ${row.heapUsedMB} MB (RSS ${row.rssMB}), GC ${JSON.stringify(gc)} s, UDP drops ${row.udpRcvbufDrops}, NATS probe RTT p99/max ${row.natsProbeRttMs.p99}/${row.natsProbeRttMs.max} ms`);
  }
  probing = false;
  await prober;
  await probe.close();
} finally {
  await bench.stop();
  await stopAll();
}
console.log(JSON.stringify({ cps, secs, agents, runs: rows }));
