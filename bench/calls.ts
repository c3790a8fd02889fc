/**
 * Routed calls through the actor cluster on NATS, without SIP (not a test). One routing
 * node (group and agent actors, a child process) on its own nats-server; this process
 * plays signaling: it offers calls to one group at a steady rate, answers every
 * `ringAgent` at once, and after the hold reports the end to the group and the agent, as
 * services/signaling does. For each rate it prints the calls answered, the KV writes per
 * call (state and lease buckets, from the streams' sequence numbers: exact), the node's CPU
 * per call, and callArrived → ringAgent latency: how the per-call write budget (issue 3:
 * ≤ 3 at benchmark load) behaves as load rises, since group commit shares writes.
 *
 *   npm run bench:calls -- [--rates 25,50,100,200] [--seconds 10] [--hold-ms 1000]
 *
 * The last line printed is one JSON object with one entry per rate.
 */
import { readFileSync } from "node:fs";
import { jetstreamManager } from "@nats-io/jetstream";
import { Registry } from "prom-client";
import { systemClock } from "../lib/clock.js";
import { silentLogger } from "../lib/log.js";
import { agentAddress, groupAddress } from "../lib/routing/addresses.js";
import { decodeCallCommand } from "../lib/routing/outbound.js";
import { connectNatsTransport, Runtime } from "../lib/runtime/index.js";
import { KvDocumentStore } from "../lib/store/index.js";
import { buckets, subjects } from "../lib/subjects.js";
import { startNatsServer } from "../test/support/nats-server.js";
import { spawnRoutingNode } from "../test/support/routing-procs.js";

const ORG = "bench";
const GROUP = "calls";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const rates = arg("--rates", "25,50,100,200").split(",").map(Number);
const seconds = Number(arg("--seconds", "10"));
const holdMs = Number(arg("--hold-ms", "1000"));
// Enough agents that the rate, not the pool, limits: each is busy for the hold plus the round trips.
const agents = Math.ceil(Math.max(...rates) * (holdMs / 1000 + 0.5) * 1.5);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU ms of a process so far (utime + stime, 10 ms ticks). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function docs(): unknown[] {
  const users = Array.from({ length: agents }, (_, i) => ({
    apiVersion: "ringmesh/v1",
    kind: "User",
    metadata: { organisation: ORG, name: `a${i}` },
    spec: { displayName: `Agent ${i}`, profile: "multi", devices: [{ kind: "desktop", sipUser: `a${i}-desk`, password: "s3cret" }] },
  }));
  return [
    { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: ORG }, spec: { domain: "bench.example", numbers: ["+35820000000-+35820000099"] } },
    ...users,
    {
      apiVersion: "ringmesh/v1",
      kind: "AnswerGroup",
      metadata: { organisation: ORG, name: GROUP },
      spec: {
        type: "customerService",
        displayName: "Calls",
        billingId: "BENCH",
        number: "+35820000001",
        queue: { maxWaitSeconds: 0, overflowDestination: { type: "disconnect" } },
        routing: { ringDevices: ["desktop"], ringSeconds: 20, wrapUpSeconds: 0 },
        members: users.map((u) => ({ user: u.metadata.name, skillLevel: 1 })),
      },
    },
  ];
}

interface RateResult {
  readonly cps: number;
  readonly offered: number;
  readonly answered: number;
  /** Reports that got no answer before their deadline (the group could not keep up). */
  readonly failedReports: number;
  readonly stateWritesPerCall: number;
  readonly leaseWritesPerCall: number;
  readonly nodeCpuMsPerCall: number;
  readonly ringP50Ms: number;
  readonly ringP99Ms: number;
}

