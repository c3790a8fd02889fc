/**
 * NATS goes away and comes back: nodes reconnect and actors continue with their state.
 * (1) one server restarted on the same port and store; (2) a 3-node JetStream cluster
 * (buckets at R3) with one server killed.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply } from "../../support/runtime-kinds.js";
import { startNatsCluster, startNatsServer } from "../../support/nats-server.js";
import { spawnNode } from "../../support/runtime-procs.js";

const kind = counterKind();

async function askUntilOk(client: Runtime, id: string, tag: string): Promise<number> {
  return readReply(await client.ask(kind, id, { type: "add", n: 1, tag }, { timeoutMs: 30_000 })).count;
}

test.serial("single server restarted on the same port and store: actors continue", async (t) => {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000", LOG_LEVEL: "info" };
  const nodes = [spawnNode("rs-a", env), spawnNode("rs-b", env)];
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: 2000 });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all(nodes.map((n) => n.waitFor((l) => l.ev === "ready")));
    const ids = ["r1", "r2", "r3", "r4"];
    for (const id of ids) t.is(await askUntilOk(client, id, "before"), 1);
    await server.restart();
    for (const id of ids) t.is(await askUntilOk(client, id, "after"), 2, `${id} kept its state across the restart`);
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all(nodes.map((n) => n.stop()));
    await server.stop();
  }
});

test.serial("3-node JetStream cluster with one server killed: actors continue", async (t) => {
  const cluster = await startNatsCluster(3);
  const env = { NATS_URLS: cluster.urls.join(","), LEASE_MS: "2000", REPLICAS: "3", LOG_LEVEL: "info" };
  const nodes = [spawnNode("cl-a", env), spawnNode("cl-b", env)];
  let transport: Awaited<ReturnType<typeof connectNatsTransport>> | undefined;
  let client: Runtime | undefined;
  try {
    await Promise.all(nodes.map((n) => n.waitFor((l) => l.ev === "ready", 30_000)));
    transport = await connectNatsTransport({ servers: cluster.urls, name: "client", logger: silentLogger(), leaseTtlMs: 2000, replicas: 3 });
    client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
    const ids = ["c1", "c2", "c3", "c4"];
    for (const id of ids) t.is(await askUntilOk(client, id, "before"), 1);
    await cluster.servers[0]?.kill();
    for (const id of ids) t.is(await askUntilOk(client, id, "after"), 2, `${id} kept its state with one server down`);
  } finally {
    await client?.stop().catch(() => undefined);
    await transport?.close();
    await Promise.all(nodes.map((n) => n.stop()));
    await cluster.stop();
  }
});
