/**
 * A group loaded from its record (persist.ts v5; v3 and v4 still load) has neither its spec, its
 * members' state nor its connected calls: the spec comes from the ConfigSource, the state from
 * the agents (restore.ts), the connected calls from their agents and signaling (group-adoption.test.ts).
 */
import test from "ava";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { MAX_WAITING_CALLS, presentOf, restoreGroup, SYNC_INTERVAL_MS, SYNC_ROUNDS, SYNC_TIMER, toGroupRecord, type GroupEffect, type GroupRecord } from "../../../services/queue-actor/index.js";
import { arrive, bidsIn, connectCall, fire, G, grant, makeGroup, of, status, step, type Out } from "./helpers.js";

const requested = (out: Out): string[] => of(out, "toAgent").flatMap((e) => (e.message.type === "statusRequest" ? [e.message.agentId] : []));

function restore(record: GroupRecord, spec = groupSpec([member("a"), member("b")]), specChanged = false, now = 1_000) {
  const effects: (GroupEffect | TimerEffect)[] = [];
  const state = restoreGroup(JSON.parse(JSON.stringify(record)) as GroupRecord, spec, specChanged, { now, effects });
  return { state, effects };
}

function waitingGroup() {
  const s = makeGroup([member("a"), member("b")], { queue: { noAgentsDestination: { type: "announcement", announcement: "closed" } } });
  step(s, status("a", "onCall"), 0);
  step(s, status("b", "wrapUp"), 0);
  step(s, arrive("c1"), 10);
  return s;
}

test("restore: members that were logged in are asked for their state; a free one is then offered the waiting call", (t) => {
  const { state, effects } = restore(toGroupRecord(waitingGroup()), waitingGroup().spec);
  t.deepEqual(requested(effects), ["a", "b"]);
  t.deepEqual(of(effects, "startTimer").map((e) => [e.timerId, e.fireAt]), [[SYNC_TIMER, 1_000 + SYNC_INTERVAL_MS]]);
  t.is(state.counts.unconfirmed, 2);
  t.deepEqual(bidsIn(effects), [], "nobody is offered a call on a guess");
  t.deepEqual(of(effects, "routeCall"), [], "unconfirmed members are reachable: the call is not sent to Q2");
  t.deepEqual(bidsIn(step(state, status("b", "free"), 1_005)), ["b"]);
  t.is(state.counts.unconfirmed, 1);
});

test("restore: silent members are asked again every SYNC_INTERVAL_MS, then taken as logged out; with nobody left the call goes to Q2", (t) => {
  const { state } = restore(toGroupRecord(waitingGroup()), waitingGroup().spec);
  step(state, status("a", "onCall"), 1_001);
  let now = 1_000;
  for (let round = 2; round <= SYNC_ROUNDS; round++) {
    now += SYNC_INTERVAL_MS;
    const out = step(state, fire(SYNC_TIMER), now);
    t.deepEqual(requested(out), ["b"], `round ${round}: only the silent member`);
    t.deepEqual(of(out, "startTimer").map((e) => e.fireAt), [now + SYNC_INTERVAL_MS]);
  }
  const out = step(state, fire(SYNC_TIMER), now + SYNC_INTERVAL_MS);
  t.deepEqual(requested(out), []);
  t.is(state.members.get("b")?.availability, "loggedOut");
  t.is(state.counts.unconfirmed, 0);
  t.deepEqual(of(out, "routeCall"), [], "a is still reachable (on a call)");
  t.is(state.syncRound, 0);
  step(state, status("a", "loggedOut"), now + SYNC_INTERVAL_MS + 1);
  t.false(state.calls.has("c1"), "the last reachable member left: Q2");
});

test("restore (v4 record, members by id): members removed from the document while the group was not loaded are told; Q1 follows the new spec", (t) => {
  const record: GroupRecord = { ...toGroupRecord(waitingGroup()), v: 4, present: ["a", "b"], presentBits: undefined };
  const spec = groupSpec([member("a")], { queue: { maxWaitSeconds: 30 } });
  const { effects } = restore(record, spec, true);
  t.deepEqual(requested(effects), ["a"]);
  t.deepEqual(
    of(effects, "toAgent").flatMap((e) => (e.message.type === "membershipEnded" ? [e.message.agentId] : [])),
    ["b"],
  );
  t.deepEqual(of(effects, "startTimer").find((e) => e.timerId.startsWith("maxWait"))?.fireAt, 10 + 30_000, "Q1 counts from when the call joined");
});

