import test from "ava";
import { addAhtSample, estimateWait, initialAht } from "../../../lib/routing/ewt.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { IllegalTransitionError } from "../../../lib/routing/errors.js";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { moveCall, presentOf, restoreGroup, toGroupRecord, type GroupEffect, type GroupRecord } from "../../../services/queue-actor/index.js";
import { G, arrive, bidsIn, fire, grant, makeGroup, of, status, step } from "./helpers.js";

test("A3 A4 progress: A3 with A6 position every A4 seconds, re-armed; A4 = 0 never", (t) => {
  const s = makeGroup([member("a")], { announcements: { hold: "music", progress: "still-queued", progressIntervalSeconds: 45, announcePosition: true } });
  step(s, status("a", "onCall"), 0);
  step(s, arrive("c0"), 0);
  t.deepEqual(of(step(s, arrive("c1"), 1000), "startTimer"), [{ type: "startTimer", timerId: "progress::c1", fireAt: 46_000 }]);
  t.deepEqual(step(s, fire("progress::c1"), 46_000), [
    { type: "callerAudio", callId: "c1", play: [{ kind: "announcement", name: "still-queued" }, { kind: "position", position: 2 }], then: { kind: "hold", name: "music" } },
    { type: "startTimer", timerId: "progress::c1", fireAt: 91_000 },
  ]);
  const off = makeGroup([member("a")], { announcements: { progress: "still-queued", progressIntervalSeconds: 0 } });
  step(off, status("a", "onCall"), 0);
  t.deepEqual(of(step(off, arrive("c1"), 0), "startTimer"), []);
});

test("A5 ringbackOnOffer: ringback when the round rings, hold again when it ends unanswered; progress does not talk over it", (t) => {
  const s = makeGroup([member("a")], { announcements: { hold: "music", ringbackOnOffer: true, progress: "p", progressIntervalSeconds: 10 } });
  step(s, status("a", "free"), 0);
  step(s, arrive("c1"), 0);
  t.deepEqual(of(step(s, grant("a", "c1", 1), 0), "callerAudio"), [{ type: "callerAudio", callId: "c1", play: [], then: { kind: "ringback" } }]);
  t.deepEqual(of(step(s, fire("progress::c1"), 10_000), "callerAudio"), []);
  t.deepEqual(of(step(s, fire("ring:a:c1"), 20_000), "callerAudio"), [{ type: "callerAudio", callId: "c1", play: [], then: { kind: "hold", name: "music" } }]);
  const off = makeGroup([member("a")], { announcements: { ringbackOnOffer: false } });
  step(off, status("a", "free"), 0);
  step(off, arrive("c1"), 0);
  t.deepEqual(of(step(off, grant("a", "c1", 1), 0), "callerAudio"), []);
});

test("A1 A2 off: no entry prompt, silence behind", (t) => {
  const s = makeGroup([member("a")]);
  step(s, status("a", "onCall"), 0);
  t.deepEqual(of(step(s, arrive("c1"), 0), "callerAudio"), [{ type: "callerAudio", callId: "c1", play: [], then: { kind: "silence" } }]);
});

test("A7 estimated wait (§3.3): p × AHT / staffed, rounded up to whole minutes", (t) => {
  const s = makeGroup([member("a"), member("b")], { announcements: { announceEstimatedWait: true } });
  step(s, status("a", "onCall"), 0);
  step(s, status("b", "onCall"), 0);
  for (let i = 0; i < 10; i++) s.aht = addAhtSample(s.aht, 100);
  for (const c of ["c1", "c2"]) step(s, arrive(c), 0);
  const out = step(s, arrive("c3"), 0);
  // 3 × 100 s / 2 staffed = 150 s → 3 minutes, confident after 10 samples.
  t.deepEqual(of(out, "callerAudio")[0]?.play, [{ kind: "estimatedWait", minutes: 3, confident: true }]);
});

test("EWT: cold start is 180 s and not confident; the first sample replaces the default; then a moving average", (t) => {
  t.deepEqual(estimateWait(initialAht(), 1, 0), { seconds: 180, minutes: 3, confident: false });
  let aht = addAhtSample(initialAht(), 60);
  t.is(aht.seconds, 60);
  aht = addAhtSample(aht, 120);
  t.is(aht.seconds, 90);
  for (let i = 0; i < 200; i++) aht = addAhtSample(aht, 300);
  t.true(Math.abs(aht.seconds - 300) < 1);
  t.deepEqual(estimateWait({ seconds: 61, samples: 10 }, 1, 1), { seconds: 61, minutes: 2, confident: true });
});

