/**
 * Timers survive a hand-off at their absolute fireAt: a countdown is not restarted by a
 * new activation (the flaw STYLE §2 warns about). Virtual time, embedded transport.
 */
import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { createMemoryTransport, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply, type CounterEffect } from "../../support/runtime-kinds.js";

const settle = async (): Promise<void> => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

/** Advances in small steps so lease renewals (async KV round trips) complete between ticks, as in real time. */
async function advanceTo(clock: SimulatedClock, target: number): Promise<void> {
  while (clock.now() < target) {
    clock.advanceTo(Math.min(target, clock.now() + 100));
    await settle();
  }
}

/** Runs everything due now (timers armed at 0 delay by async work) without moving time. */
async function runDue(clock: SimulatedClock): Promise<void> {
  for (let i = 0; i < 20; i++) {
    clock.advanceTo(clock.now());
    await settle();
  }
}

test("a timer armed on one node fires at its original fireAt on the node that re-activates the actor", async (t) => {
  const clock = new SimulatedClock(1_000_000);
  const transport = createMemoryTransport(clock, 3000);
  const fired: { node: string; at: number; effect: CounterEffect }[] = [];
  const mk = (node: string): Runtime =>
    Runtime.start({
      transport,
      clock,
      logger: silentLogger(),
      registry: new Registry(),
      nodeId: node,
      kinds: [counterKind((effect) => fired.push({ node, at: clock.now(), effect }))],
    });
  const kind = counterKind();
  const a = mk("a");
  const armed = a.ask(kind, "t", { type: "arm", timerId: "wrap-up", inMs: 10_000 });
  await settle();
  await armed;
  await advanceTo(clock, clock.now() + 4_000);
  const stopped = a.stop();
  await settle();
  await stopped;
  t.is(a.activeCount(), 0);

  const b = mk("b");
  const woke = b.ask(kind, "t", { type: "get" });
  await settle();
  t.deepEqual(readReply(await woke).fired, []);
  await advanceTo(clock, 1_000_000 + 9_999);
  t.deepEqual(fired, [], "not before fireAt");
  await advanceTo(clock, 1_000_000 + 10_000);
  t.deepEqual(fired, [{ node: "b", at: 1_010_000, effect: { type: "fired", timerId: "wrap-up" } }]);
  await b.stop();
});

test("an idle actor with a pending timer is passivated, and the timer index wakes it at fireAt with no message", async (t) => {
  const clock = new SimulatedClock(2_000_000);
  const transport = createMemoryTransport(clock, 3000);
  const fired: { node: string; at: number }[] = [];
  const mk = (node: string): Runtime =>
    Runtime.start({
      transport,
      clock,
      logger: silentLogger(),
      registry: new Registry(),
      nodeId: node,
      idleMs: 1000,
      kinds: [counterKind((effect) => { if (effect.type === "fired") fired.push({ node, at: clock.now() }); })],
    });
  const kind = counterKind();
  const a = mk("a");
  const armed = a.ask(kind, "sleepy", { type: "arm", timerId: "max-wait", inMs: 20_000 });
  await settle();
  await armed;
  await advanceTo(clock, 2_000_000 + 5_000);
  t.is(a.activeCount(), 0, "passivated although a timer is pending");

  // The owner leaves gracefully while the actor sleeps; a node that never saw a message for it fires the timer.
  const stopped = a.stop();
  await settle();
  await stopped;
  const b = mk("b");
  await advanceTo(clock, 2_000_000 + 19_900);
  t.deepEqual(fired, [], "not before fireAt");
  t.is(b.activeCount(), 0);
  await advanceTo(clock, 2_000_000 + 20_000);
  await runDue(clock);
  t.deepEqual(fired, [{ node: "b", at: 2_020_000 }]);
  t.is((await b.metrics.timerWakes.get()).values.find((v) => v.labels.kind === "counter")?.value, 1);

  // Once fired and passivated again, nothing is left in the index: no further wake-ups.
  await advanceTo(clock, 2_000_000 + 40_000);
  t.is(b.activeCount(), 0);
  t.deepEqual(await transport.timers.keys("counter"), []);
  t.is((await b.metrics.timerWakes.get()).values.find((v) => v.labels.kind === "counter")?.value, 1);
  await b.stop();
});

test("keepActive: an idle actor whose kind asks to stay is not passivated; once it no longer asks, it is", async (t) => {
  const clock = new SimulatedClock(3_000_000);
  const transport = createMemoryTransport(clock, 3000);
  const kind = { ...counterKind(), keepActive: (s: { count: number }) => s.count < 2 };
  const rt = Runtime.start({ transport, clock, logger: silentLogger(), registry: new Registry(), nodeId: "a", idleMs: 1000, kinds: [kind] });
  const first = rt.ask(kind, "staying", { type: "add", n: 1, tag: "t1" });
  await settle();
  await first;
  await advanceTo(clock, 3_000_000 + 5_000);
  t.is(rt.activeCount(), 1, "still active long after idleMs");
  const second = rt.ask(kind, "staying", { type: "add", n: 1, tag: "t2" });
  await settle();
  await second;
  await advanceTo(clock, 3_000_000 + 10_000);
  t.is(rt.activeCount(), 0, "passivated once keepActive is false");
  await rt.stop();
});
