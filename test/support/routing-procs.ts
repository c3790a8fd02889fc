/** Spawns `routing-node-proc.ts` children (the runtime-procs.ts pattern); every child is stopped by its own pid. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { silentLogger } from "../../lib/log.js";
import { agentAddress, groupAddress } from "../../lib/routing/addresses.js";
import type { HeldCall } from "../../lib/routing/messages.js";
import { decodeCallCommand } from "../../lib/routing/outbound.js";
import { connectNatsTransport, ownerOf, Runtime } from "../../lib/runtime/index.js";
import { KvDocumentStore } from "../../lib/store/index.js";
import { subjects } from "../../lib/subjects.js";
import { startNatsServer } from "./nats-server.js";
import { CALLER, eventually, groupDoc, groupSnapshot, ORG, orgDocs, watchCalls, type GroupDocOptions } from "./routing-cluster.js";

const script = fileURLToPath(new URL("./routing-node-proc.ts", import.meta.url));

export interface RoutingProc {
  readonly id: string;
  readonly proc: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  kill9(): Promise<void>;
  /** SIGTERM and wait; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export function spawnRoutingNode(id: string, env: Record<string, string>): RoutingProc {
  const proc = spawn(process.execPath, ["--import=tsx", script], { env: { ...process.env, NODE_ID: id, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${id} not ready in 20 s; stderr: ${stderr}`)), 20_000);
    proc.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('"ev":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`${id} exited before ready; stderr: ${stderr}`)));
  });
  ready.catch(() => undefined);
  proc.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const alive = (): boolean => proc.exitCode === null && proc.signalCode === null;
  return {
    id,
    proc,
    ready,
    exited,
    async kill9() {
      if (alive()) proc.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (!alive()) return;
      proc.kill("SIGTERM");
      const k = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(k);
    },
  };
}

/**
 * The fail-over tests' cluster: a fresh nats-server, two routing node processes (lease
 * 2 s), and a client runtime with the document store and a watcher of the call commands.
 */
export async function startRoutingPair(prefix: string) {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000" };
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: 2000 });
  const store = await KvDocumentStore.open(transport.nc);
  const a = spawnRoutingNode(`${prefix}-a`, env);
  const b = spawnRoutingNode(`${prefix}-b`, env);
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  const calls = watchCalls(transport.bus);
  // The test plays signaling: the calls it announced and did not connect wait there, and a
  // group that lost them with its owner asks for them (queue-actor held.ts).
  const waiting = new Map<string, { readonly group: string; readonly call: HeldCall }>();
  const asks = transport.bus.subscribe(subjects.heldCallsAsk(ORG), (m) => {
    const { groupId } = decodeCallCommand(m.data);
    const held = [...waiting.values()].filter((w) => w.group === groupId).map((w) => w.call);
    if (held.length > 0) client.tell(groupAddress, `${ORG}.${groupId}`, { type: "callsHeld", calls: held }).catch(() => undefined);
  });
  await Promise.all([a.ready, b.ready]);
  /** Returns when the call was announced, as signaling keeps it. */
  const arrive = async (group: string, callId: string, caller = CALLER): Promise<number> => {
    const now = Date.now();
    waiting.set(callId, { group, call: { callId, caller, firstArrivedAt: now, enqueuedAt: now } });
    await client.tell(groupAddress, `${ORG}.${group}`, { type: "callArrived", callId, caller });
    return now;
  };
  return {
    transport,
    store,
    a,
    b,
    client,
    calls,
    /** Applies the example organisation and a group whose rendezvous owner is `owner`; returns its name. */
    async groupOn(owner: string, prefix: string, o: GroupDocOptions = {}): Promise<string> {
      let name = `${prefix}-0`;
      for (let i = 1; ownerOf([a.id, b.id], `acme.${name}`) !== owner; i++) name = `${prefix}-${i}`;
      await store.apply([...orgDocs(), groupDoc(name, o)]);
      await new Promise((r) => setTimeout(r, 600));
      return name;
    },
    /** Call `callId` arrives at `group` and waits at this test's "signaling" until `answered`. */
    arrive,
    /** Signaling connected `callId` (the test tells the group legAnswered itself): no longer waiting. */
    answered(callId: string): void {
      waiting.delete(callId);
    },
    /** alice logs in to `group`; once the group sees her free, call c1 arrives and rings her. */
    async ringAlice(group: string): Promise<void> {
      await client.tell(agentAddress, "acme.alice", { type: "login", groupId: group });
      await eventually(() => groupSnapshot(client, group), (s) => s.members.some((m) => m.agentId === "alice" && m.availability === "free"));
      await arrive(group, "c1");
      await calls.waitFor("ringAgent", (c) => c.callId === "c1" && c.agentId === "alice");
    },
    async stop(): Promise<void> {
      calls.stop();
      asks.unsubscribe();
      await client.stop().catch(() => undefined);
      await Promise.all([a.stop(), b.stop()]);
      await store.close();
      await transport.close();
      await server.stop();
    },
  };
}
