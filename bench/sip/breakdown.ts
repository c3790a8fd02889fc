/**
 * Where every NATS message, KV write and CPU millisecond of a routed call goes.
 *
 * Attribution only: nothing in the product changes. The setup is `bench/sip/ringmesh.ts`
 * (nats-server with monitoring, one `ringmesh start`, N agents registered by sipp and
 * logged in to the group `bench`), reused as is; optionally every agent is also a member
 * of G−1 extra groups (logged in there too; calls still go to `bench` only).
 *
 * Per scenario and repetition:
 *   idle    — settled, no calls, `--idle-secs`;
 *   calls   — `--calls` K calls at `--cps`, hold `--hold-ms`, wrap-up 0 (bench.run).
 * Two kinds of window, measured separately because a tap doubles nats-server's out traffic:
 *   tap     — a separate NATS client subscribed to `>` counts every message by family
 *             (actor mailbox request by kind, event type and sender; its reply; KV API
 *             traffic by bucket, key kind and operation; membership; call commands;
 *             events), plus /jsz last_seq deltas per KV bucket;
 *   cpu     — no tap: /varz in/out, /jsz, node and nats-server CPU from /proc, the
 *             node's runtime counters (state writes, activations by kind).
 * With `--profile`, the node runs with `--inspect` (NODE_OPTIONS) and one more calls
 * window is sampled through the inspector (Profiler.start/stop: exactly that window);
 * the profile is summarised by self time per module and per function.
 *
 *   npx tsx bench/sip/breakdown.ts --agents 5 --calls 20 [--groups 1] [--cps 2]
 *       [--hold-ms 1000] [--idle-secs 12] [--repeat 2] [--profile] [--late-idle (100 s quiet, idle window, then a cold calls window)]
 *       [--out /tmp/breakdown.json] [--split (signaling and the actors in two processes: call commands then cross NATS)]
 *
 * Per-call figures are given raw (window count / calls) and net of the idle rate over
 * the same window length ((count − idle/s × window s) / calls).
 */
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connect, type Msg, type NatsConnection } from "@nats-io/transport-node";
import WebSocket from "ws";
import { decodeAgentMessage, decodeGroupMessage } from "../../lib/routing/codec.js";
import { decodeCallCommand } from "../../lib/routing/outbound.js";
import { KV_SUBJECT_PREFIX, PREFIX } from "../../lib/subjects.js";
import { createAdminClient, type SupervisionClient } from "../../services/admin/index.js";
import { freePort } from "../../test/support/ports.js";
import { killAllNow, stopAll } from "./procs.js";
import { DOMAIN, GROUP, GROUP_NUMBER, ORG, RingmeshBench } from "./ringmesh.js";

const { values: args } = parseArgs({
  options: {
    agents: { type: "string", default: "5" },
    calls: { type: "string", default: "20" },
    cps: { type: "string", default: "2" },
    "hold-ms": { type: "string", default: "1000" },
    "idle-secs": { type: "string" },
    groups: { type: "string", default: "1" },
    repeat: { type: "string", default: "2" },
    profile: { type: "boolean", default: false },
    split: { type: "boolean", default: false },
    "late-idle": { type: "boolean", default: false },
    out: { type: "string" },
  },
});
if (args.split && args.profile) throw new Error("--profile inspects one node process; it cannot be combined with --split");
const AGENTS = Number(args.agents);
const CALLS = Number(args.calls);
const CPS = Number(args.cps);
const HOLD_MS = Number(args["hold-ms"]);
const GROUPS = Math.max(1, Number(args.groups));
const REPEAT = Math.max(1, Number(args.repeat));
const CALL_SECS = CALLS / CPS;
const IDLE_SECS = Number(args["idle-secs"] ?? Math.ceil(CALL_SECS + HOLD_MS / 1000 + 2));
const OUT = args.out ?? `/tmp/ringmesh-breakdown-a${AGENTS}-g${GROUPS}.json`;

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const loadavg = (): string => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed read of a private field of the reused bench
const priv = <T>(o: object, key: string): T => Reflect.get(o, key) as T;

// ---------------------------------------------------------------- the tap

type Counts = Map<string, number>;

const bump = (m: Counts, key: string, n = 1): void => void m.set(key, (m.get(key) ?? 0) + n);

