/**
 * The Ringmesh path: a nats-server (JetStream, monitoring on `-m`) and one real
 * `ringmesh start` node on it, a bench organisation (agents in one answer group, wrap-up
 * 0, short ring time, plus separate users for the REGISTER rate), the agents' desktop
 * devices registered with digest by sipp and answered by sipp UAS processes (several
 * devices per process, each device's contact is its process's port), and every agent
 * logged in to the group through the SupervisionService API.
 *
 * Per run: the caller sipp dials the group number; NATS messages (/varz in_msgs and
 * out_msgs) and KV writes (/jsz: last_seq of every KV_* stream) are read before and
 * after, as are the node's and nats-server's CPU (/proc) and the node's
 * `sip_call_setup_seconds` histogram and `sip_calls_total` counters.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAdminClient, createSupervisionClient, type SupervisionClient } from "../../services/admin/index.js";
import { freePort, freeUdpTcpPort } from "../../test/support/ports.js";
import { scratchDir, startProc, treeCpuUs, type Proc } from "./procs.js";
import { judge, type Verdict } from "./ramp.js";
import { percentile, runLoad, SCENARIOS, SIPP, startUas, type LoadResult, type Uas } from "./sipp.js";

export const NATS_SERVER = process.env["NATS_SERVER_BIN"] ?? "/usr/sbin/nats-server";
const BIN = join(import.meta.dirname, "..", "..", "bin", "ringmesh.js");
export const ORG = "bench";
export const DOMAIN = "bench.example";
export const GROUP = "bench";
export const GROUP_NUMBER = "+35820000001";
const REG_USERS = 20;

export interface RingmeshOptions {
  readonly agents: number;
  /** sipp UAS processes the agents' devices are spread over. */
  readonly agentProcs: number;
  /** A queue absorbs overload for a while, so a rate passes only while the caller's INVITE → 200 p99 stays at or under this. */
  readonly maxSetupP99Ms: number;
  readonly log: (line: string) => void;
  /**
   * Run signaling in its own process beside one running the actors, admin and scheduler,
   * as deploy/k8s runs them in separate pods (every message between them goes over NATS
   * either way). Node CPU and metrics are then the two processes' sums.
   */
  readonly split?: boolean;
}

export interface Counters {
  readonly inMsgs: number;
  readonly outMsgs: number;
  readonly kv: Record<string, number>;
  readonly streams: Record<string, number>;
  readonly nodeCpuUs: number;
  readonly natsCpuUs: number;
  readonly metrics: string;
}

/** Background rates with no calls: lease renewals, timers, heartbeats, idle CPU. */
export interface IdleRates {
  readonly inPerS: number;
  readonly outPerS: number;
  readonly kvPerS: number;
  readonly nodeCpuUsPerS: number;
  readonly natsCpuUsPerS: number;
}

/** A per-call figure both as measured over the run window (raw) and net of the idle background over that window. */
export interface PerCall {
  readonly raw: number | null;
  readonly net: number | null;
}

export interface RingmeshRun {
  readonly load: LoadResult;
  readonly verdict: Verdict;
  /** Calls that got a 200 (successful minus the ones that ended on the 503 branch). */
  readonly answered: number;
  readonly rejected503: number;
  /** Seconds between the counter snapshots around the run. */
  readonly windowSecs: number;
  readonly natsIn: PerCall;
  readonly natsOut: PerCall;
  readonly kvWrites: PerCall;
  readonly kvByBucket: Record<string, number>;
  readonly otherStreams: Record<string, number>;
  /** CPU µs per answered call; node and nats-server also net of their idle CPU. */
  readonly cpuNode: PerCall;
  readonly cpuNats: PerCall;
  readonly cpuAgentsSipp: number | null;
  readonly cpuCallerSipp: number | null;
  /** Node's own histogram over this run: bucket upper bounds (s) → count; and outcome deltas. */
  readonly setupBuckets: [number, number][];
  readonly outcomes: Record<string, number>;
  /** caller INVITE sent → agent INVITE received, ms (only with `latency`). */
  readonly latencyMs: number[];
  /** The same calls' caller INVITE send instants, epoch ms, index for index. */
  readonly sentAtMs: number[];
  readonly settled: boolean;
}

const perCall = (x: number | undefined, calls: number): number | null => (x === undefined || calls <= 0 ? null : x / calls);

