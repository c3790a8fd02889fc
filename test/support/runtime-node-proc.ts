/**
 * A runtime node as a real child process, for crash/zombie/rebalancing tests. Hosts the
 * test counter kind on NATS; prints one JSON line per event on stdout: pino log lines
 * (debug: every commit with its epoch and revision) and `{"ev":"effect",…}` lines from
 * the effect runner, which is how tests observe "processed exactly once, by effect".
 *
 * Also hosts the relay kind (effects that message a counter): `{"ev":"relayed",…}` once the
 * counter acknowledged. Crash hooks, as tags (comma-separated): KILL_BEFORE_SEND (SIGKILL
 * itself after the commit, before the effect's message), HANG_AFTER_SEND (the runner never
 * returns after the message was delivered, so the effect is never acknowledged).
 *
 * env: NATS_URLS (comma-separated), NODE_ID, LEASE_MS, REPLICAS, LOCAL_LEASE_GUARD=0|1, LOG_LEVEL (default debug),
 *      KILL_BEFORE_SEND, HANG_AFTER_SEND
 */
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { createLogger } from "../../lib/log.js";
import { Runtime, connectNatsTransport } from "../../lib/runtime/index.js";
import { counterKind, relayKind } from "./runtime-kinds.js";

const env = (k: string, d?: string): string => {
  const v = process.env[k] ?? d;
  if (v === undefined) throw new Error(`${k} is required`);
  return v;
};

const nodeId = env("NODE_ID");
const logger = createLogger("runtime-node", process.env["LOG_LEVEL"] ?? "debug");
const transport = await connectNatsTransport({
  servers: env("NATS_URLS").split(","),
  name: nodeId,
  logger,
  leaseTtlMs: Number(env("LEASE_MS", "3000")),
  replicas: Number(env("REPLICAS", "1")),
});
const kind = counterKind((effect, ctx) => {
  process.stdout.write(`${JSON.stringify({ ev: "effect", node: nodeId, actor: ctx.self.id, epoch: ctx.epoch, rev: ctx.revision, at: ctx.now(), ...effect })}\n`);
});
const tags = (k: string): Set<string> => new Set((process.env[k] ?? "").split(",").filter((x) => x !== ""));
const killBefore = tags("KILL_BEFORE_SEND");
const hangAfter = tags("HANG_AFTER_SEND");
const relay = relayKind(counterKind(), {
  beforeSend(e, ctx) {
    process.stdout.write(`${JSON.stringify({ ev: "relaying", node: nodeId, actor: ctx.self.id, epoch: ctx.epoch, rev: ctx.revision, ...e })}\n`);
    if (killBefore.has(e.tag)) process.kill(process.pid, "SIGKILL");
  },
  async afterSend(e, ctx) {
    process.stdout.write(`${JSON.stringify({ ev: "relayed", node: nodeId, actor: ctx.self.id, epoch: ctx.epoch, rev: ctx.revision, ...e })}\n`);
    if (hangAfter.has(e.tag)) await new Promise(() => undefined);
  },
});
const rt = Runtime.start({
  transport,
  clock: systemClock,
  logger,
  registry: new Registry(),
  kinds: [kind, relay],
  nodeId,
  heartbeatMs: 200,
  memberTimeoutMs: 800,
  activation: { localLeaseGuard: env("LOCAL_LEASE_GUARD", "1") === "1" },
});
process.stdout.write(`${JSON.stringify({ ev: "ready", node: nodeId })}\n`);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void rt
    .stop()
    .then(() => transport.close())
    .finally(() => {
      process.stdout.write(`${JSON.stringify({ ev: "stopped", node: nodeId })}\n`);
      process.exit(0);
    });
});