test("M1 live config: members removed are told, waiting calls stay, the next decision uses the new spec", (t) => {
  const s = makeGroup([member("a", 1), member("b", 2)], { queue: { maxWaitSeconds: 100 } });
  step(s, status("a", "onCall"), 0);
  step(s, status("b", "onCall"), 0);
  step(s, arrive("c1"), 1000);
  const out = step(s, { type: "configChanged", spec: groupSpec([member("b", 1), member("c", 2)], { queue: { maxWaitSeconds: 50 } }) }, 2000);
  t.deepEqual(of(out, "toAgent").map((e) => e.message), [{ type: "membershipEnded", groupId: G, agentId: "a" }]);
  t.deepEqual(of(out, "startTimer"), [{ type: "startTimer", timerId: "maxWait::c1", fireAt: 51_000 }]);
  t.deepEqual(s.queue, ["c1"]);
  step(s, status("c", "free"), 3000);
  t.deepEqual(s.calls.get("c1")?.bids, ["c"]);
});

test("M1 live config: removing a member who is on a call lets the call finish", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  step(s, status("a", "free"), 0);
  step(s, status("b", "onCall"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("a", "c1", 1), 0);
  step(s, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 1);
  step(s, { type: "configChanged", spec: groupSpec([member("b")]) }, 2);
  t.deepEqual(step(s, { type: "connectedCallEnded", callId: "c1" }, 10_001), [{ type: "publish", event: { name: "callCompleted", callId: "c1", agentId: "a", talkMs: 10_000 } }]);
});

test("live config: removing the last reachable member sends waiting calls to Q2", (t) => {
  const s = makeGroup([member("a")]);
  step(s, status("a", "onCall"), 0);
  step(s, arrive("c1"), 0);
  const out = step(s, { type: "configChanged", spec: groupSpec([member("z")]) }, 5);
  t.deepEqual(of(out, "routeCall").map((r) => r.reason), ["lastMemberLeft"]);
});

test("live config: M8 raised takes effect for a waiting call", (t) => {
  const s = makeGroup([member("a"), member("b")], { routing: { simultaneousAgents: 1 } });
  step(s, status("a", "free", { idleSince: 1 }), 0);
  step(s, status("b", "free", { idleSince: 2 }), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 0)), ["a"]);
  t.deepEqual(bidsIn(step(s, { type: "configChanged", spec: groupSpec([member("a"), member("b")], { routing: { simultaneousAgents: 2 } }) }, 1)), ["b"]);
});

test("call FSM: illegal edges throw IllegalTransitionError; legal ones return the target", (t) => {
  t.throws(() => moveCall("ended", "queued", "c1"), { instanceOf: IllegalTransitionError });
  t.throws(() => moveCall("connected", "queued", "c1"), { instanceOf: IllegalTransitionError });
  t.is(moveCall("offering", "connected", "c1"), "connected");
  t.is(moveCall("offering", "queued", "c1"), "queued");
  t.is(moveCall("queued", "connected", "c1"), "connected", "a late answer");
  t.throws(() => moveCall("queued", "queued", "c1"), { instanceOf: IllegalTransitionError });
});

test("a group restored from its JSON record, once its members answered, decides the same way", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  const reports = [status("a", "free", { idleSince: 5 }), status("b", "onCall")];
  for (const r of reports) step(s, r, 0);
  step(s, arrive("c1"), 0);
  const record = JSON.parse(JSON.stringify(toGroupRecord(s))) as GroupRecord;
  t.deepEqual(presentOf(record, s.spec), ["a", "b"]);
  const effects: (GroupEffect | TimerEffect)[] = [];
  const copy = restoreGroup(record, s.spec, false, { now: 5, effects });
  t.deepEqual(
    effects.flatMap((e) => (e.type === "toAgent" ? [e.message] : [])),
    ["a", "b"].map((agentId) => ({ type: "statusRequest", groupId: G, agentId })),
    "the members are asked for their state; nothing is offered before they answer",
  );
  for (const r of reports) step(copy, r, 6);
  t.deepEqual({ ...copy, syncRound: 0, heldUntil: 0 }, { ...s, log: new Map() }, "all but the decision log, which stays in memory");
  t.deepEqual(step(copy, arrive("c2"), 10), step(s, arrive("c2"), 10));
});
