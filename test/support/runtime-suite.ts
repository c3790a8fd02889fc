/**
 * The runtime's behavioural suite, written once and run against each transport
 * (embedded and NATS): one suite, two fixtures.
 */
import type { TestFn } from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { silentLogger } from "../../lib/log.js";
import { subjects } from "../../lib/subjects.js";
import { generatedKey, H, statusOf } from "../../lib/runtime/envelope.js";
import { HandlerFailedError, OverloadedError, Runtime, type RuntimeOptions, type Transport } from "../../lib/runtime/index.js";
import { RequestTimeoutError } from "../../lib/runtime/transport.js";
import { counterKind, readReply, relayKind, type CounterEffect } from "./runtime-kinds.js";

export interface RuntimeFixture {
  /** A transport onto the shared cluster (a fresh connection for NATS, the shared one in memory). */
  transport(): Promise<Transport>;
}

let kindSeq = 0;

export function behaviourSuite(test: TestFn, fixture: () => RuntimeFixture): void {
  const started: Runtime[] = [];
  const transports: Transport[] = [];

  async function node(kinds: RuntimeOptions["kinds"], extra: Partial<RuntimeOptions> = {}): Promise<Runtime> {
    const transport = await fixture().transport();
    transports.push(transport);
    const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds, heartbeatMs: 100, memberTimeoutMs: 400, ...extra });
    started.push(rt);
    return rt;
  }

  /** A bare connection onto the cluster, for tests that speak the wire protocol themselves. */
  async function wire(): Promise<Transport> {
    const transport = await fixture().transport();
    transports.push(transport);
    return transport;
  }

  function newKind(): { kind: ReturnType<typeof counterKind>; effects: CounterEffect[] } {
    const effects: CounterEffect[] = [];
    return { kind: counterKind((e) => effects.push(e), `c${process.pid}x${++kindSeq}`), effects };
  }

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test.after.always(async () => {
    await Promise.allSettled(started.map((r) => r.stop()));
    await Promise.allSettled(transports.map((t) => t.close()));
  });

  test("ask answers from the decision; tell resolves once applied", async (t) => {
    const { kind, effects } = newKind();
    const rt = await node([kind]);
    await rt.tell(kind, "a1", { type: "add", n: 2, tag: "x" });
    const r = readReply(await rt.ask(kind, "a1", { type: "add", n: 3, tag: "y" }));
    t.is(r.count, 5);
    t.deepEqual(r.tags, ["x", "y"]);
    t.deepEqual(effects, [{ type: "applied", tag: "x", count: 2 }, { type: "applied", tag: "y", count: 5 }]);
  });

  test("state persists across passivation and re-activation", async (t) => {
    const { kind } = newKind();
    const rt = await node([kind], { idleMs: 150 });
    await rt.ask(kind, "p1", { type: "add", n: 7, tag: "a" });
    for (let i = 0; i < 50 && rt.activeCount(kind.kind) > 0; i++) await sleep(50);
    t.is(rt.activeCount(kind.kind), 0, "actor passivated when idle");
    t.is(readReply(await rt.ask(kind, "p1", { type: "get" })).count, 7);
    t.is((await rt.metrics.activations.get()).values.find((v) => v.labels.kind === kind.kind)?.value, 2);
  });

  test("timers fire at their absolute fireAt and are persisted", async (t) => {
    const { kind, effects } = newKind();
    const rt = await node([kind]);
    await rt.ask(kind, "t1", { type: "arm", timerId: "ring", inMs: 150 });
    await rt.ask(kind, "t1", { type: "arm", timerId: "gone", inMs: 150 });
    await rt.ask(kind, "t1", { type: "cancel", timerId: "gone" });
    for (let i = 0; i < 40 && effects.length === 0; i++) await sleep(25);
    t.deepEqual(effects, [{ type: "fired", timerId: "ring" }]);
    t.deepEqual(readReply(await rt.ask(kind, "t1", { type: "get" })).fired, ["ring"]);
  });

  test("an idle actor sleeps with a pending timer and the timer index wakes it to fire", async (t) => {
    const { kind, effects } = newKind();
    const rt = await node([kind], { idleMs: 100 });
    await rt.ask(kind, "w1", { type: "add", n: 1, tag: "a" });
    await rt.ask(kind, "w1", { type: "arm", timerId: "later", inMs: 900 });
    for (let i = 0; i < 40 && rt.activeCount(kind.kind) > 0; i++) await sleep(25);
    t.is(rt.activeCount(kind.kind), 0, "passivated with the timer pending");
    t.deepEqual(effects.filter((e) => e.type === "fired"), []);
    for (let i = 0; i < 80 && !effects.some((e) => e.type === "fired"); i++) await sleep(25);
    t.deepEqual(effects.filter((e) => e.type === "fired"), [{ type: "fired", timerId: "later" }]);
    t.is((await rt.metrics.timerWakes.get()).values.find((v) => v.labels.kind === kind.kind)?.value, 1);
    t.deepEqual(readReply(await rt.ask(kind, "w1", { type: "get" })).fired, ["later"]);
  });

  test("a repeated idempotency key is applied once and answered with the first reply", async (t) => {
    const { kind, effects } = newKind();
    const rt = await node([kind]);
    const first = readReply(await rt.ask(kind, "d1", { type: "add", n: 1, tag: "once" }, { idempotencyKey: "k-1" }));
    const again = readReply(await rt.ask(kind, "d1", { type: "add", n: 1, tag: "once" }, { idempotencyKey: "k-1" }));
    const both = await Promise.all([1, 2, 3].map(() => rt.ask(kind, "d1", { type: "add", n: 5, tag: "burst" }, { idempotencyKey: "k-2" })));
    t.deepEqual(again, first);
    t.is(readReply(await rt.ask(kind, "d1", { type: "get" })).count, 6);
    t.is(new Set(both.map((b) => readReply(b).count)).size, 1);
    t.is(effects.length, 2);
  });

  test("generated keys: a retry gets the stored reply; once its caller's floor has passed a key, a late copy is answered but not applied", async (t) => {
    const { kind, effects } = newKind();
    await node([kind]);
    const { bus } = await wire();
    const session = Buffer.alloc(16, 9).toString("base64url");
    const send = async (seq: number, floor: number, tag: string): Promise<{ status: string; data: Uint8Array }> => {
      const headers = { [H.actor]: "g1", [H.idem]: generatedKey(session, seq, floor), [H.deadline]: String(Date.now() + 10_000) };
      const m = await bus.request(subjects.actor(kind.kind, "g1"), kind.codec.encodeEvent({ type: "add", n: 1, tag }), headers, 10_000);
      return { status: statusOf(m.headers), data: m.data };
    };
    const first = await send(0, 0, "a");
    t.is(first.status, "ok");
    t.deepEqual(readReply(first.data).tags, ["a"]);
    t.deepEqual((await send(0, 0, "a")).data, first.data, "a retry of a key above the floor gets its stored reply");
    // Call 1 started after call 0 finished: its floor is 1, which covers key 0.
    t.deepEqual(readReply((await send(1, 1, "b")).data).tags, ["a", "b"]);
    const late = await send(0, 0, "a");
    t.is(late.status, "ok");
    t.is(late.data.length, 0, "a copy of a finished call is answered with no reply: nobody waits for one");
    t.deepEqual(readReply((await send(1, 1, "b")).data).tags, ["a", "b"], "the newest key keeps its reply");
    t.deepEqual(readReply(await (await node([])).ask(kind, "g1", { type: "get" })).tags, ["a", "b"], "each applied once");
    t.deepEqual(effects.map((e) => (e.type === "applied" ? e.tag : e.timerId)), ["a", "b"]);
  });

  test("the runtime's own keys name its calls: one session, numbered calls, the oldest still running as floor; a given key never looks generated", async (t) => {
    const kindName = `k${process.pid}x${++kindSeq}`;
    const caller = await node([]);
    const { bus } = await wire();
    const held: { idem: string; answer: () => void }[] = [];
    const sub = bus.subscribe(subjects.actorsOfKind(kindName), (m) => {
      held.push({ idem: m.headers[H.idem] ?? "", answer: () => m.reply !== undefined && bus.publish(m.reply, new Uint8Array(0)) });
    });
    try {
      const kind = { kind: kindName, codec: { encodeEvent: () => new Uint8Array(0) } };
      const until = async (n: number): Promise<void> => {
        for (let i = 0; i < 200 && held.length < n; i++) await sleep(10);
        t.is(held.length, n);
      };
      const c0 = caller.tell(kind, "x", {});
      await until(1);
      const c1 = caller.tell(kind, "x", {});
      await until(2);
      held[1]?.answer();
      await c1;
      const c2 = caller.tell(kind, "x", {});
      await until(3);
      held[0]?.answer();
      await c0;
      const c3 = caller.tell(kind, "x", {});
      await until(4);
      held[2]?.answer();
      held[3]?.answer();
      await Promise.all([c2, c3]);
      const keys = held.map((h) => h.idem.split("."));
      t.true(keys.every((k) => k[0] === keys[0]?.[0] && /^~[A-Za-z0-9_-]{22}$/.test(k[0] ?? "")), "one session");
      t.deepEqual(keys.map((k) => [Number(k[1]), Number(k[2])]), [[0, 0], [1, 0], [2, 0], [3, 2]], "[seq, floor]: call 0 held the floor until it finished");
      const given = caller.tell(kind, "x", {}, { idempotencyKey: held[0]?.idem ?? "" });
      await until(5);
      held[4]?.answer();
      await given;
      t.is(held[4]?.idem, `~${held[0]?.idem ?? ""}`, "a given key in the generated shape is escaped");
    } finally {
      sub.unsubscribe();
    }
  });

  test("post: a message taken in is not answered, a refused one is, and effects' posts to one actor arrive in order, once each", async (t) => {
    const { kind, effects } = newKind();
    await node([kind]);
    const { bus } = await wire();
    const headers = (actor: string, idem: string) => ({ [H.actor]: actor, [H.idem]: idem, [H.deadline]: String(Date.now() + 10_000), [H.noReply]: "1", [H.oneway]: "1" });
    const add = kind.codec.encodeEvent({ type: "add", n: 1, tag: "raw" });
    await t.throwsAsync(bus.request(subjects.actor(kind.kind, "q1"), add, headers("q1", "k-post-1"), 500), { instanceOf: RequestTimeoutError }, "silence: taken");
    const refused = await bus.request(subjects.actor(kind.kind, "q1"), add, headers("", "k-post-2"), 2000);
    t.is(statusOf(refused.headers), "bad_message", "a refusal is answered");
    const relay = relayKind(kind, {}, `r${process.pid}x${++kindSeq}`);
    const rt = await node([relay]);
    const tags = ["p1", "p2", "p3", "p4", "p5"];
    for (const tag of tags) await rt.tell(relay, "r1", { type: "relay", to: "q1", tag, post: true });
    for (let i = 0; i < 100 && effects.length < 6; i++) await sleep(20);
    t.deepEqual(readReply(await rt.ask(kind, "q1", { type: "get" })).tags, ["raw", ...tags]);
    t.is(effects.length, 6);
  });

  test("an actor this node owns is reached without the bus (loopback): asks answered, tells applied, effects' posts in order, each once", async (t) => {
    const { kind, effects } = newKind();
    const relay = relayKind(kind, {}, `r${process.pid}x${++kindSeq}`);
    const rt = await node([kind, relay]);
    const { bus } = await wire();
    const crossed: string[] = [];
    const subs = [kind.kind, relay.kind].map((k) => bus.subscribe(subjects.node(rt.nodeId, k), (m) => crossed.push(m.subject)));
    try {
      await sleep(250);
      const tags = ["p1", "p2", "p3", "p4", "p5"];
      for (const tag of tags) await rt.tell(relay, "r1", { type: "relay", to: "l1", tag, post: tag !== "p3" });
      for (let i = 0; i < 100 && effects.length < 5; i++) await sleep(20);
      const r = readReply(await rt.ask(kind, "l1", { type: "get" }));
      t.deepEqual(r.tags, tags, "in order, once each");
      t.is(effects.length, 5);
      t.deepEqual(crossed, [], "nothing for this node's own actors went over the bus");
      const local = (await rt.metrics.localDeliveries.get()).values;
      t.is(local.find((v) => v.labels.kind === relay.kind)?.value, 5);
      t.is(local.find((v) => v.labels.kind === kind.kind)?.value, 6, "five from the relay's effects, one ask");
    } finally {
      for (const s of subs) s.unsubscribe();
    }
  });

  test("a burst between this node's own actors yields to timers and sockets between its hops (loopback deliveries are deferred, not microtasks)", async (t) => {
    const { kind, effects } = newKind();
    const relay = relayKind(kind, {}, `r${process.pid}x${++kindSeq}`);
    const rt = await node([kind, relay]);
    await sleep(250);
    const n = 300;
    let appliedWhenTimerRan: number | undefined;
    setTimeout(() => (appliedWhenTimerRan = effects.length), 0);
    await Promise.all(Array.from({ length: n }, (_, i) => rt.tell(relay, "rb", { type: "relay", to: "lb", tag: `b${i}`, post: true })));
    for (let i = 0; i < 200 && effects.length < n; i++) await sleep(20);
    t.is(effects.length, n);
    t.true(appliedWhenTimerRan !== undefined && appliedWhenTimerRan < n, `a timer due at once ran only after the whole burst (${appliedWhenTimerRan} of ${n} applied)`);
  });

  test("a loopback post is settled as soon as the actor takes it, not after an attempt's silence (the sender stops holding it)", async (t) => {
    const { kind } = newKind();
    const rt = await node([kind], { attemptTimeoutMs: 30_000, defaultTimeoutMs: 60_000 });
    await sleep(250);
    const settled = await Promise.race([rt.post(kind, "lp1", { type: "add", n: 1, tag: "a" }).then(() => "taken"), sleep(5000).then(() => "still waiting")]);
    t.is(settled, "taken");
    t.deepEqual(readReply(await rt.ask(kind, "lp1", { type: "get" })).tags, ["a"]);
  });

  test("post: a message nobody can take yet is resent in the background until a host takes it", async (t) => {
    const { kind, effects } = newKind();
    const relay = relayKind(kind, {}, `r${process.pid}x${++kindSeq}`);
    const rt = await node([relay]);
    await rt.tell(relay, "r1", { type: "relay", to: "late", tag: "l1", post: true });
    await sleep(300);
    t.deepEqual(effects, [], "no host of the counter kind yet");
    await node([kind]);
    for (let i = 0; i < 150 && effects.length === 0; i++) await sleep(20);
    t.deepEqual(readReply(await rt.ask(kind, "late", { type: "get" })).tags, ["l1"]);
  });

  test("a throwing handler fails that message only; the actor restarts from its persisted state", async (t) => {
    const { kind } = newKind();
    const rt = await node([kind], { activation: { restartBaseMs: 20 } });
    await rt.ask(kind, "b1", { type: "add", n: 4, tag: "a" });
    await t.throwsAsync(rt.ask(kind, "b1", { type: "boom" }), { instanceOf: HandlerFailedError });
    t.is(readReply(await rt.ask(kind, "b1", { type: "add", n: 1, tag: "b" })).count, 5);
    t.is((await rt.metrics.restarts.get()).values.find((v) => v.labels.kind === kind.kind)?.value, 1);
  });

  test("a full mailbox pushes back with OverloadedError instead of queueing without bound", async (t) => {
    const { kind } = newKind();
    const rt = await node([kind], { activation: { mailboxCapacity: 2 } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => rt.ask(kind, "o1", { type: "add", n: 1, tag: `m${i}` })));
    const rejected = results.filter((r) => r.status === "rejected");
    t.true(rejected.length > 0);
    t.true(rejected.every((r) => r.reason instanceof OverloadedError));
    const applied = results.length - rejected.length;
    t.is(readReply(await rt.ask(kind, "o1", { type: "get" })).count, applied);
  });

  test("with two hosts each actor is active on exactly one, and a pure client reaches all", async (t) => {
    const { kind } = newKind();
    const a = await node([kind]);
    const b = await node([kind]);
    const client = await node([]);
    await sleep(250);
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`);
    await Promise.all(ids.map((id) => client.ask(kind, id, { type: "add", n: 1, tag: id })));
    t.is(a.activeCount(kind.kind) + b.activeCount(kind.kind), ids.length);
    t.true(a.activeCount(kind.kind) > 0 && b.activeCount(kind.kind) > 0, "placement spreads actors");
    for (const id of ids) t.is(readReply(await a.ask(kind, id, { type: "get" })).count, 1);
    await b.stop();
    for (const id of ids) t.is(readReply(await client.ask(kind, id, { type: "add", n: 1, tag: "after" })).count, 2);
    t.is(a.activeCount(kind.kind), ids.length, "graceful hand-off moved b's actors to a");
  });

  test("onHostsLost names the hosts of a kind that leave a client's view, and only those (what they held in memory may need telling again)", async (t) => {
    const { kind } = newKind();
    const a = await node([kind]);
    const client = await node([]);
    const lost: string[][] = [];
    const stop = client.onHostsLost(kind.kind, (nodes) => lost.push([...nodes]));
    const b = await node([kind]);
    await client.ask(kind, "h1", { type: "get" });
    await sleep(250);
    t.deepEqual(lost, [], "a host joining is not a loss");
    await b.stop();
    for (let i = 0; i < 40 && lost.length === 0; i++) await sleep(25);
    t.deepEqual(lost, [[b.nodeId]]);
    stop();
    await a.stop();
    await sleep(200);
    t.is(lost.length, 1, "unsubscribed");
  });
}
