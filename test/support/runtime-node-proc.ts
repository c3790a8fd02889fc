/**
 * A runtime node as a real child process, for crash/zombie/rebalancing tests. Hosts the
 * test counter kind on NATS; prints one JSON line per event on stdout: pino log lines
 * (debug: every commit with its epoch and revision) and `{"ev":"effect",…}` lines from
 * the effect runner, which is how tests observe "processed exactly once, by effect".
 *
 * env: NATS_URLS (comma-separated), NODE_ID, LEASE_MS, REPLICAS, LOCAL_LEASE_GUARD=0|1, LOG_LEVEL (default debug)
 */
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { createLogger } from "../../lib/log.js";
import { Runtime, connectNatsTransport } from "../../lib/runtime/index.js";
import { counterKind } from "./runtime-kinds.js";

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
const rt = Runtime.start({
  transport,
  clock: systemClock,
  logger,
  registry: new Registry(),
  kinds: [kind],
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
