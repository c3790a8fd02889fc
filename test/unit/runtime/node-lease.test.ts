/**
 * One lease per node (`node-lease.ts`) and ownership claimed in the state record
 * (`activation.ts`), in virtual time on the embedded transport: renewals do not grow with
 * the number of actors; a node whose renewals fail stops all its actors before its key can
 * expire; a restart under the same node id waits out its predecessor's session; a record
 * left claimed by a live node is served there (`H.holder`) and handed back; two nodes
 * racing for a free record end with one owner.
 */
import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { kvKeys, subjects } from "../../../lib/subjects.js";
import { encodeRecordWith, H, RecentLog, statusOf } from "../../../lib/runtime/envelope.js";
import { createMemoryTransport, ownerOf, Runtime, type Transport } from "../../../lib/runtime/index.js";
import { encodeIndex } from "../../../lib/runtime/timer-index.js";
import type { KvBucket } from "../../../lib/runtime/transport.js";
import { counterKind, readReply, type CounterEffect, type EffectSink } from "../../support/runtime-kinds.js";

const TTL = 3000;
const enc = new TextEncoder();
const dec = new TextDecoder();

const settle = async (): Promise<void> => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

/** Small steps, so that KV round trips (promises) complete between timer ticks, as in real time. */
async function advanceBy(clock: SimulatedClock, ms: number, step = 50): Promise<void> {
  const target = clock.now() + ms;
  while (clock.now() < target) {
    clock.advanceTo(Math.min(target, clock.now() + step));
    await settle();
  }
}

/** Resolves `p` while virtual time runs; fails the test past `maxMs` of it. */
async function during<T>(clock: SimulatedClock, p: Promise<T>, maxMs = 20_000): Promise<T> {
  const box: { outcome?: { ok: true; value: T } | { ok: false; error: unknown } } = {};
  void p.then(
    (value) => {
      box.outcome = { ok: true, value };
    },
    (error: unknown) => {
      box.outcome = { ok: false, error };
    },
  );
  const until = clock.now() + maxMs;
  while (box.outcome === undefined && clock.now() < until) await advanceBy(clock, 50);
  const o = box.outcome;
  if (o === undefined) throw new Error(`not settled within ${maxMs} ms of virtual time`);
  if (!o.ok) throw o.error instanceof Error ? o.error : new Error(String(o.error));
  return o.value;
}

/** Counts writes to a bucket and can make one writer's `update`s fail like a lost connection. */
function counting(bucket: KvBucket): KvBucket & { writes: number; failUpdates: boolean } {
  const c = {
    writes: 0,
    failUpdates: false,
    get: (k: string) => bucket.get(k),
    keys: (p: string) => bucket.keys(p),
    watch: (p: string, f: Parameters<KvBucket["watch"]>[1]) => bucket.watch(p, f),
    create: (k: string, v: Uint8Array) => {
      c.writes++;
      return bucket.create(k, v);
    },
    update: (k: string, v: Uint8Array, r: number) => {
      if (c.failUpdates) return Promise.reject(new Error("connection lost"));
      c.writes++;
      return bucket.update(k, v, r);
    },
    delete: (k: string, r?: number) => {
      c.writes++;
      return bucket.delete(k, r);
    },
  };
  return c;
}

function node(clock: SimulatedClock, transport: Transport, nodeId: string, registry = new Registry(), sink?: EffectSink): Runtime {
  return Runtime.start({ transport, clock, logger: silentLogger(), registry, nodeId, kinds: [counterKind(sink)], heartbeatMs: 200, memberTimeoutMs: 800 });
}

async function metric(registry: Registry, name: string): Promise<number> {
  const line = (await registry.metrics()).split("\n").find((l) => l.startsWith(`${name}{kind="counter"}`));
  return Number(line?.split(" ").pop() ?? Number.NaN);
}

test("lease writes are one renewal per TTL/4 per node, whatever the number of active actors", async (t) => {
  const clock = new SimulatedClock(1_000_000);
  const shared = createMemoryTransport(clock, TTL);
  const kind = counterKind();
  const perNode = async (actors: number): Promise<number> => {
    const leases = counting(shared.leases);
    const rt = node(clock, { ...shared, leases }, `w${actors}`);
    await during(clock, Promise.all(Array.from({ length: actors }, (_, i) => rt.ask(kind, `w${actors}-${i}`, { type: "add", n: 1, tag: "x" }))));
    t.is(rt.activeCount(), actors);
    const before = leases.writes;
    await advanceBy(clock, 30_000);
    t.is(rt.activeCount(), actors, "still active: idle passivation is 60 s");
    const writes = leases.writes - before;
    await during(clock, rt.stop());
    return writes;
  };
  const one = await perNode(1);
  const forty = await perNode(40);
  t.true(one >= 38 && one <= 42, `${one} lease writes in 30 s with 1 actor (one per ${TTL / 4} ms)`);
  t.is(forty, one, "40 actors cost the same lease writes as one");
});

