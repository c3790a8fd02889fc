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
