/**
 * Actor runtime benchmark (not a test). One run: the raw NATS anchors (request/reply
 * sequential and 100 in flight, KV update-with-revision sequential and 100 in flight),
 * then the same traffic as actor `ask` without and with a state write, then fail-over
 * time (kill -9 of the owner → first message served elsewhere), median of 5.
 * Compare ratios, not absolute numbers (shared 2-vCPU box). Last line: one JSON object.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { Registry } from "prom-client";
import { systemClock } from "../lib/clock.js";
import { silentLogger } from "../lib/log.js";
import { buckets } from "../lib/subjects.js";
import { connectNatsTransport, ownerOf, Runtime } from "../lib/runtime/index.js";
import { counterKind } from "../test/support/runtime-kinds.js";
import { startNatsServer } from "../test/support/nats-server.js";
import { spawnNode, type NodeProc } from "../test/support/runtime-procs.js";

const PHASE_MS = Number(process.env["BENCH_PHASE_MS"] ?? 3000);
const INFLIGHT = 100;

interface Result {
  name: string;
  ops: number;
  seconds: number;
  lat: number[];
  extra?: string;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Runs `op` with `concurrency` workers for PHASE_MS; latencies in ms. */
async function drive(name: string, concurrency: number, op: (worker: number, i: number) => Promise<unknown>): Promise<Result> {
  // warm-up
  await Promise.all(Array.from({ length: concurrency }, (_, w) => op(w, -1)));
  const lat: number[] = [];
  const start = performance.now();
  const end = start + PHASE_MS;
  let ops = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        await op(w, i);
        lat.push(performance.now() - t0);
        ops++;
      }
    }),
  );
  return { name, ops, seconds: (performance.now() - start) / 1000, lat };
}

const rate = (r: Result): number => r.ops / r.seconds;

function row(r: Result, anchor?: Result): string {
  const ratio = anchor === undefined ? "" : `${(rate(r) / rate(anchor)).toFixed(2)}x thr, ${(pct(r.lat, 99) / pct(anchor.lat, 99)).toFixed(2)}x p99`;
  return `${r.name.padEnd(38)} ${rate(r).toFixed(0).padStart(8)}/s  p50 ${pct(r.lat, 50).toFixed(3).padStart(7)} ms  p99 ${pct(r.lat, 99).toFixed(3).padStart(7)} ms  ${ratio} ${r.extra ?? ""}`;
}

function waitLine(p: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = "";
    p.stdout?.on("data", (d: Buffer) => {
      buf += d.toString();
      if (buf.includes(text)) resolve();
    });
    p.once("exit", (c) => reject(new Error(`child exited ${c}`)));
  });
}

