/**
 * A group writes nothing when a call arrives; a group that is built again (its owner
 * died) asks signaling which of its calls wait (`askHeld`) and takes them back from the
 * answer (`callsHeld`, held.ts). Simulated time.
 */
import test from "ava";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import type { CallsHeld } from "../../../lib/routing/messages.js";
import { decodeGroupMessage, encodeGroupMessage } from "../../../lib/routing/codec.js";
import { decodeCallCommand, encodeCallCommand } from "../../../lib/routing/outbound.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { checkTimer, explain, HELD_WINDOW_MS, maxWaitTimer, ringTimer, restoreGroup, toGroupRecord, type GroupEffect, type GroupRecord, type GroupState } from "../../../services/queue-actor/index.js";
import { arrive, makeGroup, of, status, step } from "./helpers.js";

const Q1 = 120;
const spec = groupSpec([member("a"), member("b")], { queue: { maxWaitSeconds: Q1 } });

/** A group with c1 written while waiting (a on break), loaded again at 50 s. */
function reloaded(): { state: GroupState; effects: (GroupEffect | TimerEffect)[] } {
  const s = makeGroup([member("a"), member("b")], { queue: { maxWaitSeconds: Q1 } });
  step(s, status("a", "onBreak"), 0);
  step(s, arrive("c1"), 1_000);
  const record = JSON.parse(JSON.stringify(toGroupRecord(s))) as GroupRecord;
  const effects: (GroupEffect | TimerEffect)[] = [];
  return { state: restoreGroup(record, spec, false, { now: 50_000, effects }), effects };
}

const held = (...calls: [string, number][]): CallsHeld => ({
  type: "callsHeld",
  calls: calls.map(([callId, enqueuedAt]) => ({ callId, caller: `+3584${callId}`, firstArrivedAt: enqueuedAt - 500, enqueuedAt })),
});

test("a loaded group asks signaling which of its calls wait, and takes those it lacks at their place, Q1 from when they joined", (t) => {
  const { state, effects } = reloaded();
  t.deepEqual(of(effects, "askHeld"), [{ type: "askHeld" }]);
  t.deepEqual(state.queue, ["c1"]);
  // c0 joined before c1 (its arrival was never written), c2 after.
  const out = step(state, held(["c2", 30_000], ["c1", 1_000], ["c0", 800]), 50_010);
  t.deepEqual(state.queue, ["c0", "c1", "c2"]);
  t.like(state.calls.get("c2"), { phase: "queued", caller: "+3584c2", arrivedAt: 29_500, enqueuedAt: 30_000, rounds: 0 });
  t.deepEqual(
    of(out, "startTimer").filter((e) => e.timerId.startsWith("maxWait")),
    [
      { type: "startTimer", timerId: maxWaitTimer("c2"), fireAt: 30_000 + Q1 * 1000 },
      { type: "startTimer", timerId: maxWaitTimer("c0"), fireAt: 800 + Q1 * 1000 },
    ],
    "absolute Q1 instants, as the arrival would have set them",
  );
  t.deepEqual(of(out, "callerAudio"), [], "the caller is not greeted again");
  t.deepEqual(of(out, "publish"), [], "not offered twice in the metrics");
  t.like(explain(state, "c0"), [{ kind: "queued", position: 1 }]);
});

test("calls taken back are offered like any other once a member is free", (t) => {
  const { state } = reloaded();
  step(state, held(["c0", 800]), 50_010);
  const out = step(state, status("b", "free"), 50_020);
  t.like(of(out, "toAgent").map((e) => e.message), [{ type: "bid", agentId: "b", callId: "c0" }], "the oldest call first");
});

test("an agent that reported itself reserved for a call the group did not have yet gets its ringing leg back when signaling names the call", (t) => {
  const { state } = reloaded();
  const reserved = { ...status("a", "reserved"), holding: { callId: "c5", reservation: 7 } };
  const report = step(state, reserved, 50_005);
  t.like(of(report, "connect"), [{ callId: "c5", agentId: "a", check: true }], "unknown: a check, as for a connected call");
  const out = step(state, held(["c5", 40_000]), 50_010);
  t.like(state.calls.get("c5"), { phase: "offering", legs: [{ agentId: "a", reservation: 7 }] });
  t.is(state.asked.get("a"), "c5");
  t.false(state.checking.has("c5"));
  t.true(of(out, "cancelTimer").some((e) => e.timerId === checkTimer("c5")));
  t.true(of(out, "startTimer").some((e) => e.timerId === ringTimer("a", "c5")), "a fresh M10");
  t.deepEqual(of(out, "ringAgent"), [], "signaling rings it already");
});

test("answers name calls the group has or already ended: nothing changes", (t) => {
  const { state } = reloaded();
  step(state, { type: "callerHungUp", callId: "c1" }, 50_005);
  t.deepEqual(step(state, held(["c1", 1_000]), 50_010), [], "c1 ended here: its decision log outlives it");
  step(state, held(["c0", 800]), 50_020);
  t.deepEqual(step(state, held(["c0", 800]), 50_030), [], "a repeat");
  t.deepEqual(state.queue, ["c0"]);
});

test("after HELD_WINDOW_MS an answer is late and ignored: the group has taken every arrival since it was built", (t) => {
  const { state } = reloaded();
  t.deepEqual(step(state, held(["c9", 40_000]), 50_000 + HELD_WINDOW_MS + 1), []);
  t.false(state.calls.has("c9"));
});

test("a call taken back when nobody is reachable goes to Q2 at once", (t) => {
  const s = makeGroup([member("a")], { queue: { maxWaitSeconds: Q1 } });
  s.heldUntil = HELD_WINDOW_MS;
  const out = step(s, held(["c1", 100]), 1_000);
  t.like(of(out, "routeCall"), [{ callId: "c1", setting: "Q2" }]);
  t.deepEqual(s.queue, []);
});

test("codec: callsHeld and askHeld round-trip", (t) => {
  const e = held(["c1", 1_000], ["c2", 2_000]);
  t.deepEqual(decodeGroupMessage(encodeGroupMessage(e)), e);
  t.deepEqual(decodeCallCommand(encodeCallCommand("support", { type: "askHeld" })), { groupId: "support", command: { type: "askHeld" } });
});