function actorKindOf(key: string): string {
  return key.split(".")[0] ?? "?";
}

/** Who sent an actor message, from its headers (lib/runtime/runtime.ts effectContext, signaling's keys, cfg.* of the feeder). */
function senderOf(m: Msg): string {
  const epoch = m.headers?.get("Rm-Epoch") ?? "";
  if (epoch !== "") return `effect of ${actorKindOf(epoch)}`;
  const idem = m.headers?.get("Rm-Idem") ?? "";
  if (idem.startsWith("cfg.")) return "config feeder";
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(idem)) return "api (random key)";
  if (idem.includes(":")) return "signaling";
  return "other";
}

function eventType(kind: string, data: Uint8Array): string {
  try {
    if (kind === "group") return decodeGroupMessage(data).type;
    if (kind === "agent") return decodeAgentMessage(data).type;
  } catch {
    return "undecodable";
  }
  return "?";
}

/** Families of every message the server routes, as seen by a `>` subscriber. */
class Tap {
  readonly msgs: Counts = new Map();
  /** Payload bytes per family (headers not included). */
  readonly bytes: Counts = new Map();
  readonly kvWrites: Counts = new Map();
  readonly kvKeys = new Map<string, Set<string>>();
  private readonly replies = new Map<string, string>();
  private nc: NatsConnection | undefined;
  counting = false;

  async start(port: number): Promise<void> {
    this.nc = await connect({ servers: `nats://127.0.0.1:${port}`, name: "breakdown-tap" });
    this.nc.subscribe(">", {
      callback: (err, m) => {
        if (err === null) this.on(m);
      },
    });
    await this.nc.flush();
  }

  reset(): void {
    this.msgs.clear();
    this.bytes.clear();
    this.kvWrites.clear();
    this.kvKeys.clear();
    this.counting = true;
  }

  private request(m: Msg, family: string): void {
    bump(this.msgs, family);
    bump(this.bytes, family, m.data.length);
    if (m.reply !== undefined && m.reply !== "") this.replies.set(m.reply, family);
  }

  private on(m: Msg): void {
    const s = m.subject;
    if (s.startsWith("_INBOX.")) {
      const fam = this.replies.get(s);
      if (fam !== undefined) {
        this.replies.delete(s);
        if (this.counting) bump(this.msgs, `${fam} ← reply`);
        return;
      }
      if (!this.counting) return;
      const code = m.headers?.code ?? 0;
      bump(this.msgs, code === 100 ? "js consumer heartbeat/flow control (100)" : "_INBOX other");
      return;
    }
    if (!this.counting) {
      // Still learn reply subjects, so a reply landing inside the window is attributed.
      if (m.reply !== undefined && m.reply !== "") this.replies.set(m.reply, "(request sent before the window)");
      return;
    }
    const t = s.split(".");
    if (s.startsWith(`${PREFIX}.node.`) || s.startsWith(`${PREFIX}.actor.`)) {
      const kind = s.startsWith(`${PREFIX}.node.`) ? (t[4] ?? "?") : (t[3] ?? "?");
      const hops = Number(m.headers?.get("Rm-Hops") ?? "0") || 0;
      const tell = (m.headers?.get("Rm-No-Reply") ?? "") !== "";
      const fam = `actor ${kind}: ${eventType(kind, m.data)} ${tell ? "tell" : "ask"} from ${senderOf(m)}${hops > 0 ? " (forwarded)" : ""}${s.startsWith(`${PREFIX}.actor.`) ? " (no view)" : ""}`;
      this.request(m, fam);
      return;
    }
    if (s.startsWith(`${PREFIX}.members.`)) return this.request(m, `membership heartbeat ${t[3] ?? "?"}`);
    if (s.startsWith(`${PREFIX}.call.`)) {
      let type: string;
      try {
        type = decodeCallCommand(m.data).command.type;
      } catch {
        type = "undecodable";
      }
      return this.request(m, `call command ${type}`);
    }
    if (s.startsWith(`${PREFIX}.event.`)) return this.request(m, `event ${t[4] ?? "?"}`);
    if (s.startsWith(`${PREFIX}.cdr.`)) return this.request(m, "cdr");
    if (s.startsWith(KV_SUBJECT_PREFIX)) {
      const bucket = t[1] ?? "?";
      const key = t.slice(2).join(".");
      if (m.reply?.startsWith("$JS.ACK") === true) {
        bump(this.msgs, `kv watch delivery ${bucket}`);
        return;
      }
      const op = m.headers?.get("KV-Operation") ?? "";
      const exp = m.headers?.get("Nats-Expected-Last-Subject-Sequence") ?? "";
      const what = op !== "" ? op.toLowerCase() : exp === "0" ? "create" : exp !== "" ? "update (CAS)" : "put";
      const fam = `kv write ${bucket} ${actorKindOf(key)} ${what}`;
      bump(this.kvWrites, fam);
      const keys = this.kvKeys.get(`${bucket} ${actorKindOf(key)}`) ?? new Set<string>();
      keys.add(key);
      this.kvKeys.set(`${bucket} ${actorKindOf(key)}`, keys);
      return this.request(m, fam);
    }
    if (s.startsWith("$JS.API.DIRECT.GET.")) {
      const stream = t[4] ?? "?";
      const key = t.slice(7).join(".");
      return this.request(m, `kv get ${stream.replace(/^KV_/, "")} ${key === "" ? "" : actorKindOf(key)}`.trim());
    }
    if (s.startsWith("$JS.API.")) return this.request(m, `js api ${t.slice(2, 4).join(".")}`);
    if (s.startsWith("$JS.")) return this.request(m, `js ${t.slice(1, 3).join(".")}`);
    this.request(m, `other ${t.slice(0, 3).join(".")}`);
  }

