/**
 * NATS goes away and comes back: nodes reconnect and actors continue with their state.
 * (1) one server restarted on the same port and store; (2) the same, but down for longer
 * than the lease, so every node stops its actors while cut off and re-acquires them after;
 * (3) a 3-node JetStream cluster (buckets at R3) with one server killed.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply } from "../../support/runtime-kinds.js";
import { startNatsCluster, startNatsServer } from "../../support/nats-server.js";
import { commitHistory, spawnNode } from "../../support/runtime-procs.js";

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

test.serial("server down for longer than the lease: nodes stop their actors, reconnect, re-acquire; state intact, one owner at a time", async (t) => {
  const server = await startNatsServer();
  const leaseMs = 2000;
  const env = { NATS_URLS: server.url, LEASE_MS: String(leaseMs) };
  const nodes = [spawnNode("out-a", env), spawnNode("out-b", env)];
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: leaseMs });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all(nodes.map((n) => n.waitFor((l) => l.ev === "ready")));
    const ids = ["o1", "o2", "o3", "o4", "o5", "o6"];
    for (const id of ids) t.is(await askUntilOk(client, id, "before"), 1);
    const activatedBefore = new Map(ids.map((id) => [id, nodes.flatMap((n) => n.lines).filter((l) => l.msg === "actor activated" && l.actor === `counter.${id}`).length]));

    await server.kill();
    // Every hosted actor must be stopped locally once renewals have failed for a lease.
    for (const id of ids) {
      await Promise.any(nodes.map((n) => n.waitFor((l) => l.msg === "lease lost; actor stopped locally" && l.actor === `counter.${id}`, 3 * leaseMs)));
    }
    await new Promise((r) => setTimeout(r, leaseMs));
    await server.restart();

    for (const id of ids) t.is(await askUntilOk(client, id, "after"), 2, `${id} kept its state across the outage`);
    for (const id of ids) {
      const key = `counter.${id}`;
      const activations = nodes.flatMap((n) => n.lines).filter((l) => l.msg === "actor activated" && l.actor === key);
      t.true(activations.length > (activatedBefore.get(id) ?? 0), `${id} re-acquired after the outage`);
      const history = commitHistory(nodes, key);
      const epochs = history.map((h) => h.epoch);
      t.deepEqual(epochs, [...epochs].sort((x, y) => x - y), `${id}: epochs never go back in the write history`);
      const writers = new Map<number, Set<string>>();
      for (const h of history) writers.set(h.epoch, (writers.get(h.epoch) ?? new Set()).add(h.node));
      t.true([...writers.values()].every((w) => w.size === 1), `${id}: each epoch written by one node`);
      t.true(new Set(epochs).size >= 2, `${id}: a new epoch after the outage`);
    }
    const final = await Promise.all(ids.map(async (id) => readReply(await client.ask(kind, id, { type: "get" }))));
    t.true(final.every((r) => r.tags.join() === "before,after"), "each message applied exactly once");
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