/** A metric's samples in Prometheus text: labels (or "") → value, summed over repeats (split nodes' texts are joined). */
/** What an idle bench node holds at most: lingering REGISTER and OPTIONS transactions. */
const QUIESCENT_TRANSACTIONS = 50;

export function metricValues(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (m === null || m[1] !== name) continue;
    const labels = m.at(2) ?? "";
    out.set(labels, (out.get(labels) ?? 0) + Number(m[3]));
  }
  return out;
}

function label(labels: string, key: string): string | undefined {
  return new RegExp(`${key}="([^"]*)"`).exec(labels)?.[1];
}

export class RingmeshBench {
  private nats?: Proc;
  /** The Ringmesh processes: one running every service, or (split) the actors' then signaling's. */
  private nodes: Proc[] = [];
  private dir = "";
  private natsPort = 0;
  private monitorPort = 0;
  private grpcPort = 0;
  /** The `/metrics` of each process in `nodes`. */
  private metricsPorts: number[] = [];
  sipPort = 0;
  private supervision?: SupervisionClient;
  private agentPorts: number[] = [];
  private agentUsers: string[][] = [];
  private regCsv = "";

  private idle: IdleRates = { inPerS: 0, outPerS: 0, kvPerS: 0, nodeCpuUsPerS: 0, natsCpuUsPerS: 0 };

  constructor(private readonly o: RingmeshOptions) {}

  get agents(): number {
    return this.o.agents;
  }

  /** The benchmark's own nats-server, for probes beside the node. */
  get natsUrl(): string {
    return `nats://127.0.0.1:${this.natsPort}`;
  }

  async start(): Promise<void> {
    this.dir = await scratchDir("ringmesh");
    this.natsPort = await freePort();
    this.monitorPort = await freePort();
    this.nats = startProc("nats-server", NATS_SERVER, ["-a", "127.0.0.1", "-p", String(this.natsPort), "-m", String(this.monitorPort), "-js", "-sd", join(this.dir, "js")]);
    await this.waitHttp(`http://127.0.0.1:${this.monitorPort}/varz`, this.nats, 10_000);

    this.grpcPort = await freePort();
    this.sipPort = await freeUdpTcpPort();
    const dataDir = join(this.dir, "node");
    // NODE_OPTIONS may not carry profiler flags (--prof, --cpu-prof), so they are passed here.
    // The young-generation size production runs with (deploy/k8s pod-common.yaml NODE_OPTIONS), then any extra flags.
    const flags = ["--max-semi-space-size=64", ...(process.env["RINGMESH_BENCH_NODE_FLAGS"] ?? "").split(" ").filter((f) => f !== "")];
    const roles: [string, string | undefined][] = this.o.split === true ? [["actors", "admin,queue-actor,agent-actor,scheduler"], ["signaling", "signaling"]] : [["ringmesh", undefined]];
    for (const [role, services] of roles) {
      const metricsPort = await freePort();
      const node = startProc(role, process.execPath, [...flags, BIN, "start", ...(services === undefined ? [] : ["--services", services])], {
        env: {
          ...process.env,
          NATS_URL: `nats://127.0.0.1:${this.natsPort}`,
          RINGMESH_HOST: "127.0.0.1",
          RINGMESH_NODE_ID: services === undefined ? "bench" : `bench-${role}`,
          GRPC_PORT: String(this.grpcPort),
          METRICS_PORT: String(metricsPort),
          SIP_PORT: String(this.sipPort),
          RINGMESH_DATA_DIR: dataDir,
          LOG_LEVEL: "warn",
        },
      });
      this.nodes.push(node);
      this.metricsPorts.push(metricsPort);
      await this.waitHttp(`http://127.0.0.1:${metricsPort}/readyz`, node, 60_000);
    }

    const token = (await readFile(join(dataDir, "admin.token"), "utf8")).trim();
    const admin = createAdminClient({ address: `127.0.0.1:${this.grpcPort}`, token });
    try {
      await admin.apply(this.documents());
    } finally {
      admin.close();
    }
    this.supervision = createSupervisionClient({ address: `127.0.0.1:${this.grpcPort}`, token });

    // Devices spread over the UAS processes; each process's port is the contact of its devices.
    const procs = Math.max(1, Math.min(this.o.agentProcs, this.o.agents));
    this.agentUsers = Array.from({ length: procs }, () => []);
    for (let i = 0; i < this.o.agents; i++) this.agentUsers[i % procs]?.push(agentName(i));
    this.agentPorts = [];
    for (const users of this.agentUsers) {
      const port = await freeUdpTcpPort();
      this.agentPorts.push(port);
      await this.registerDevices(users, port);
    }
    this.regCsv = join(this.dir, "reg-users.csv");
    await writeFile(this.regCsv, ["SEQUENTIAL", ...Array.from({ length: REG_USERS }, (_, i) => authLine(`bench-reg${pad(i)}`, `pw-reg${pad(i)}`))].join("\n") + "\n");

    for (let i = 0; i < this.o.agents; i++) await this.supervision.login({ organisation: ORG, user: agentName(i), group: GROUP });
    const status = await this.supervision.groupStatus(ORG, GROUP);
    const available = status.members.filter((m) => m.state === "available").length;
    this.o.log(`  ringmesh: node up (SIP 127.0.0.1:${this.sipPort}, NATS ${this.natsPort}), ${this.o.agents} devices registered from ${procs} sipp UAS ports, ${available}/${this.o.agents} agents available in ${ORG}/${GROUP}`);
    if (available !== this.o.agents) throw new Error(`only ${available}/${this.o.agents} agents available after login: ${JSON.stringify(status.members.slice(0, 5))}`);
  }