  async stop(): Promise<void> {
    await this.nc?.close();
  }
}

// ---------------------------------------------------------------- counters from the monitor, /proc and /metrics

interface Snap {
  readonly at: number;
  readonly inMsgs: number;
  readonly outMsgs: number;
  readonly kv: Record<string, number>;
  readonly nodeCpuUs: number;
  readonly natsCpuUs: number;
  readonly metrics: Map<string, number>;
}

function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line.startsWith("ringmesh_actor_") && !line.startsWith("sip_calls_total")) continue;
    const m = /^(\S+?)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (m === null) continue;
    out.set(`${m[1]}${m.at(2) ?? ""}`, Number(m[3]));
  }
  return out;
}

class Probe {
  constructor(private readonly bench: RingmeshBench) {}

  async snap(): Promise<Snap> {
    const c = await this.bench.counters();
    // Stream names as the server has them: KV buckets with their KV_ prefix.
    const kv: Record<string, number> = { ...c.streams };
    for (const [bucket, seq] of Object.entries(c.kv)) kv[`KV_${bucket}`] = seq;
    return { at: performance.now(), inMsgs: c.inMsgs, outMsgs: c.outMsgs, kv, nodeCpuUs: c.nodeCpuUs, natsCpuUs: c.natsCpuUs, metrics: parseMetrics(c.metrics) };
  }
}

interface Delta {
  readonly secs: number;
  readonly inMsgs: number;
  readonly outMsgs: number;
  readonly streams: Record<string, number>;
  readonly nodeCpuUs: number;
  readonly natsCpuUs: number;
  readonly metrics: Record<string, number>;
}

function delta(a: Snap, b: Snap): Delta {
  const streams: Record<string, number> = {};
  for (const k of Object.keys(b.kv)) {
    const d = (b.kv[k] ?? 0) - (a.kv[k] ?? 0);
    if (d !== 0) streams[k] = d;
  }
  const metrics: Record<string, number> = {};
  for (const [k, v] of b.metrics) {
    const d = v - (a.metrics.get(k) ?? 0);
    if (d !== 0 && !k.includes("_bucket") && !k.includes("_sum") && !k.includes("_count") && !k.includes("mailbox_depth") && !k.startsWith("ringmesh_actor_active")) metrics[k] = d;
  }
  return { secs: (b.at - a.at) / 1000, inMsgs: b.inMsgs - a.inMsgs, outMsgs: b.outMsgs - a.outMsgs, streams, nodeCpuUs: b.nodeCpuUs - a.nodeCpuUs, natsCpuUs: b.natsCpuUs - a.natsCpuUs, metrics };
}

// ---------------------------------------------------------------- CPU profile through the inspector

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