test("restore (v5 record, members as a bitset over the document): the same document reads it back; a changed one has every member now configured asked", (t) => {
  const s = waitingGroup();
  const record = toGroupRecord(s);
  t.is(record.present, undefined);
  t.deepEqual(presentOf(record, s.spec), ["a", "b"]);
  t.is(presentOf(record, undefined), undefined, "without the document it was written with, unreadable");
  t.deepEqual(requested(restore(record, s.spec, false).effects), ["a", "b"]);
  const changed = groupSpec([member("c"), member("a")], { queue: { maxWaitSeconds: 30 } });
  const { state, effects } = restore(record, changed, true);
  t.deepEqual(requested(effects), ["c", "a"]);
  t.deepEqual(of(effects, "toAgent").filter((e) => e.message.type === "membershipEnded"), [], "b, removed in between, is not told");
  t.true(state.calls.has("c1"), "members unconfirmed: the call waits");
});

test("restore: a ringing leg survives the load, and its agent's answer still connects the call", (t) => {
  const s = makeGroup([member("a")]);
  step(s, status("a", "free"), 0);
  step(s, arrive("c1"), 10);
  step(s, grant("a", "c1", 7), 11);
  const { state, effects } = restore(toGroupRecord(s), s.spec);
  t.deepEqual(requested(effects), ["a"]);
  t.deepEqual(state.calls.get("c1")?.legs, [{ agentId: "a", reservation: 7 }]);
  const out = step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 1_010);
  t.like(of(out, "toAgent")[0]?.message, { type: "offerEnded", callId: "c1", agentId: "a", reservation: 7, outcome: "answered" });
  t.is(state.calls.get("c1")?.phase, "connected");
});

test("the record names only members logged in; a group with nobody logged in restores without asking anyone", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  step(s, status("a", "onBreak"), 0);
  t.deepEqual(presentOf(toGroupRecord(s), s.spec), ["a"]);
  const empty = makeGroup([member("a")]);
  const { state, effects } = restore(toGroupRecord(empty), empty.spec);
  t.deepEqual(requested(effects), []);
  t.deepEqual(of(effects, "startTimer"), []);
  t.is(state.syncRound, 0);
  t.is(G, state.groupId);
});

/** A member's report that it holds `callId` (its answer to the status request). */
const holding = (agentId: string, availability: "reserved" | "onCall", callId: string, reservation: number) => ({
  ...status(agentId, availability),
  holding: { callId, reservation },
});

function ringingRecord() {
  const s = makeGroup([member("a"), member("b")]);
  step(s, status("a", "free"), 0);
  step(s, status("b", "onBreak"), 0);
  step(s, arrive("c1"), 10);
  // The record as last written: c1 bid to a, whose grant (an in-memory decision) was lost.
  return { spec: s.spec, record: toGroupRecord(s) };
}

test("reconcile: a member reserved for a waiting call whose grant was lost → its leg is adopted, not rung again", (t) => {
  const { spec, record } = ringingRecord();
  t.deepEqual(record.calls[0]?.bids, ["a"]);
  const { state } = restore(record, spec);
  const out = step(state, holding("a", "reserved", "c1", 7), 1_002);
  t.deepEqual(state.calls.get("c1")?.legs, [{ agentId: "a", reservation: 7 }]);
  t.deepEqual(state.calls.get("c1")?.bids, []);
  t.is(state.calls.get("c1")?.phase, "offering");
  t.deepEqual(of(out, "ringAgent"), [], "signaling is already ringing it");
  t.true(of(out, "startTimer").some((e) => e.timerId.startsWith("ring:a:") && e.fireAt === 1_002 + spec.routing.ringSeconds * 1000));
  t.like(of(step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 1_500), "toAgent")[0]?.message, { type: "offerEnded", reservation: 7, outcome: "answered" });
  t.is(state.calls.get("c1")?.phase, "connected");
});

test("reconcile: a member on a call the record still has waiting (the answer was lost) → connected, once", (t) => {
  const { spec, record } = ringingRecord();
  const { state } = restore(record, spec);
  const out = step(state, holding("a", "onCall", "c1", 0), 1_002);
  t.like(of(out, "publish").map((e) => e.event), [{ name: "offerFinished", outcome: "answered" }, { name: "callFinished", outcome: "answered" }]);
  t.deepEqual(of(out, "connect"), [], "signaling connected it on the agent's 2xx");
  t.is(state.calls.get("c1")?.phase, "connected");
  t.deepEqual(state.queue, []);
  t.deepEqual(step(state, holding("a", "onCall", "c1", 0), 1_003), [], "a later report reconciles nothing: only the first after a load");
  step(state, { type: "connectedCallEnded", callId: "c1" }, 5_000);
  t.false(state.calls.has("c1"));
});

