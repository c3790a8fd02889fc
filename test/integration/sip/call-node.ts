/**
 * For call tests: one node in this process composed as `ringmesh start` composes it
 * (queue-actor and signaling sharing a CallCommandBridge, agent-actor beside them, an
 * in-memory actor transport and a file store), and a bounded sipp runner.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { loadServerConfig, type ServerConfig } from "../../../lib/env.js";
import { createLogger, silentLogger } from "../../../lib/log.js";
import { agentAddress } from "../../../lib/routing/addresses.js";
import { createMemoryTransport, Runtime } from "../../../lib/runtime/index.js";
import type { RunningService } from "../../../lib/service.js";
import { FileDocumentStore, type DocumentStore } from "../../../lib/store/index.js";
import { agentActorService } from "../../../services/agent-actor/index.js";
import { createQueueActorService } from "../../../services/queue-actor/index.js";
import { CallCommandBridge, createSignalingService, type SignalingNode } from "../../../services/signaling/index.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { agentSnapshot, eventually, groupSnapshot } from "../../support/routing-cluster.js";

export const GROUP_NUMBER = "+35810123456";
export const CALLER = "+358401111111";

/** acme: alice (desktop + ipPhone) and bob (desktop) in `support` (ordered, M10 = 2 s, no wrap-up, Q2 disconnect); `test-line` on 8001. */
export function callDocs(): unknown[] {
  const org = "acme";
  const user = (name: string, devices: unknown[]) => ({ apiVersion: "ringmesh/v1", kind: "User", metadata: { organisation: org, name }, spec: { displayName: name, profile: "multi", devices } });
  return [
    { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: org }, spec: { domain: "acme.example", numbers: ["+35810123400-+35810123499"] } },
    user("alice", [
      { kind: "desktop", sipUser: "alice-desk", password: "alice-secret" },
      { kind: "ipPhone", sipUser: "alice-phone", password: "alice-secret" },
    ]),
    user("bob", [{ kind: "desktop", sipUser: "bob-desk", password: "bob-secret" }]),
    {
      apiVersion: "ringmesh/v1",
      kind: "AnswerGroup",
      metadata: { organisation: org, name: "support" },
      spec: {
        displayName: "Support",
        billingId: "FI-1234",
        number: GROUP_NUMBER,
        offeredNumber: { show: "caller", suffix: "*1" },
        queue: { noAgentsDestination: { type: "disconnect" }, overflowDestination: { type: "disconnect" } },
        routing: { mode: "ordered", ringDevices: ["desktop", "ipPhone"], ringSeconds: 2, wrapUpSeconds: 0, simultaneousAgents: 1, autoLogoutAfterMissed: 0 },
        members: [
          { user: "alice", ringOrder: 1 },
          { user: "bob", ringOrder: 2 },
        ],
      },
    },
    {
      apiVersion: "ringmesh/v1",
      kind: "AnswerGroup",
      metadata: { organisation: org, name: "test-line" },
      spec: { displayName: "Internal test line", number: "8001", queue: { noAgentsDestination: { type: "disconnect" } }, members: [{ user: "alice" }] },
    },
  ];
}