class Inspector {
  private ws: WebSocket | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, (r: unknown) => void>();

  constructor(private readonly port: number) {}

  async open(): Promise<void> {
    const list = (await (await fetch(`http://127.0.0.1:${this.port}/json/list`)).json()) as { webSocketDebuggerUrl?: string }[];
    const url = list[0]?.webSocketDebuggerUrl;
    if (url === undefined) throw new Error("no inspector target");
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    ws.on("message", (raw: Buffer) => {
      const msg = JSON.parse(raw.toString()) as { id?: number; result?: unknown };
      if (msg.id !== undefined) this.waiting.get(msg.id)?.(msg.result);
    });
    this.ws = ws;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.ws?.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws?.close();
  }
}

function moduleOf(url: string, fn: string): string {
  if (url === "") return fn.startsWith("(") ? fn : "(native/builtin)";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split("/");
    return (rest[0] ?? "").startsWith("@") ? `${rest[0] ?? ""}/${rest[1] ?? ""}` : (rest[0] ?? "?");
  }
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  const m = /\/work\/main\/(.*)$/.exec(url);
  if (m !== null) {
    const parts = m[1].split("/");
    return parts.length > 2 ? parts.slice(0, parts[0] === "services" ? 3 : 2).join("/") : parts.join("/");
  }
  return url;
}

interface ProfileSummary {
  readonly totalMs: number;
  readonly idleMs: number;
  readonly byModule: [string, number][];
  readonly byFunction: [string, number][];
  /** Self time of frames without a script (native, builtins, GC excluded) charged to their nearest caller that has one. */
  readonly byModuleCharged: [string, number][];
  readonly byFunctionCharged: [string, number][];
}

function summarise(p: Profile): ProfileSummary {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of p.samples.entries()) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  const byModule: Counts = new Map();
  const byFunction: Counts = new Map();
  const byModuleCharged: Counts = new Map();
  const byFunctionCharged: Counts = new Map();
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnKey = (n: ProfileNode): string => {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = /\/work\/main\/(.*)$/.exec(url)?.[1];
    return `${functionName || "(anonymous)"} ${file ?? moduleOf(url, functionName)}${url === "" || file !== undefined ? "" : `:${lineNumber + 1}`}`;
  };
  const chargedTo = (id: number): ProfileNode | undefined => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur);
      if (n !== undefined && n.callFrame.url !== "") return n;
    }
    return undefined;
  };
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const n = nodes.get(id);
    if (n === undefined) continue;
    const { functionName, url } = n.callFrame;
    total += us;
    if (functionName === "(idle)") {
      idle += us;
      continue;
    }
    const mod = moduleOf(url, functionName);
    bump(byModule, mod, us);
    bump(byFunction, fnKey(n), us);
    const c = functionName.startsWith("(") ? n : (chargedTo(id) ?? n);
    bump(byModuleCharged, moduleOf(c.callFrame.url, c.callFrame.functionName), us);
    bump(byFunctionCharged, fnKey(c), us);
  }
  const top = (m: Counts, n: number): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, v / 1000]);
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    byModule: top(byModule, 25),
    byFunction: top(byFunction, 40),
    byModuleCharged: top(byModuleCharged, 25),
    byFunctionCharged: top(byFunctionCharged, 40),
  };
}

// ---------------------------------------------------------------- scenario

interface Window {
  readonly kind: "idle" | "calls" | "late-idle";
  readonly mode: "tap" | "cpu" | "profile";
  readonly rep: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly calls: number;
  readonly answered: number;
  readonly failed: number;
  readonly d: Delta;
  readonly tapMsgs?: Record<string, number>;
  readonly tapBytes?: Record<string, number>;
  readonly tapKvWrites?: Record<string, number>;
  readonly tapKvKeys?: Record<string, number>;
  readonly profile?: ProfileSummary;
}

const rec = (m: Counts): Record<string, number> => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));

