import test from "ava";
import { SimulatedClock } from "../../lib/clock.js";

test("SimulatedClock fires timers in fireAt order, ties in arming order", (t) => {
  const clock = new SimulatedClock(1000);
  const fired: string[] = [];
  clock.setTimeout(() => fired.push("b@1500"), 500);
  clock.setTimeout(() => fired.push("a@1200"), 200);
  clock.setTimeout(() => fired.push("c@1500"), 500);
  const cancelled = clock.setTimeout(() => fired.push("x"), 100);
  clock.clearTimeout(cancelled);
  clock.advanceTo(1499);
  t.deepEqual(fired, ["a@1200"]);
  clock.advanceBy(1);
  t.deepEqual(fired, ["a@1200", "b@1500", "c@1500"]);
  t.is(clock.now(), 1500);
});

test("SimulatedClock fires a timer armed by a firing timer when it falls due", (t) => {
  const clock = new SimulatedClock(0);
  const at: number[] = [];
  clock.setTimeout(() => {
    at.push(clock.now());
    clock.setTimeout(() => at.push(clock.now()), 10);
  }, 10);
  clock.advanceTo(100);
  t.deepEqual(at, [10, 20]);
  t.is(clock.nextFireAt(), undefined);
});