  private documents(): unknown[] {
    const doc = (kind: string, name: string, spec: unknown) => ({ apiVersion: "ringmesh/v1", kind, metadata: { organisation: ORG, name }, spec });
    const user = (name: string, sipUser: string, password: string) =>
      doc("User", name, { displayName: name, profile: "basic", presence: "available", devices: [{ kind: "desktop", sipUser, password }] });
    return [
      { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: ORG }, spec: { domain: DOMAIN, numbers: ["+35820000000-+35820000099"] } },
      ...Array.from({ length: this.o.agents }, (_, i) => user(agentName(i), `bench-${agentName(i)}`, `pw-${agentName(i)}`)),
      ...Array.from({ length: REG_USERS }, (_, i) => user(`reg${pad(i)}`, `bench-reg${pad(i)}`, `pw-reg${pad(i)}`)),
      doc("AnswerGroup", GROUP, {
        displayName: "Bench",
        number: GROUP_NUMBER,
        offeredNumber: { show: "caller" },
        queue: { noAgentsDestination: { type: "disconnect" }, overflowDestination: { type: "disconnect" } },
        routing: { mode: "skills", longestIdle: true, ringDevices: ["desktop"], ringSeconds: 5, wrapUpSeconds: 0, simultaneousAgents: 1, autoLogoutAfterMissed: 0 },
        members: Array.from({ length: this.o.agents }, (_, i) => ({ user: agentName(i) })),
      }),
    ];
  }

  private async registerDevices(users: readonly string[], port: number): Promise<void> {
    const csv = join(this.dir, `devices-${port}.csv`);
    await writeFile(csv, ["SEQUENTIAL", ...users.map((u) => authLine(`bench-${u}`, `pw-${u}`))].join("\n") + "\n");
    const p = startProc(`register-${port}`, SIPP, [
      `127.0.0.1:${this.sipPort}`,
      "-sf", join(SCENARIOS, "register-bind.xml"),
      "-inf", csv, "-key", "domain", DOMAIN,
      "-i", "127.0.0.1", "-p", String(port),
      "-m", String(users.length), "-r", "50", "-l", "10",
      "-nostdin", "-timeout", "20s", "-timeout_error", "-recv_timeout", "5000",
      "-trace_err", "-error_file", `${csv}.err`,
    ], { cwd: this.dir });
    const hard = setTimeout(() => void p.stop(1000), 30_000);
    const code = await p.exited;
    clearTimeout(hard);
    if (code !== 0) {
      const errors = (await readFile(`${csv}.err`, "utf8").catch(() => "")).slice(0, 1500);
      throw new Error(`registering ${users.length} devices from port ${port} failed (sipp exit ${code}): ${errors.replace(/\s+/g, " ")}`);
    }
  }

  private async waitHttp(url: string, proc: Proc, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.output().slice(-3000)}`);
      try {
        if ((await fetch(url)).status === 200) return;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${proc.name}: ${url} not ready within ${timeoutMs} ms:\n${proc.output().slice(-3000)}`);
  }

  private async json(path: string): Promise<Record<string, unknown>> {
    return (await (await fetch(`http://127.0.0.1:${this.monitorPort}${path}`)).json()) as Record<string, unknown>;
  }

  async counters(): Promise<Counters> {
    const varz = await this.json("/varz");
    const jsz = await this.json("/jsz?accounts=true&streams=true");
    const kv: Record<string, number> = {};
    const streams: Record<string, number> = {};
    const accounts = (jsz["account_details"] ?? []) as { stream_detail?: { name: string; state?: { last_seq?: number } }[] }[];
    for (const a of accounts) {
      for (const s of a.stream_detail ?? []) {
        const seq = s.state?.last_seq ?? 0;
        if (s.name.startsWith("KV_")) kv[s.name.slice(3)] = seq;
        else streams[s.name] = seq;
      }
    }
    return {
      inMsgs: Number(varz["in_msgs"] ?? 0),
      outMsgs: Number(varz["out_msgs"] ?? 0),
      kv,
      streams,
      nodeCpuUs: this.nodes.reduce((sum, n) => sum + treeCpuUs(n.pid), 0),
      natsCpuUs: this.nats === undefined ? 0 : treeCpuUs(this.nats.pid),
      metrics: await this.metricsText(),
    };
  }

  /** Every node's `/metrics`, joined (metricValues sums a sample the nodes both have). */
  private async metricsText(): Promise<string> {
    return (await Promise.all(this.metricsPorts.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()))).join("\n");
  }

  /** The group holds no calls and every agent is available again (bounded wait). */
  async settle(timeoutMs = 15_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const s = await this.supervision?.groupStatus(ORG, GROUP);
        if (s !== undefined && s.waiting.length === 0 && s.connected.length === 0 && s.members.every((m) => m.state === "available")) return true;
      } catch {
        // keep polling
      }
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /**
   * Waits (bounded) until the node's SIP transactions of earlier runs have expired: they
   * linger 64·T1 (32 s) after their final response and keep their messages, so a run right
   * after a faster one would also carry that run's heap and its major GCs.
   */
  async quiesce(timeoutMs = 40_000, atMost = QUIESCENT_TRANSACTIONS): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.metricsText();
      let live = 0;
      for (const v of metricValues(text, "sip_transactions").values()) live += v;
      if (live <= atMost || Date.now() > deadline) return live;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** Background rates with no calls, over `ms`; later runs report per-call figures net of these too. */
  async measureIdle(ms: number): Promise<IdleRates> {
    await this.settle();
    const a = await this.counters();
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, ms));
    const b = await this.counters();
    const s = (performance.now() - t0) / 1000;
    this.idle = {
      inPerS: (b.inMsgs - a.inMsgs) / s,
      outPerS: (b.outMsgs - a.outMsgs) / s,
      kvPerS: sumDelta(a.kv, b.kv) / s,
      nodeCpuUsPerS: (b.nodeCpuUs - a.nodeCpuUs) / s,
      natsCpuUsPerS: (b.natsCpuUs - a.natsCpuUs) / s,
    };
    return this.idle;
  }

  /** `quiesce`: first let the transactions of earlier runs expire (`quiesce()`). */
  async run(cps: number, secs: number, holdMs: number, o: { latency?: boolean; overload?: boolean; quiesce?: boolean } = {}): Promise<RingmeshRun> {
    const settled = await this.settle();
    if (o.quiesce === true) {
      const live = await this.quiesce();
      if (live > QUIESCENT_TRANSACTIONS) this.o.log(`  ringmesh: ${live} SIP transactions still live after 40 s; running anyway`);
    }
    const uases: Uas[] = [];
    try {
      for (const [i, port] of this.agentPorts.entries()) uases.push(await startUas(`agents-${i}`, join(SCENARIOS, "agent.xml"), port, { logs: o.latency === true }));
      const agents0 = uases.reduce((s, u) => s + u.cpuUs(), 0);
      const before = await this.counters();
      const t0 = performance.now();
      const load = await runLoad({
        name: "ringmesh-caller",
        target: `127.0.0.1:${this.sipPort}`,
        scenario: join(SCENARIOS, "caller.xml"),
        localPort: await freeUdpTcpPort(),
        cps,
        secs,
        holdMs,
        recvTimeoutMs: 30_000,
        args: ["-s", GROUP_NUMBER],
        logs: o.latency === true,
      });
      // State written as calls end (agent release) lands a moment after the last BYE.
      await new Promise((r) => setTimeout(r, 500));
      const after = await this.counters();
      const windowSecs = (performance.now() - t0) / 1000;
      const agentsCpu = uases.reduce((s, u) => s + u.cpuUs(), 0) - agents0;
      const rejected503 = load.rtd2.length;
      const answered = Math.max(0, load.successful - rejected503);
      const kvByBucket: Record<string, number> = {};
      for (const k of Object.keys(after.kv)) {
        const d = (after.kv[k] ?? 0) - (before.kv[k] ?? 0);
        if (d !== 0) kvByBucket[k] = d;
      }
      const otherStreams: Record<string, number> = {};
      for (const k of Object.keys(after.streams)) {
        const d = (after.streams[k] ?? 0) - (before.streams[k] ?? 0);
        if (d !== 0) otherStreams[k] = d;
      }
      const kvTotal = sumDelta(before.kv, after.kv);
      const both = (delta: number, idlePerS: number, calls: number): PerCall => ({ raw: perCall(delta, calls), net: perCall(delta - idlePerS * windowSecs, calls) });
      // Per call: every call the caller created (a rejected or failed call also costs messages).
      const calls = load.created;
      const latencyMs: number[] = [];
      const sentAtMs: number[] = [];
      if (o.latency === true) {
        const sent = new Map<string, number>();
        for (const l of load.logLines) {
          const m = /^CALLER \S+\s+\S+\s+([\d.]+) (\d+)/.exec(l);
          if (m !== null) sent.set(m.at(2) ?? "", Number(m[1]));
        }
        for (const u of uases) {
          for (const l of await u.logLines()) {
            const m = /^AGENT \S+\s+\S+\s+([\d.]+) (\d+)/.exec(l);
            const t0 = m === null ? undefined : sent.get(m.at(2) ?? "");
            // The first INVITE per call only (a re-offer to another agent is not setup latency).
            if (m !== null && t0 !== undefined) {
              latencyMs.push((Number(m[1]) - t0) * 1000);
              sentAtMs.push(t0 * 1000);
              sent.delete(m.at(2) ?? "");
            }
          }
        }
      }
      return {
        load,
        verdict: this.judgeRun(load, o.overload === true ? load.successful : answered, o.overload === true),
        answered,
        rejected503,
        windowSecs,
        natsIn: both(after.inMsgs - before.inMsgs, this.idle.inPerS, calls),
        natsOut: both(after.outMsgs - before.outMsgs, this.idle.outPerS, calls),
        kvWrites: both(kvTotal, this.idle.kvPerS, calls),
        kvByBucket,
        otherStreams,
        cpuNode: both(after.nodeCpuUs - before.nodeCpuUs, this.idle.nodeCpuUsPerS, answered),
        cpuNats: both(after.natsCpuUs - before.natsCpuUs, this.idle.natsCpuUsPerS, answered),
        cpuAgentsSipp: perCall(agentsCpu, answered),
        cpuCallerSipp: perCall(load.uacCpuUs, answered),
        setupBuckets: histogramDelta(before.metrics, after.metrics, "sip_call_setup_seconds_bucket"),
        outcomes: counterDelta(before.metrics, after.metrics, "sip_calls_total", "outcome"),
        latencyMs,
        sentAtMs,
        settled,
      };
    } finally {
      for (const u of uases) await u.stop();
    }
  }

  /** perf.md §2's rule, plus (except at overload) a bound on the caller's setup time: no standing queue. */
  private judgeRun(load: LoadResult, completed: number, overload: boolean): Verdict {
    const v = judge(load, completed);
    const p99 = percentile(load.rtd1, 99);
    if (overload || !(p99 > this.o.maxSetupP99Ms)) return v;
    const why = `INVITE→200 p99 ${p99} ms > ${this.o.maxSetupP99Ms} ms (calls queue)`;
    return { pass: false, completedPct: v.completedPct, why: v.pass ? why : `${v.why}, ${why}` };
  }

  /** Authenticated REGISTERs per second, closed loop: `window` registration calls in flight, 10 refreshes each. */
  async registerRate(secs: number, window: number): Promise<{ perSecond: number; ok: number; failedCalls: number; secs: number; nodeCpuUsPerRegister: number | null }> {
    const PER_CALL = 10;
    const run = async (calls: number, timeoutS: number) => {
      const before = await this.counters();
      const load = await runLoad({
        name: "register",
        target: `127.0.0.1:${this.sipPort}`,
        scenario: join(SCENARIOS, "register-loop.xml"),
        localPort: await freeUdpTcpPort(),
        cps: 100_000,
        secs: calls / 100_000,
        holdMs: 0,
        recvTimeoutMs: 5000,
        args: ["-inf", this.regCsv, "-key", "domain", DOMAIN, "-l", String(window), "-timeout", `${timeoutS}s`],
      });
      const after = await this.counters();
      return { load, nodeCpu: after.nodeCpuUs - before.nodeCpuUs, register: counterDelta(before.metrics, after.metrics, "sip_register_total", "result") };
    };
    // A short probe sizes the measured run to about `secs` seconds.
    const probe = await run(Math.max(window, 50), 20);
    const probeRate = (probe.load.successful * (PER_CALL + 1)) / Math.max(0.2, probe.load.wallSecs);
    const calls = Math.max(window * 2, Math.round((probeRate * secs) / (PER_CALL + 1)));
    const r = await run(calls, Math.ceil(secs * 3 + 10));
    // sipp's stat timestamps: from its start to the moment the last call ended (the final stat row).
    const elapsed = Number.isFinite(r.load.elapsedSecs) && r.load.elapsedSecs > 0 ? r.load.elapsedSecs : r.load.wallSecs;
    const ok = r.load.successful * PER_CALL;
    this.o.log(`  register: node answered ${JSON.stringify(r.register)}`);
    return { perSecond: ok / elapsed, ok, failedCalls: r.load.failed, secs: elapsed, nodeCpuUsPerRegister: perCall(r.nodeCpu, r.load.successful * (PER_CALL + 1)) };
  }

  async stop(): Promise<void> {
    this.supervision?.close();
    // A profiled node writes its profile only when it exits by itself; stopping 600 actors takes a while.
    // Signaling first: it drains its calls into the actors.
    for (const node of [...this.nodes].reverse()) await node.stop(process.env["RINGMESH_BENCH_NODE_FLAGS"] === undefined ? 10_000 : 120_000);
    await this.nats?.stop(3000);
    if (this.dir !== "") await rm(this.dir, { recursive: true, force: true });
  }

  nodeLog(): string {
    return this.nodes.map((n) => n.output().slice(-3000)).join("\n");
  }
}