test("reconcile: a member holding a call this group has with another agent is released (reserved) or told it ended, M9 wrap-up (on a call)", (t) => {
  const { spec, record } = ringingRecord();
  const { state } = restore(record, spec);
  step(state, holding("a", "onCall", "c1", 0), 1_002);
  const toB = (out: Out) => of(out, "toAgent").map((e) => e.message);
  t.like(toB(step(state, holding("b", "reserved", "c1", 4), 1_003)), [{ type: "offerEnded", callId: "c1", reservation: 4, outcome: "notNeeded" }]);
  const again = restore(record, spec).state;
  step(again, holding("a", "onCall", "c1", 0), 1_002);
  t.like(toB(step(again, holding("b", "onCall", "c1", 0), 1_003)), [{ type: "callEnded", callId: "c1", wrapUpSeconds: spec.routing.wrapUpSeconds }]);
});

test("record v5: connected calls are not written; a v4 record's connected rows and a v3 record's call objects load back whole", (t) => {
  const { spec, record } = ringingRecord();
  const { state } = restore(record, spec);
  step(state, holding("a", "onCall", "c1", 0), 1_002);
  const connected = state.calls.get("c1");
  const written = toGroupRecord(state);
  t.is(written.v, 5);
  t.deepEqual(written.calls, []);
  t.is(written.connected, undefined);
  t.false(JSON.stringify(written).includes("c1"));
  const v4: GroupRecord = { ...written, v: 4, connected: [["c1", connected?.caller ?? "", connected?.arrivedAt ?? 0, connected?.enqueuedAt ?? 0, "a", 1_002, connected?.rounds ?? 0]] };
  const v3: GroupRecord = { ...written, v: 3, calls: [...state.calls.values()] };
  for (const r of [v4, v3]) {
    const back = restore(r, spec, false, 2_000).state;
    t.deepEqual(back.calls.get("c1"), connected);
    const out = step(back, { type: "connectedCallEnded", callId: "c1" }, 9_002);
    t.like(of(out, "publish").map((e) => e.event), [{ name: "callCompleted", callId: "c1", agentId: "a", talkMs: 8_000 }]);
  }
});

test("restore (v4 record): the agent of a connected call is asked even when it is no longer a member, and its answer that no longer holds the call ends it", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  connectCall(s, "a", "c1", [0, 10, 20, 30]);
  const c1 = s.calls.get("c1");
  const v4: GroupRecord = { ...toGroupRecord(s), v: 4, present: ["a"], presentBits: undefined, connected: [["c1", c1?.caller ?? "", 10, 10, "a", 30, 0]] };
  const { state, effects } = restore(v4, groupSpec([member("b")]), true);
  t.deepEqual(requested(effects), ["a"], "a left the document; b was never logged in");
  t.is(state.connectedBy.get("a"), "c1");
  t.deepEqual(of(step(state, status("a", "onCall", { holding: "c1" }), 1_001), "publish"), []);
  t.true(state.calls.has("c1"));
  const out = step(state, status("a", "free"), 2_000);
  t.deepEqual(of(out, "publish").map((e) => e.event.name), ["callCompleted"]);
  t.false(state.calls.has("c1"));
  t.is(state.connectedBy.size, 0);
});

test("a connected call's end reported for a call still waiting here (answer lost with a crash) ends it all the same", (t) => {
  const { spec, record } = ringingRecord();
  const { state } = restore(record, spec);
  const out = step(state, { type: "connectedCallEnded", callId: "c1" }, 1_002);
  t.false(state.calls.has("c1"));
  t.deepEqual(state.queue, []);
  t.true(of(out, "publish").some((e) => e.event.name === "callFinished"));
});

test("Q4 unlimited still has a platform bound: MAX_WAITING_CALLS waiting, the next call goes to Q6; such a record fits one NATS message", (t) => {
  const members = Array.from({ length: 50 }, (_, i) => member(`agent-${i}`));
  const s = makeGroup(members, { queue: { maxQueueLength: 0 } });
  for (const m of members) step(s, status(m.user, "onCall"), 0);
  for (let i = 0; i < MAX_WAITING_CALLS; i++) step(s, arrive(`sig-node-a_${(1e9 + i).toString(36)}_0123abcd`, "+358401234567890"), i);
  // Long routing lists, as after rounds of missed offers in a large group.
  for (const call of s.calls.values()) call.tried = members.slice(0, 20).map((m) => m.user);
  t.is(s.queue.length, MAX_WAITING_CALLS);
  const out = step(s, arrive("one-too-many"), 5_000);
  t.like(of(out, "routeCall")[0], { callId: "one-too-many", setting: "Q6", reason: "queueFull" });
  const bytes = new TextEncoder().encode(JSON.stringify(toGroupRecord(s))).length;
  t.true(bytes < 1024 * 1024, `${bytes} bytes`);
  t.log(`record with ${MAX_WAITING_CALLS} waiting calls: ${bytes} bytes`);
});