const server = await startNatsServer();
const node = spawnRoutingNode("bench-calls", { NATS_URLS: server.url, LEASE_MS: "3000", LOG_LEVEL: "warn" });
try {
  await node.ready;
  const transport = await connectNatsTransport({ servers: server.url, name: "bench-signaling", logger: silentLogger() });
  const store = await KvDocumentStore.open(transport.nc);
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry() });
  const jsm = await jetstreamManager(transport.nc);
  const lastSeq = async (bucket: string): Promise<number> => (await jsm.streams.info(`KV_${bucket}`)).state.last_seq;
  const nodePid = node.proc.pid ?? 0;

  await store.apply(docs());
  await sleep(1000);
  for (let i = 0; i < agents; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, agents - i) }, (_, k) => rt.tell(agentAddress, `${ORG}.a${i + k}`, { type: "login", groupId: GROUP })));
  }
  await sleep(3000);

  // Signaling's part: answer every ring at once, end the call after the hold.
  const arrivedAt = new Map<string, number>();
  const ringMs: number[] = [];
  let answered = 0;
  let failed = 0;
  const report = (p: Promise<unknown>): void => {
    p.catch(() => failed++);
  };
  const sub = transport.bus.subscribe(subjects.callsOfOrg(ORG), (m) => {
    const { command } = decodeCallCommand(m.data);
    if (command.type !== "ringAgent") return;
    const { callId, agentId } = command;
    const at = arrivedAt.get(callId);
    if (at !== undefined) ringMs.push(performance.now() - at);
    report(
      rt.tell(groupAddress, `${ORG}.${GROUP}`, { type: "legAnswered", callId, agentId, connected: true }).then(async () => {
        answered++;
        await sleep(holdMs);
        await Promise.all([
          rt.tell(groupAddress, `${ORG}.${GROUP}`, { type: "connectedCallEnded", callId }),
          rt.tell(agentAddress, `${ORG}.${agentId}`, { type: "callGone", callId }),
        ]);
      }),
    );
  });

  const results: RateResult[] = [];
  let n = 0;
  for (const cps of rates) {
    answered = 0;
    failed = 0;
    ringMs.length = 0;
    const [s0, l0, c0] = [await lastSeq(buckets.actorState), await lastSeq(buckets.leases), cpuMs(nodePid)];
    const offered = Math.round(cps * seconds);
    const start = performance.now();

    for (let i = 0; i < offered; i++) {
      const due = start + (i * 1000) / cps;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const callId = `c${++n}`;
      arrivedAt.set(callId, performance.now());
      // Asked, as signaling does (routing-port.ts `arrive`): the answer carries the entry audio.
      report(rt.ask(groupAddress, `${ORG}.${GROUP}`, { type: "callArrived", callId, caller: "+358401111111" }));
    }
    // Let the last calls end (hold, then the reports, which may retry up to their deadline) before reading the counters.
    await sleep(holdMs + 3000);
    const [s1, l1, c1] = [await lastSeq(buckets.actorState), await lastSeq(buckets.leases), cpuMs(nodePid)];
    const calls = Math.max(1, answered);
    const r: RateResult = {
      cps,
      offered,
      answered,
      failedReports: failed,
      stateWritesPerCall: (s1 - s0) / calls,
      leaseWritesPerCall: (l1 - l0) / calls,
      nodeCpuMsPerCall: (c1 - c0) / calls,
      ringP50Ms: pct(ringMs, 50),
      ringP99Ms: pct(ringMs, 99),
    };
    results.push(r);
    console.log(
      `${String(cps).padStart(5)} calls/s × ${seconds} s: answered ${answered}/${offered}, ${failed} reports failed; state writes/call ${r.stateWritesPerCall.toFixed(2)}, ` +
        `lease writes/call ${r.leaseWritesPerCall.toFixed(2)}; node CPU ${r.nodeCpuMsPerCall.toFixed(2)} ms/call; callArrived → ringAgent p50 ${r.ringP50Ms.toFixed(1)} ms, p99 ${r.ringP99Ms.toFixed(1)} ms`,
    );
  }
  sub.unsubscribe();
  await rt.stop();
  await store.close();
  await transport.close();
  console.log(JSON.stringify({ agents, hold_ms: holdMs, rates: results }));
} finally {
  await node.stop();
  await server.stop();
}