test("a node whose renewals fail stops every actor before its key can expire; the node serves again under a new session", async (t) => {
  const clock = new SimulatedClock(2_000_000);
  const shared = createMemoryTransport(clock, TTL);
  const leases = counting(shared.leases);
  const registry = new Registry();
  const a = node(clock, { ...shared, leases }, "a", registry);
  const kind = counterKind();
  const ids = ["l1", "l2", "l3", "l4", "l5"];
  await during(clock, Promise.all(ids.map((id) => a.ask(kind, id, { type: "add", n: 1, tag: "before" }))));
  const key = kvKeys.nodeLease("a");
  const held = await shared.leases.get(key);
  const oldSession = (JSON.parse(dec.decode(held?.value)) as { session: string }).session;

  leases.failUpdates = true;
  const failedAt = clock.now();
  let stoppedAt: number | undefined;
  let expiredAt: number | undefined;
  while (clock.now() < failedAt + 2 * TTL && (stoppedAt === undefined || expiredAt === undefined)) {
    await advanceBy(clock, 10, 10);
    // Once stopped, actors with unacknowledged effects are woken again by the timer index: count the stops.
    if (stoppedAt === undefined && (await metric(registry, "ringmesh_actor_leases_lost_total")) === ids.length) stoppedAt = clock.now();
    if (expiredAt === undefined && (await shared.leases.get(key))?.value !== held?.value) expiredAt = clock.now();
  }
  t.truthy(stoppedAt, "every actor stopped");
  t.truthy(expiredAt, "the key expired on the server");
  t.true((stoppedAt ?? Infinity) < (expiredAt ?? 0), `stopped at +${(stoppedAt ?? 0) - failedAt} ms, before the key expired at +${(expiredAt ?? 0) - failedAt} ms`);
  t.true((stoppedAt ?? 0) - failedAt <= TTL - 200, "at the end of the lease's local validity");

  leases.failUpdates = false;
  const after = await during(clock, Promise.all(ids.map((id) => a.ask(kind, id, { type: "add", n: 1, tag: "after" }))));
  t.deepEqual(after.map((r) => readReply(r).count), ids.map(() => 2), "state intact");
  const now = JSON.parse(dec.decode((await shared.leases.get(key))?.value)) as { session: string };
  t.not(now.session, oldSession, "a lost session never comes back");
  await during(clock, a.stop());
});

test("a restart under the same node id waits out its predecessor's session, then takes its actors over", async (t) => {
  const clock = new SimulatedClock(3_000_000);
  const transport = createMemoryTransport(clock, TTL);
  const kind = counterKind();
  // What a process killed a moment ago leaves: its live lease key and a record it claimed.
  await transport.leases.create(kvKeys.nodeLease("a"), enc.encode(JSON.stringify({ node: "a", session: "dead-one" })));
  const state = kind.codec.encodeState({ count: 7, tags: ["old"], fired: [] });
  await transport.states.create("counter.r1", encodeRecordWith({ epoch: 0, owner: "a", session: "dead-one", timers: new Map() }, new RecentLog().plan(new Map(), 0, 8).section, state));
  const registry = new Registry();
  const startedAt = clock.now();
  const a = node(clock, transport, "a", registry);
  const r = readReply(await during(clock, a.ask(kind, "r1", { type: "add", n: 1, tag: "new" })));
  t.is(r.count, 8, "state carried over");
  t.true(clock.now() - startedAt >= TTL, `answered after the old session's key expired (${clock.now() - startedAt} ms)`);
  t.is(await metric(registry, "ringmesh_actor_lease_takeovers_total"), 1);
  await during(clock, a.stop());
  t.is(await transport.leases.get(kvKeys.nodeLease("a")), undefined, "a graceful stop ends the session");
});

