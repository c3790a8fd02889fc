/**
 * The runtime's behavioural suite, written once and run against each transport
 * (embedded and NATS): one suite, two fixtures.
 */
import type { TestFn } from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../lib/clock.js";
import { silentLogger } from "../../lib/log.js";
import { HandlerFailedError, OverloadedError, Runtime, type RuntimeOptions, type Transport } from "../../lib/runtime/index.js";
import { counterKind, readReply, type CounterEffect } from "./runtime-kinds.js";

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
}