async function extraGroups(bench: RingmeshBench): Promise<void> {
  if (GROUPS <= 1) return;
  const dir = priv<string>(bench, "dir");
  const token = (await readFile(join(dir, "node", "admin.token"), "utf8")).trim();
  const documents = priv<(this: RingmeshBench) => { kind: string; metadata: { name: string }; spec: Record<string, unknown> }[]>(bench, "documents").call(bench);
  const base = documents.find((d) => d.kind === "AnswerGroup");
  if (base === undefined) throw new Error("no AnswerGroup in the bench documents");
  const names = Array.from({ length: GROUPS - 1 }, (_, i) => `${GROUP}-x${i + 1}`);
  const admin = createAdminClient({ address: `127.0.0.1:${priv<number>(bench, "grpcPort")}`, token });
  try {
    await admin.apply(
      names.map((name, i) => ({
        ...base,
        metadata: { ...base.metadata, name },
        spec: { ...base.spec, number: `+358200000${String(10 + i).padStart(2, "0")}`, displayName: name },
      })),
    );
  } finally {
    admin.close();
  }
  const sup = priv<SupervisionClient>(bench, "supervision");
  for (const g of names) for (let i = 0; i < AGENTS; i++) await sup.login({ organisation: ORG, user: `agent${String(i + 1).padStart(3, "0")}`, group: g });
  log(`  ${AGENTS} agents also logged in to ${names.length} more groups (${names.join(", ")}); calls go to ${GROUP} (${GROUP_NUMBER}) only`);
}

