/**
 * A routing node (group and agent kinds, live config) as a real child process, for
 * fail-over tests. Signaling commands go out on the call subjects over NATS.
 * Prints `{"ev":"ready"}` once serving. env: NATS_URLS, NODE_ID, LEASE_MS.
 */
import { createLogger } from "../../lib/log.js";
import { natsPublisher } from "../../lib/routing/outbound.js";
import { connectNatsTransport } from "../../lib/runtime/index.js";
import { KvDocumentStore } from "../../lib/store/index.js";
import { startRoutingNode } from "./routing-cluster.js";

const env = (k: string, d?: string): string => {
  const v = process.env[k] ?? d;
  if (v === undefined) throw new Error(`${k} is required`);
  return v;
};

const nodeId = env("NODE_ID");
const logger = createLogger("routing-node", process.env["LOG_LEVEL"] ?? "info");
const transport = await connectNatsTransport({ servers: env("NATS_URLS").split(","), name: nodeId, logger, leaseTtlMs: Number(env("LEASE_MS", "2000")) });
const store = await KvDocumentStore.open(transport.nc);
const node = await startRoutingNode({ transport, store, publisher: natsPublisher(transport.nc), nodeId, logger });
process.stdout.write(`${JSON.stringify({ ev: "ready", node: nodeId })}\n`);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void node
    .stop()
    .then(() => store.close())
    .then(() => transport.close())
    .finally(() => process.exit(0));
});
