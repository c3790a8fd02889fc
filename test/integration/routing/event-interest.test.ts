import { connect, type NatsConnection } from "@nats-io/transport-node";
import test from "ava";
import { Kvm } from "@nats-io/kv";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { declareEventInterest, EventInterest, interestGatedEvents } from "../../../lib/routing/events.js";
import { natsPublisher } from "../../../lib/routing/outbound.js";
import { buckets, subjects } from "../../../lib/subjects.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";

let server: NatsServer | undefined;
const conns: NatsConnection[] = [];

test.before(async () => {
  server = await startNatsServer();
});

test.after.always(async () => {
  for (const nc of conns) await nc.close();
  await server?.stop();
});

async function conn(): Promise<NatsConnection> {
  const nc = await connect({ servers: server?.url ?? "" });
  conns.push(nc);
  return nc;
}

// Generous: on a loaded 2-core CI box (the whole suite, several nats-servers) the KV watch has taken over 5 s.
async function until(cond: () => boolean, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
}

const notice = { name: "agentState", agentId: "alice", state: "available" };

test("events go out only while a listener declared interest in the organisation, on real NATS", async (t) => {
  const node = await conn();
  const registry = new Registry();
  const interest = new EventInterest(node, { clock: systemClock, logger: silentLogger() });
  t.teardown(() => interest.stop());
  await interest.ready;
  const events = interestGatedEvents(natsPublisher(node), interest, registry);

  const reader = await conn();
  const got: string[] = [];
  const sub = reader.subscribe(subjects.eventsOfOrg("acme"), {
    callback: (_err, m) => {
      got.push(m.subject);
    },
  });
  await reader.flush();

  events.publish("acme", notice, "k1");
  await node.flush();
  await new Promise((r) => setTimeout(r, 100));
  t.deepEqual(got, [], "a subscriber that did not declare gets nothing");

  const declared = declareEventInterest(reader, "acme", "wallboard-1", { logger: silentLogger() });
  await declared.ready;
  t.true(await until(() => interest.has("acme")), "the node learns of the declaration");
  t.false(interest.has("other"));
  events.publish("acme", notice, "k2");
  events.publish("other", notice, "k3");
  t.true(await until(() => got.length === 1));
  t.deepEqual(got, [subjects.event("acme", "agentState")]);

  await declared.stop();
  t.true(await until(() => !interest.has("acme")), "withdrawn at once");
  events.publish("acme", notice, "k4");
  await node.flush();
  await new Promise((r) => setTimeout(r, 100));
  t.is(got.length, 1);
  const metrics = await registry.metrics();
  t.regex(metrics, /ringmesh_events_total\{outcome="published"\} 1\n/);
  t.regex(metrics, /ringmesh_events_total\{outcome="no_listener"\} 3\n/);
  sub.unsubscribe();
});

test("a node that starts after a listener declared sees it; a declaration never refreshed lapses after the TTL", async (t) => {
  const reader = await conn();
  const declared = declareEventInterest(reader, "globex", "wallboard-2", { logger: silentLogger() });
  await declared.ready;
  // A listener that died without withdrawing: written once, never refreshed.
  const kv = await new Kvm(reader).open(buckets.eventInterest);
  await kv.put("initech.crashed", "0");

  const node = await conn();
  const interest = new EventInterest(node, { clock: systemClock, logger: silentLogger(), ttlMs: 1500 });
  t.teardown(() => interest.stop());
  await interest.ready;
  t.true(interest.has("globex"), "replayed declarations count once ready");
  t.true(interest.has("initech"));
  t.true(await until(() => !interest.has("initech"), 3000), "lapsed");
  await declared.stop();
});