const server = await startNatsServer();
const children: NodeProc[] = [];
let echo: ChildProcess | undefined;
try {
  // The same client options as the runtime's transport (no per-request stack capture), so
  // the anchors are not slowed by a setting the runtime avoids.
  const nc = await connect({ servers: server.url, noAsyncTraces: true });
  const enc = new TextEncoder();
  const payload = enc.encode("x".repeat(200));

  // ── raw anchors ──
  echo = spawn(process.execPath, ["--import=tsx", fileURLToPath(new URL("./support/runtime-echo.ts", import.meta.url))], {
    env: { ...process.env, NATS_URL: server.url, SUBJECT: "bench.echo" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await waitLine(echo, "ready");
  const rawSeq = await drive("raw req/reply, sequential", 1, () => nc.request("bench.echo", payload, { timeout: 5000 }));
  const rawPar = await drive(`raw req/reply, ${INFLIGHT} in flight`, INFLIGHT, () => nc.request("bench.echo", payload, { timeout: 10_000 }));
  echo.kill("SIGTERM");

  const kv = await new Kvm(nc).create("bench_raw", { history: 1 });
  const revs = new Map<number, number>();
  for (let w = 0; w < INFLIGHT; w++) revs.set(w, await kv.put(`k${w}`, payload));
  const kvOp = async (w: number): Promise<void> => {
    revs.set(w, await kv.update(`k${w}`, payload, revs.get(w) ?? 0));
  };
  const kvSeq = await drive("raw KV update(rev), sequential", 1, kvOp);
  const kvPar = await drive(`raw KV update(rev), ${INFLIGHT} keys in flight`, INFLIGHT, kvOp);

  // ── actors: one host node in its own process, this process is the caller ──
  const node = spawnNode("bench-n1", { NATS_URLS: server.url, LOG_LEVEL: "warn" });
  children.push(node);
  await node.waitFor((l) => l.ev === "ready");
  const transport = await connectNatsTransport({ servers: server.url, name: "bench-client", logger: silentLogger() });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry() });
  const kind = counterKind();
  const getEv = { type: "get" } as const;
  const addEv = { type: "inc" } as const;
  // Pre-activate so the phases measure steady state, not activations.
  await Promise.all(Array.from({ length: INFLIGHT }, (_, w) => client.ask(kind, `a${w}`, getEv)));
  const askSeq = await drive("actor ask (no write), sequential", 1, () => client.ask(kind, "a0", getEv));
  const askPar = await drive(`actor ask (no write), ${INFLIGHT} actors`, INFLIGHT, (w) => client.ask(kind, `a${w}`, getEv));

  const jsm = await jetstreamManager(nc);
  const stateStream = `KV_${buckets.actorState}`;
  const lastSeq = async (): Promise<number> => (await jsm.streams.info(stateStream)).state.last_seq;
  let s0 = await lastSeq();
  const persistSeq = await drive("actor ask + state write, sequential", 1, () => client.ask(kind, "w0", addEv));
  persistSeq.extra = `${((await lastSeq() - s0) / persistSeq.ops).toFixed(2)} writes/ask`;
  s0 = await lastSeq();
  const persistPar = await drive(`actor ask + write, ${INFLIGHT} actors`, INFLIGHT, (w) => client.ask(kind, `w${w}`, addEv));
  persistPar.extra = `${((await lastSeq() - s0) / persistPar.ops).toFixed(2)} writes/ask`;
  s0 = await lastSeq();
  const hot = await drive(`actor ask + write, ${INFLIGHT} → 10 actors`, INFLIGHT, (w) => client.ask(kind, `h${w % 10}`, addEv));
  hot.extra = `${((await lastSeq() - s0) / hot.ops).toFixed(2)} writes/ask (group commit)`;
  await node.stop();

  // ── fail-over: kill -9 the owner, time to the first answer from the other node ──
  const failovers: number[] = [];
  for (let round = 0; round < 5; round++) {
    const a = spawnNode(`fo${round}-a`, { NATS_URLS: server.url, LOG_LEVEL: "warn" });
    const b = spawnNode(`fo${round}-b`, { NATS_URLS: server.url, LOG_LEVEL: "warn" });
    children.push(a, b);
    await Promise.all([a.waitFor((l) => l.ev === "ready"), b.waitFor((l) => l.ev === "ready")]);
    await new Promise((r) => setTimeout(r, 800));
    let id = `fo${round}-0`;
    for (let i = 0; ownerOf([a.id, b.id], id) !== a.id; i++) id = `fo${round}-${i}`;
    await client.ask(kind, id, addEv);
    a.signal("SIGKILL");
    const t0 = performance.now();
    await client.ask(kind, id, addEv, { timeoutMs: 20_000 });
    failovers.push(performance.now() - t0);
    await a.exited;
    await b.stop();
  }
  const failoverMs = pct(failovers, 50);

  console.log("\nRingmesh actor runtime benchmark (nats-server 2.9, loopback; compare ratios)");
  for (const r of [rawSeq, rawPar]) console.log(row(r));
  for (const r of [kvSeq, kvPar]) console.log(row(r));
  console.log(row(askSeq, rawSeq));
  console.log(row(askPar, rawPar));
  console.log(row(persistSeq, kvSeq));
  console.log(row(persistPar, kvPar));
  console.log(row(hot, kvPar));
  console.log(`fail-over (kill -9 → first answer elsewhere), 5 runs: ${failovers.map((f) => f.toFixed(0)).join(", ")} ms; median ${failoverMs.toFixed(0)} ms`);

  await client.stop();
  await transport.close();
  await nc.close();
  console.log(
    JSON.stringify({
      ask_ratio: Number((rate(askPar) / rate(rawPar)).toFixed(3)),
      ask_p99_ratio: Number((pct(askPar.lat, 99) / pct(rawPar.lat, 99)).toFixed(3)),
      ask_persist_ratio: Number((rate(persistPar) / rate(kvPar)).toFixed(3)),
      failover_ms: Math.round(failoverMs),
    }),
  );
} finally {
  echo?.kill("SIGTERM");
  await Promise.all(children.map((c) => c.stop()));
  await server.stop();
}