export interface CallNode {
  readonly runtime: Runtime;
  readonly signaling: SignalingNode;
  readonly registry: Registry;
  readonly sipPort: number;
  login(user: string, group?: string): Promise<void>;
  /** The agent is free again (not reserved, not on a call) and the group holds no calls. */
  settled(user: string, group?: string): Promise<void>;
  metric(line: RegExp): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * The routing and signaling services in this process, as `ringmesh start` composes them,
 * on the embedded transport: the group and agent actors, and signaling sharing one
 * CallCommandBridge. `nc` gives signaling a NATS connection (call records, locations).
 */
export async function startInProcessNode(o: { config: ServerConfig; store: DocumentStore; component: string; nc?: NatsConnection }) {
  const registry = new Registry();
  // RINGMESH_TEST_LOG=debug shows the node's log while debugging a scenario.
  const level = process.env["RINGMESH_TEST_LOG"];
  const logger = level === undefined ? silentLogger() : createLogger(o.component, level);
  const transport = createMemoryTransport(systemClock);
  const bridge = new CallCommandBridge();
  const modules = [createQueueActorService({ signaling: bridge.port }), agentActorService, createSignalingService({ bridge })];
  const base = { config: o.config, logger, registry, clock: systemClock, store: o.store };
  const runtime = Runtime.start({ transport, clock: systemClock, logger, registry, nodeId: o.config.nodeId, kinds: modules.flatMap((m) => m.kinds?.(base) ?? []) });
  const running: RunningService[] = [];
  for (const m of modules) running.push(await m.start({ ...base, runtime, ...(m.name === "signaling" && o.nc !== undefined ? { nc: o.nc } : {}) }));
  return {
    runtime,
    registry,
    signaling: running[2] as SignalingNode,
    async stop(): Promise<void> {
      for (const s of running.reverse()) await s.stop();
      await runtime.stop();
      await transport.close();
    },
  };
}

export async function startCallNode(docs: unknown[] = callDocs()): Promise<CallNode> {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-calls-"));
  const store = await FileDocumentStore.open(dir);
  await store.apply(docs);
  const config = loadServerConfig({ RINGMESH_HOST: "127.0.0.1", SIP_PORT: String(await freeUdpTcpPort()), RINGMESH_NODE_ID: "sig_calls-1", LOG_LEVEL: "silent" });
  const node = await startInProcessNode({ config, store, component: "calls-test" });
  const { runtime, registry, signaling } = node;
  const free = (phase: string) => phase === "available" || phase === "collecting";
  return {
    runtime,
    signaling,
    registry,
    sipPort: signaling.sipPort,
    async login(user, group = "support") {
      await runtime.tell(agentAddress, `acme.${user}`, { type: "login", groupId: group });
      await eventually(() => groupSnapshot(runtime, group), (s) => s.members.some((m) => m.agentId === user && m.availability === "free"));
    },
    async settled(user, group = "support") {
      await eventually(() => agentSnapshot(runtime, user), (a) => free(a.phase) && a.callId === "", 8000);
      await eventually(() => groupSnapshot(runtime, group), (s) => s.calls.length === 0, 8000);
    },
    async metric(line) {
      const deadline = Date.now() + 5000;
      for (;;) {
        if (line.test(await registry.metrics())) return true;
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await node.stop();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- sipp

export { killSipps, scenario, sipp, type SippRun } from "../../support/sipp.js";
import { sipp, type SippRun } from "../../support/sipp.js";

/** Registers `user` from `local` (UDP), so an agent UAS started on `local` afterwards receives the calls. */
export async function register(node: CallNode, user: string, password: string, local: number): Promise<void> {
  const r = await sipp("register.xml", { local, remote: node.sipPort, args: ["-key", "aor_user", user, "-key", "domain", "acme.example", "-key", "expires", "300", "-au", user, "-ap", password] });
  if (r.code !== 0) throw new Error(`REGISTER of ${user} failed:\n${r.output}`);
}

/** A UAS sipp on `local`, given a moment to bind before the caller dials; `done` settles when it exits. */
export async function device(file: string, local: number, args: readonly string[] = []): Promise<{ readonly done: Promise<SippRun> }> {
  const done = sipp(file, { local, args, timeoutS: 20 });
  await new Promise((r) => setTimeout(r, 300));
  return { done };
}

export function caller(file: string, node: CallNode, local: number, args: readonly string[] = []): Promise<SippRun> {
  return sipp(file, { local, remote: node.sipPort, args: ["-s", GROUP_NUMBER, "-key", "caller", CALLER, ...args] });
}

/**
 * A fresh call node with alice's desktop registered on a free port and alice logged in to
 * support. `started` gets the node before anything can fail, so the caller's cleanup stops it.
 */
export async function startAliceNode(started: (n: CallNode) => void): Promise<{ n: CallNode; desk: number }> {
  const n = await startCallNode();
  started(n);
  const desk = await freeUdpTcpPort();
  await register(n, "alice-desk", "alice-secret", desk);
  await n.login("alice");
  return { n, desk };
}

/** The messages a sipp run received (its -trace_msg file) whose start line matches. */
export function receivedMessages(trace: string, startLine: RegExp): string[] {
  return trace
    .split(/\n(?=-{5,})/)
    .filter((block) => /message received/.test(block))
    .map((block) => block.replace(/^[\s\S]*?bytes\)?\s*:[ \t]*\n/, "").trim())
    .filter((m) => startLine.test(m));
}

/** /metrics once neither leg of any call has a dialog left. */
export const BOTH_DIALOGS_GONE = /sip_dialogs_active\{side="caller"\} 0[\s\S]*sip_dialogs_active\{side="agent"\} 0/;