async function main(): Promise<void> {
  const windows: Window[] = [];
  let inspectPort = 0;
  const savedNodeOptions = process.env["NODE_OPTIONS"];
  if (args.profile) {
    inspectPort = await freePort();
    process.env["NODE_OPTIONS"] = `${savedNodeOptions ?? ""} --inspect=127.0.0.1:${inspectPort}`.trim();
  }
  const bench = new RingmeshBench({ agents: AGENTS, agentProcs: Math.min(5, AGENTS), maxSetupP99Ms: 10_000, log, split: args.split });
  const tap = new Tap();
  const probe = new Probe(bench);
  const stopEverything = async (): Promise<void> => {
    await tap.stop().catch(() => undefined);
    await bench.stop().catch(() => undefined);
    await stopAll();
  };
  process.once("SIGINT", () => void stopEverything().finally(() => process.exit(130)));
  const hard = setTimeout(() => {
    log("hard deadline reached; killing everything");
    killAllNow();
    process.exit(124);
  }, 30 * 60_000);
  try {
    log(`== breakdown: ${AGENTS} agents, ${GROUPS} group(s) per agent, ${CALLS} calls at ${CPS}/s, hold ${HOLD_MS} ms, idle windows ${IDLE_SECS} s, ${REPEAT} repetition(s); load ${loadavg()}; domain ${DOMAIN}`);
    await bench.start();
    if (args.profile) process.env["NODE_OPTIONS"] = savedNodeOptions ?? "";
    await extraGroups(bench);
    await tap.start(priv<number>(bench, "natsPort"));

    const idle = async (mode: "tap" | "cpu", rep: number, kind: "idle" | "late-idle" = "idle"): Promise<void> => {
      // settle() asks the group for its status, which asks every member agent for a snapshot (activating it): not after passivation.
      if (kind === "idle") await bench.settle();
      const loadBefore = loadavg();
      if (mode === "tap") tap.reset();
      const a = await probe.snap();
      await sleep(IDLE_SECS * 1000);
      const b = await probe.snap();
      tap.counting = false;
      windows.push({
        kind, mode, rep, loadBefore, loadAfter: loadavg(), calls: 0, answered: 0, failed: 0, d: delta(a, b),
        ...(mode === "tap" ? { tapMsgs: rec(tap.msgs), tapBytes: rec(tap.bytes), tapKvWrites: rec(tap.kvWrites), tapKvKeys: Object.fromEntries([...tap.kvKeys].map(([k, v]) => [k, v.size])) } : {}),
      });
      report(windows[windows.length - 1]);
    };
    const calls = async (mode: "tap" | "cpu" | "profile", rep: number, inspector?: Inspector): Promise<void> => {
      await bench.settle();
      const loadBefore = loadavg();
      if (mode === "tap") tap.reset();
      if (inspector !== undefined) await inspector.send("Profiler.start");
      const a = await probe.snap();
      const r = await bench.run(CPS, CALL_SECS, HOLD_MS);
      const b = await probe.snap();
      const prof = inspector === undefined ? undefined : ((await inspector.send("Profiler.stop")) as { profile: Profile }).profile;
      if (prof !== undefined) await writeFile(OUT.replace(/\.json$/, "") + ".cpuprofile", JSON.stringify(prof));
      tap.counting = false;
      windows.push({
        kind: "calls", mode, rep, loadBefore, loadAfter: loadavg(), calls: r.load.created, answered: r.answered, failed: r.load.failed, d: delta(a, b),
        ...(mode === "tap" ? { tapMsgs: rec(tap.msgs), tapBytes: rec(tap.bytes), tapKvWrites: rec(tap.kvWrites), tapKvKeys: Object.fromEntries([...tap.kvKeys].map(([k, v]) => [k, v.size])) } : {}),
        ...(prof !== undefined ? { profile: summarise(prof) } : {}),
      });
      report(windows[windows.length - 1]);
    };

    // A first unmeasured call round activates every actor (config fetched, state claimed).
    log("  warm-up round (not measured)");
    await bench.run(CPS, Math.min(CALL_SECS, 5), HOLD_MS);
    for (let rep = 1; rep <= REPEAT; rep++) {
      await idle("tap", rep);
      await calls("tap", rep);
      await idle("cpu", rep);
      await calls("cpu", rep);
    }
    if (args.profile) {
      const inspector = new Inspector(inspectPort);
      await inspector.open();
      await inspector.send("Profiler.enable");
      await inspector.send("Profiler.setSamplingInterval", { interval: 200 });
      await calls("profile", 1, inspector);
      inspector.close();
    }
    if (args["late-idle"]) {
      // idleMs 60 s, checked every 30 s: an actor idle since t passivates by t + 90 s.
      log("  waiting 100 s with no traffic (idle passivation: 60 s, checked every 30 s), then an idle window with no settle probe");
      await sleep(100_000);
      await idle("tap", REPEAT + 1, "late-idle");
      await calls("tap", REPEAT + 1);
    }
    const nodeLog = bench.nodeLog();
    await writeFile(OUT, JSON.stringify({ agents: AGENTS, groups: GROUPS, calls: CALLS, cps: CPS, holdMs: HOLD_MS, idleSecs: IDLE_SECS, windows, nodeLogTail: nodeLog }, null, 1));
    log(`  node log (warn and above), last 3000 characters:\n${nodeLog}`);
    log(`  raw windows → ${OUT}`);
    summary(windows);
  } catch (err) {
    log(`failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n${bench.nodeLog()}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(hard);
    await stopEverything();
  }
}

function report(w: Window | undefined): void {
  if (w === undefined) return;
  const d = w.d;
  const kv = Object.entries(d.streams).map(([k, v]) => `${k} ${v}`).join(", ");
  log(`  [${w.kind}/${w.mode}#${w.rep}] ${d.secs.toFixed(1)} s, calls ${w.calls} (answered ${w.answered}, failed ${w.failed}); varz in ${d.inMsgs} out ${d.outMsgs}; streams: ${kv}; CPU node ${(d.nodeCpuUs / 1000).toFixed(0)} ms nats ${(d.natsCpuUs / 1000).toFixed(0)} ms; load ${w.loadBefore} → ${w.loadAfter}`);
}

/** Per-call tables: each calls window net of the idle window of the same repetition and mode. */
function summary(windows: readonly Window[]): void {
  const fmt = (x: number): string => (Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
  const pairs = windows.filter((w) => w.kind === "calls" && w.mode !== "profile").map((c) => ({ c, i: windows.find((w) => w.kind !== "calls" && w.mode === c.mode && w.rep === c.rep) }));
  for (const { c, i } of pairs) {
    if (i === undefined || c.answered === 0) continue;
    const n = c.calls;
    const net = (x: number, idle: number): number => (x - (idle / i.d.secs) * c.d.secs) / n;
    log(`\n-- rep ${c.rep} (${c.mode}), ${n} calls, ${c.answered} answered, window ${c.d.secs.toFixed(1)} s; idle window ${i.d.secs.toFixed(1)} s`);
    if (c.mode === "tap" && c.tapMsgs !== undefined && i.tapMsgs !== undefined) {
      const keys = new Set([...Object.keys(c.tapMsgs), ...Object.keys(i.tapMsgs)]);
      const rows = [...keys].map((k) => ({ k, calls: c.tapMsgs?.[k] ?? 0, idle: i.tapMsgs?.[k] ?? 0 })).sort((a, b) => net(b.calls, b.idle) - net(a.calls, a.idle));
      let tc = 0;
      let ti = 0;
      log(`   ${"message family".padEnd(86)} ${"idle/s".padStart(8)} ${"raw/call".padStart(9)} ${"net/call".padStart(9)} ${"B/msg".padStart(7)}`);
      for (const r of rows) {
        tc += r.calls;
        ti += r.idle;
        const bytes = (c.tapBytes?.[r.k] ?? 0) + (i.tapBytes?.[r.k] ?? 0);
        log(`   ${r.k.padEnd(86)} ${fmt(r.idle / i.d.secs).padStart(8)} ${fmt(r.calls / n).padStart(9)} ${fmt(net(r.calls, r.idle)).padStart(9)} ${String(Math.round(bytes / Math.max(1, r.calls + r.idle))).padStart(7)}`);
      }
      log(`   ${"TOTAL (tap)".padEnd(86)} ${fmt(ti / i.d.secs).padStart(8)} ${fmt(tc / n).padStart(9)} ${fmt(net(tc, ti)).padStart(9)}`);
    }
    log(`   varz in_msgs: idle ${fmt(i.d.inMsgs / i.d.secs)}/s, raw ${fmt(c.d.inMsgs / n)}/call, net ${fmt(net(c.d.inMsgs, i.d.inMsgs))}/call`);
    const streams = new Set([...Object.keys(c.d.streams), ...Object.keys(i.d.streams)]);
    for (const s of streams) log(`   stream ${s}: idle ${fmt((i.d.streams[s] ?? 0) / i.d.secs)}/s, raw ${fmt((c.d.streams[s] ?? 0) / n)}/call, net ${fmt(net(c.d.streams[s] ?? 0, i.d.streams[s] ?? 0))}/call`);
    log(`   CPU node: idle ${fmt(i.d.nodeCpuUs / 1000 / i.d.secs)} ms/s, raw ${fmt(c.d.nodeCpuUs / 1000 / n)} ms/call, net ${fmt(net(c.d.nodeCpuUs, i.d.nodeCpuUs) / 1000)} ms/call`);
    log(`   CPU nats: idle ${fmt(i.d.natsCpuUs / 1000 / i.d.secs)} ms/s, raw ${fmt(c.d.natsCpuUs / 1000 / n)} ms/call, net ${fmt(net(c.d.natsCpuUs, i.d.natsCpuUs) / 1000)} ms/call`);
    for (const [k, v] of Object.entries(c.d.metrics)) log(`   metric ${k}: ${fmt(v / n)}/call (idle ${fmt((i.d.metrics[k] ?? 0) / i.d.secs)}/s)`);
  }
  for (const w of windows) {
    if (w.profile === undefined) continue;
    const p = w.profile;
    const busy = p.totalMs - p.idleMs;
    log(`\n-- CPU profile of the node over the calls window (${w.calls} calls, ${w.answered} answered): ${fmt(busy)} ms sampled busy (${fmt(busy / Math.max(1, w.calls))} ms/call), idle ${fmt(p.idleMs)} ms`);
    log("   self time by module:");
    for (const [k, v] of p.byModule) log(`     ${fmt((100 * v) / busy).padStart(5)}%  ${fmt(v).padStart(7)} ms  ${k}`);
    log("   top self-time functions:");
    for (const [k, v] of p.byFunction.slice(0, 30)) log(`     ${fmt((100 * v) / busy).padStart(5)}%  ${fmt(v).padStart(7)} ms  ${k}`);
    log("   by module, native/builtin self time charged to the nearest script caller:");
    for (const [k, v] of p.byModuleCharged) log(`     ${fmt((100 * v) / busy).padStart(5)}%  ${fmt(v).padStart(7)} ms  ${k}`);
    log("   top functions, native/builtin self time charged to the nearest script caller:");
    for (const [k, v] of p.byFunctionCharged.slice(0, 30)) log(`     ${fmt((100 * v) / busy).padStart(5)}%  ${fmt(v).padStart(7)} ms  ${k}`);
  }
}

await main();
