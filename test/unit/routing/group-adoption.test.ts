/**
 * Connected calls are not in the group's record (persist.ts v5): a loaded group learns them
 * back from the agents on them and signaling (adoption.ts), with simulated time.
 */
import test from "ava";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { CallIdMinter } from "../../../services/signaling/index.js";
import {
  CHECK_ATTEMPTS,
  CHECK_INTERVAL_MS,
  checkTimer,
  restoreGroup,
  toGroupRecord,
  type GroupEffect,
  type GroupRecord,
  type GroupState,
} from "../../../services/queue-actor/index.js";
import { connectCall, fire, G, makeGroup, of, status, step, type Out } from "./helpers.js";

const spec = groupSpec([member("a"), member("b")], { routing: { wrapUpSeconds: 30 } });

/** A group whose member `a` answered `callId`, written and loaded again (its owner died). */
function reloaded(callId = "c1"): { state: GroupState; requested: string[] } {
  const s = makeGroup([member("a"), member("b")], { routing: { wrapUpSeconds: 30 } });
  connectCall(s, "a", callId);
  const effects: (GroupEffect | TimerEffect)[] = [];
  const record = JSON.parse(JSON.stringify(toGroupRecord(s))) as GroupRecord;
  const state = restoreGroup(record, spec, false, { now: 10_000, effects });
  const requested = of(effects, "toAgent").flatMap((e) => (e.message.type === "statusRequest" ? [e.message.agentId] : []));
  return { state, requested };
}

const onCall = (agentId: string, callId: string) => ({ ...status(agentId, "onCall"), holding: { callId, reservation: 7 } });
const reserved = (agentId: string, callId: string) => ({ ...status(agentId, "reserved"), holding: { callId, reservation: 7 } });
const checks = (out: Out) => of(out, "connect").filter((c) => c.check === true);
const callStatus = (out: Out) => of(out, "toAgent").flatMap((e) => (e.message.type === "callStatus" ? [e.message] : []));

test("a loaded group has no connected call; the member on it is asked, its report opens a check, and signaling's legAnswered adopts the call", (t) => {
  const { state, requested } = reloaded();
  t.false(state.calls.has("c1"));
  t.deepEqual(requested, ["a"]);
  const out = step(state, onCall("a", "c1"), 10_010);
  t.like(checks(out), [{ callId: "c1", agentId: "a", check: true }]);
  t.true(of(out, "startTimer").some((e) => e.timerId === checkTimer("c1") && e.fireAt === 10_010 + CHECK_INTERVAL_MS));
  const adopted = step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 10_020);
  t.like(state.calls.get("c1"), { phase: "connected", agentId: "a", connectedAt: 10_020, adopted: true });
  t.is(state.connectedBy.get("a"), "c1");
  t.is(state.members.get("a")?.availability, "onCall");
  t.like(callStatus(adopted), [{ agentId: "a", callId: "c1", alive: true, ringing: false }]);
  t.true(of(adopted, "cancelTimer").some((e) => e.timerId === checkTimer("c1")));
  t.deepEqual(of(adopted, "connect"), [], "signaling holds the call connected already");
});

test("an adopted call ends by its agent's report like any connected call, but adds no AHT sample (its start is unknown)", (t) => {
  const { state } = reloaded();
  step(state, onCall("a", "c1"), 10_010);
  step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 10_020);
  const aht = JSON.stringify(state.aht);
  const out = step(state, status("a", "wrapUp"), 70_020);
  t.like(of(out, "publish").map((e) => e.event), [{ name: "callCompleted", callId: "c1", agentId: "a", talkMs: 60_000 }]);
  t.false(state.calls.has("c1"));
  t.is(state.connectedBy.size, 0);
  t.is(JSON.stringify(state.aht), aht);
});

test("a reserved agent whose answer was never written (its call was) is put on the call by the adoption", (t) => {
  const { state } = reloaded();
  t.like(checks(step(state, reserved("a", "c1"), 10_010)), [{ callId: "c1", agentId: "a" }]);
  t.like(callStatus(step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 10_020)), [{ callId: "c1", alive: true }]);
});

