/**
 * Routing actors for integration tests: documents for one organisation, a node hosting
 * both kinds with live config on a given transport and store, a watcher of the call
 * subjects (what signaling will receive), and snapshot helpers.
 */
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { silentLogger, type Logger } from "../../lib/log.js";
import { ringmesh } from "../../lib/generated/pb.js";
import { agentAddress, groupAddress } from "../../lib/routing/addresses.js";
import { startConfigFeeder, storeConfigSource, type ConfigFeeder } from "../../lib/routing/config.js";
import { agentMetrics, groupMetrics } from "../../lib/routing/metrics.js";
import { decodeCallCommand, subjectSignalingPort, type CallCommand, type Publisher } from "../../lib/routing/outbound.js";
import { ungatedEvents } from "../../lib/routing/events.js";
import { Runtime, type Transport } from "../../lib/runtime/index.js";
import type { Bus } from "../../lib/runtime/transport.js";
import type { DocumentStore } from "../../lib/store/index.js";
import { subjects } from "../../lib/subjects.js";
import { createAgentKind } from "../../services/agent-actor/index.js";
import { createGroupKind } from "../../services/queue-actor/index.js";

export const ORG = "acme";
export const CALLER = "+358401111111";
export const GROUP_NUMBER = "+35810123456";

export interface GroupDocOptions {
  readonly ringSeconds?: number;
  readonly wrapUpSeconds?: number;
  readonly maxWaitSeconds?: number;
  readonly autoLogoutAfterMissed?: number;
  /** Users of the group, skill level 1; alice alone by default. */
  readonly members?: readonly string[];
}

export function orgDocs(): unknown[] {
  return [
    { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: ORG }, spec: { domain: "acme.example", numbers: ["+35810123400-+35810123499"] } },
    {
      apiVersion: "ringmesh/v1",
      kind: "User",
      metadata: { organisation: ORG, name: "alice" },
      spec: {
        displayName: "Alice",
        profile: "multi",
        devices: [
          { kind: "desktop", sipUser: "alice-desk", password: "s3cret" },
          { kind: "mobile", number: "+358401234567" },
          { kind: "externalPbx", sipUser: "alice-pbx", password: "s3cret" },
        ],
      },
    },
  ];
}

export function groupDoc(name: string, o: GroupDocOptions = {}, number = GROUP_NUMBER): unknown {
  return {
    apiVersion: "ringmesh/v1",
    kind: "AnswerGroup",
    metadata: { organisation: ORG, name },
    spec: {
      type: "customerService",
      displayName: "Support",
      billingId: "FI-1234",
      number,
      offeredNumber: { show: "caller", suffix: "*1" },
      queue: { maxWaitSeconds: o.maxWaitSeconds ?? 0, overflowDestination: { type: "disconnect" } },
      routing: { ringDevices: ["desktop", "mobile"], ringSeconds: o.ringSeconds ?? 20, wrapUpSeconds: o.wrapUpSeconds ?? 0, autoLogoutAfterMissed: o.autoLogoutAfterMissed ?? 0 },
      members: (o.members ?? ["alice"]).map((user) => ({ user, skillLevel: 1 })),
    },
  };
}

export interface RoutingNode {
  readonly runtime: Runtime;
  stop(): Promise<void>;
}

/** Both routing kinds and their config feeders, as the two service modules set them up. */
export async function startRoutingNode(o: {
  transport: Transport;
  store: DocumentStore;
  publisher: Publisher;
  nodeId?: string;
  logger?: Logger;
}): Promise<RoutingNode> {
  const logger = o.logger ?? silentLogger();
  const registry = new Registry();
  const config = storeConfigSource(o.store);
  const kinds = [
    createGroupKind({ config, signaling: subjectSignalingPort(o.publisher), events: ungatedEvents(o.publisher), metrics: groupMetrics(registry, systemClock), logger }),
    createAgentKind({ config, events: ungatedEvents(o.publisher), metrics: agentMetrics(registry), logger }),
  ];
  const runtime = Runtime.start({
    transport: o.transport,
    clock: systemClock,
    logger,
    registry,
    kinds,
    heartbeatMs: 200,
    memberTimeoutMs: 800,
    ...(o.nodeId !== undefined ? { nodeId: o.nodeId } : {}),
  });
  const feeders: ConfigFeeder[] = [
    startConfigFeeder({ store: o.store, runtime, logger, kind: "AnswerGroup" }),
    startConfigFeeder({ store: o.store, runtime, logger, kind: "User" }),
  ];
  await Promise.all(feeders.map((f) => f.ready));
  return {
    runtime,
    async stop() {
      await Promise.all(feeders.map((f) => f.stop()));
      await runtime.stop();
    },
  };
}

export interface SeenCommand {
  readonly at: number;
  readonly groupId: string;
  readonly command: CallCommand;
}

/** Records every CallCommand of the organisation, as signaling would receive them. */
export function watchCalls(bus: Bus, org = ORG) {
  const seen: SeenCommand[] = [];
  const waiters = new Set<() => void>();
  const sub = bus.subscribe(subjects.callsOfOrg(org), (m) => {
    const { groupId, command } = decodeCallCommand(m.data);
    seen.push({ at: Date.now(), groupId, command });
    for (const w of waiters) w();
  });
  function waitFor<T extends CallCommand["type"]>(type: T, pred: (c: Extract<CallCommand, { type: T }>) => boolean = () => true, timeoutMs = 10_000) {
    return new Promise<SeenCommand & { command: Extract<CallCommand, { type: T }> }>((resolve, reject) => {
      const check = (): boolean => {
        const hit = seen.find((s) => s.command.type === type && pred(s.command as Extract<CallCommand, { type: T }>));
        if (hit === undefined) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(hit as SeenCommand & { command: Extract<CallCommand, { type: T }> });
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${type} command within ${timeoutMs} ms; seen: ${JSON.stringify(seen.map((s) => s.command))}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  }
  return { seen, waitFor, stop: () => sub.unsubscribe() };
}

export async function groupSnapshot(rt: Runtime, name: string, timeoutMs?: number): Promise<ringmesh.v1.GroupSnapshot> {
  const b = await rt.ask(groupAddress, `${ORG}.${name}`, { type: "getSnapshot" }, timeoutMs !== undefined ? { timeoutMs } : undefined);
  return ringmesh.v1.GroupSnapshot.decode(b ?? new Uint8Array());
}

export async function agentSnapshot(rt: Runtime, user: string): Promise<ringmesh.v1.AgentSnapshot> {
  const b = await rt.ask(agentAddress, `${ORG}.${user}`, { type: "getSnapshot" });
  return ringmesh.v1.AgentSnapshot.decode(b ?? new Uint8Array());
}

/** Polls until `pred` holds (actors settle through several asynchronous messages). */
export async function eventually<T>(read: () => Promise<T>, pred: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (pred(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