test("a record left claimed by a live node is served there, then handed to its rendezvous owner", async (t) => {
  const clock = new SimulatedClock(4_000_000);
  const transport = createMemoryTransport(clock, TTL);
  const kind = counterKind();
  const a = node(clock, transport, "a");
  const b = node(clock, transport, "b");
  await advanceBy(clock, 500);
  let id = "h0";
  for (let i = 0; ownerOf(["a", "b"], id) !== "b"; i++) id = `h${i}`;
  // A's claim whose release never landed: the record names a's live session, a hosts nothing.
  const session = (JSON.parse(dec.decode((await transport.leases.get(kvKeys.nodeLease("a")))?.value)) as { session: string }).session;
  const state = kind.codec.encodeState({ count: 3, tags: ["x"], fired: [] });
  await transport.states.create(`counter.${id}`, encodeRecordWith({ epoch: 0, owner: "a", session, timers: new Map() }, new RecentLog().plan(new Map(), 0, 8).section, state));

  const first = readReply(await during(clock, b.ask(kind, id, { type: "add", n: 1, tag: "y" }), 2000));
  t.is(first.count, 4, "served from the record without waiting for a lease that never expires");
  const loopbacks = (await b.metrics.localDeliveries.get()).values.find((v) => v.labels.kind === kind.kind)?.value;
  t.is(loopbacks, 1, "b, the rendezvous owner, sent its ask without the bus; the holder's answer came back through b's own request");
  await advanceBy(clock, 500);
  t.is(a.activeCount(), 0, "a handed it back");
  const second = readReply(await during(clock, b.ask(kind, id, { type: "add", n: 1, tag: "z" }), 2000));
  t.is(second.count, 5);
  t.is(b.activeCount(), 1, "now active on its rendezvous owner");
  await during(clock, Promise.all([a.stop(), b.stop()]));
});

test("a record left claimed by a live node fires its due timers: the rendezvous owner's wake-up asks the holder to let go", async (t) => {
  const clock = new SimulatedClock(6_000_000);
  const transport = createMemoryTransport(clock, TTL);
  const kind = counterKind();
  const fired: { node: string; at: number; effect: CounterEffect }[] = [];
  const a = node(clock, transport, "a", new Registry(), (effect) => fired.push({ node: "a", at: clock.now(), effect }));
  const b = node(clock, transport, "b", new Registry(), (effect) => fired.push({ node: "b", at: clock.now(), effect }));
  await advanceBy(clock, 500);
  let id = "p0";
  for (let i = 0; ownerOf(["a", "b"], id) !== "b"; i++) id = `p${i}`;
  const session = (JSON.parse(dec.decode((await transport.leases.get(kvKeys.nodeLease("a")))?.value)) as { session: string }).session;
  const fireAt = clock.now() + 1000;
  const state = kind.codec.encodeState({ count: 1, tags: ["x"], fired: [] });
  await transport.states.create(`counter.${id}`, encodeRecordWith({ epoch: 0, owner: "a", session, timers: new Map([["ring", fireAt]]) }, new RecentLog().plan(new Map(), 0, 8).section, state));
  await transport.timers.create(`counter.${id}`, encodeIndex({ epoch: 0, fireAt }));
  await advanceBy(clock, 5000);
  t.deepEqual(fired.map((f) => f.effect), [{ type: "fired", timerId: "ring" }], "fired once, with no message sent to the actor");
  t.true((fired[0]?.at ?? 0) >= fireAt, "not before its fireAt");
  t.deepEqual(readReply(await during(clock, b.ask(kind, id, { type: "get" }))).fired, ["ring"]);
  await during(clock, Promise.all([a.stop(), b.stop()]));
});

test("two nodes claiming the same free record at once: one owner, every applied message counted once", async (t) => {
  const clock = new SimulatedClock(5_000_000);
  const transport = createMemoryTransport(clock, TTL);
  const kind = counterKind();
  const a = node(clock, transport, "a");
  const b = node(clock, transport, "b");
  await advanceBy(clock, 500);
  // Hops at the limit make each node activate locally instead of forwarding by rendezvous.
  const send = (nodeId: string, tag: string) =>
    transport.bus.request(subjects.node(nodeId, "counter"), kind.codec.encodeEvent({ type: "add", n: 1, tag }), { [H.actor]: "race", [H.idem]: tag, [H.hops]: "2" }, 5000);
  const answers = await during(clock, Promise.all([send("a", "via-a"), send("b", "via-b")]));
  const ok = answers.filter((m) => statusOf(m.headers) === "ok").length;
  t.true(ok >= 1, "at least one was applied");
  t.is(a.activeCount() + b.activeCount(), 1, "one activation won the claim");
  const final = readReply(await during(clock, a.ask(kind, "race", { type: "get" })));
  t.is(final.count, ok, "each answered ok once applied, nothing applied twice");
  await during(clock, Promise.all([a.stop(), b.stop()]));
});