test("signaling answers the check with connectedCallEnded: the agent is told the call is not alive (free, no M9 wrap-up), nothing is published; a later answer is checked again", (t) => {
  const { state } = reloaded();
  step(state, reserved("a", "c1"), 10_010);
  const out = step(state, { type: "connectedCallEnded", callId: "c1" }, 10_020);
  t.like(callStatus(out), [{ agentId: "a", callId: "c1", alive: false, ringing: false }]);
  t.deepEqual(of(out, "publish"), []);
  t.false(state.calls.has("c1"));
  t.is(state.checking.size, 0);
  t.like(checks(step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 10_030)), [{ callId: "c1", agentId: "a" }], "an answer for a call the group does not have is asked about: signaling's word decides");
});

test(`a check nobody answers is sent ${CHECK_ATTEMPTS} times, CHECK_INTERVAL_MS apart, then the agent is told the call is not alive`, (t) => {
  const { state } = reloaded();
  let now = 10_010;
  let sent = checks(step(state, onCall("a", "c1"), now)).length;
  t.deepEqual(checks(step(state, onCall("a", "c1"), now + 1)), [], "one check per call at a time");
  let last: Out = [];
  for (let i = 0; i < CHECK_ATTEMPTS; i++) {
    now += CHECK_INTERVAL_MS;
    last = step(state, fire(checkTimer("c1")), now);
    sent += checks(last).length;
  }
  t.is(sent, CHECK_ATTEMPTS);
  t.like(callStatus(last), [{ agentId: "a", callId: "c1", alive: false }]);
  t.is(state.checking.size, 0);
});

test("a check on a call of a signaling run that died ends at once: no answer will come", (t) => {
  const minter = new CallIdMinter("sig_node-a");
  const callId = minter.next();
  const { state } = reloaded(callId);
  step(state, onCall("a", callId), 10_010);
  const out = step(state, { type: "signalingNodeGone", nodeId: "sig_node-a", epoch: minter.epoch }, 10_020);
  t.like(callStatus(out), [{ agentId: "a", callId, alive: false }]);
  t.is(state.checking.size, 0);
});

test("a check on a call of a run the group already heard is gone (the news that loaded it) ends at once, without asking", (t) => {
  const minter = new CallIdMinter("sig_node-a");
  const callId = minter.next();
  const { state } = reloaded(callId);
  step(state, { type: "signalingNodeGone", nodeId: "sig_node-a", epoch: minter.epoch }, 10_005);
  const out = step(state, onCall("a", callId), 10_010);
  t.deepEqual(checks(out), []);
  t.like(callStatus(out), [{ agentId: "a", callId, alive: false }]);
  t.is(state.checking.size, 0);
});

test("an agent that is not a member any more is not asked after a load; its call probe opens the check, and the answer goes to it", (t) => {
  const s = makeGroup([member("a")]);
  connectCall(s, "a", "c1");
  const state = restoreGroup(JSON.parse(JSON.stringify(toGroupRecord(s))) as GroupRecord, groupSpec([member("b")]), false, { now: 10_000, effects: [] });
  const probe = step(state, { type: "callProbe", agentId: "a", groupId: G, callId: "c1" }, 300_000);
  t.like(checks(probe), [{ callId: "c1", agentId: "a" }]);
  t.deepEqual(callStatus(probe), [], "answered once signaling has");
  const out = step(state, { type: "legAnswered", callId: "c1", agentId: "a", connected: true }, 300_010);
  t.like(callStatus(out), [{ agentId: "a", callId: "c1", alive: true }]);
  t.is(state.members.get("a"), undefined, "not a member: no replica");
  t.like(of(step(state, status("a", "free"), 400_000), "publish").map((e) => e.event), [{ name: "callCompleted", callId: "c1" }]);
});

test("legAnswered from a check for another agent adopts nothing", (t) => {
  const { state } = reloaded();
  step(state, onCall("a", "c1"), 10_010);
  t.deepEqual(step(state, { type: "legAnswered", callId: "c1", agentId: "b", connected: true }, 10_020), []);
  t.false(state.calls.has("c1"));
  t.is(state.checking.size, 1);
});