/** One -inf line: the SIP user, and sipp's auth keyword with the credentials (sipp 3.6 expands it inside a field). */
function authLine(user: string, password: string): string {
  return `${user};[authentication username=${user} password=${password}];`;
}

function agentName(i: number): string {
  return `agent${pad(i)}`;
}

function pad(i: number): string {
  return String(i + 1).padStart(3, "0");
}

function sumDelta(a: Record<string, number>, b: Record<string, number>): number {
  return Object.keys(b).reduce((sum, k) => sum + (b[k] ?? 0) - (a[k] ?? 0), 0);
}

function histogramDelta(a: string, b: string, name: string): [number, number][] {
  const va = metricValues(a, name);
  const out: [number, number][] = [];
  for (const [labels, v] of metricValues(b, name)) {
    const le = label(labels, "le");
    if (le === undefined) continue;
    out.push([le === "+Inf" ? Infinity : Number(le), v - (va.get(labels) ?? 0)]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

function counterDelta(a: string, b: string, name: string, key: string): Record<string, number> {
  const va = metricValues(a, name);
  const out: Record<string, number> = {};
  for (const [labels, v] of metricValues(b, name)) {
    const d = v - (va.get(labels) ?? 0);
    if (d !== 0) out[label(labels, key) ?? labels] = d;
  }
  return out;
}

/** The bucket bound under which `p`% of the histogram's observations fall (an upper bound on the percentile). */
export function histogramPercentile(buckets: readonly [number, number][], p: number): number | null {
  const total = buckets[buckets.length - 1]?.[1] ?? 0;
  if (total <= 0) return null;
  for (const [le, count] of buckets) if (count >= (p / 100) * total) return le;
  return null;
}

export { percentile };
