import test from "ava";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { IllegalTransitionError } from "../../../lib/routing/errors.js";
import type { Bid, OfferOutcome, ToGroup } from "../../../lib/routing/protocol.js";
import { createAgentState, decideAgent, resync, type AgentEffect, type AgentEvent, type AgentState } from "../../../services/agent-actor/index.js";
import { terms } from "./helpers.js";

type Out = readonly (AgentEffect | TimerEffect)[];
const run = (s: AgentState, e: AgentEvent | { type: "timerFired"; timerId: string }, now: number): Out => decideAgent(s, e, now).effects;
const sent = (out: Out): ToGroup[] => out.flatMap((e) => (e.type === "toGroup" ? [e.message] : []));
const bid = (groupId: string, callId: string, waitingSince: number, o: Partial<Bid> = {}): Bid => ({
  type: "bid",
  groupId,
  agentId: "alice",
  callId,
  waitingSince,
  level: 3,
  terms: terms(),
  ...o,
});

function loggedIn(groups: string[]): AgentState {
  const s = createAgentState("alice", ["desktop"]);
  for (const g of groups) run(s, { type: "login", groupId: g }, 0);
  // Settle the login solicitations: no group has a call yet.
  const epoch = s.collection?.epoch ?? 0;
  for (const g of groups) run(s, { type: "noBid", groupId: g, agentId: "alice", solicit: epoch }, 0);
  return s;
}

function reserve(s: AgentState, groupId: string, callId: string, o: Partial<Bid> = {}, now = 0): number {
  run(s, bid(groupId, callId, now, o), now);
  return s.reservation?.id ?? -1;
}

const ended = (groupId: string, callId: string, reservation: number, outcome: OfferOutcome): AgentEvent => ({
  type: "offerEnded",
  groupId,
  agentId: "alice",
  callId,
  reservation,
  outcome,
});

test("§3.2 across groups: a free agent solicits its groups and grants the call that waited longest", (t) => {
  const s = loggedIn(["g1", "g2", "g3"]);
  run(s, { type: "startBreak" }, 1);
  const out = run(s, { type: "endBreak" }, 100);
  const solicit = s.collection?.epoch ?? -1;
  t.deepEqual(
    sent(out).map((m) => [m.type, m.groupId, m.type === "agentStatus" ? m.solicit : undefined]),
    [
      ["agentStatus", "g1", solicit],
      ["agentStatus", "g2", solicit],
      ["agentStatus", "g3", solicit],
    ],
  );
  t.deepEqual(run(s, bid("g1", "c1", 50, { solicit }), 101), []);
  run(s, { type: "noBid", groupId: "g3", agentId: "alice", solicit }, 102);
  const grantOut = sent(run(s, bid("g2", "c7", 20, { solicit }), 103));
  t.deepEqual(
    grantOut.map((m) => [m.type, m.groupId]),
    [
      ["agentStatus", "g1"],
      ["agentStatus", "g3"],
      ["grant", "g2"],
      ["refuse", "g1"],
    ],
  );
  t.is(s.phase, "reserved");
  t.deepEqual(s.reservation?.callId, "c7");
});

test("§3.2 one group: nothing to weigh, so a freed agent only reports free (no bid round, no collect timer) and grants the group's next bid", (t) => {
  const s = loggedIn(["g1"]);
  run(s, { type: "startBreak" }, 1);
  const out = run(s, { type: "endBreak" }, 100);
  t.is(s.phase, "available");
  t.is(s.collection, undefined);
  t.deepEqual(sent(out).map((m) => [m.type, m.type === "agentStatus" ? [m.availability, m.solicit] : undefined]), [["agentStatus", ["free", undefined]]]);
  t.false(out.some((e) => e.type === "startTimer"));
  t.deepEqual(sent(run(s, bid("g1", "c1", 50), 101)).map((m) => m.type), ["grant"]);
});

test("§3.2 ties: equal waits go to the better skill level for that call's group", (t) => {
  const s = loggedIn(["g1", "g2"]);
  run(s, { type: "startBreak" }, 1);
  run(s, { type: "endBreak" }, 2);
  const solicit = s.collection?.epoch ?? -1;
  run(s, bid("g1", "c1", 10, { level: 3, solicit }), 3);
  run(s, bid("g2", "c2", 10, { level: 1, solicit }), 3);
  t.is(s.reservation?.groupId, "g2");
});

test("§3.2 one offer at a time: a reserved agent refuses every other bid", (t) => {
  const s = loggedIn(["g1", "g2"]);
  reserve(s, "g1", "c1");
  t.deepEqual(sent(run(s, bid("g2", "c2", 0), 1)), [{ type: "refuse", agentId: "alice", groupId: "g2", callId: "c2", reason: "reservedElsewhere" }]);
  t.deepEqual(sent(run(s, bid("g1", "c9", 0), 1)).map((m) => (m.type === "refuse" ? m.reason : "")), ["reservedElsewhere"]);
});

const expire = (s: AgentState, r: number, now: number): Out => run(s, { type: "timerFired", timerId: `reservation:${r}` }, now);
const status = (alive: boolean, ringing: boolean): AgentEvent => ({ type: "callStatus", groupId: "g1", agentId: "alice", callId: "c1", alive, ringing });

test("protocol: an expired reservation first asks the group, then, with no answer after the grace, ends and tells the group", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ ringSeconds: 10 }) }, 1000);
  const first = expire(s, r, 16_000);
  t.deepEqual(sent(first), [{ type: "callProbe", agentId: "alice", groupId: "g1", callId: "c1" }]);
  t.deepEqual(
    first.filter((e) => e.type === "startTimer"),
    [{ type: "startTimer", timerId: `reservation:${r}`, fireAt: 21_000 }],
  );
  t.is(s.phase, "reserved");
  const out = expire(s, r, 21_000);
  t.deepEqual(sent(out)[0], { type: "reservationEnded", agentId: "alice", groupId: "g1", callId: "c1", reservation: r, reason: "expired" });
  t.is(s.phase, "available");
});

test("protocol: an expired reservation whose answer was lost goes on the call when the group says it was answered here", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ ringSeconds: 10 }) }, 1000);
  expire(s, r, 16_000);
  run(s, status(true, false), 16_005);
  t.is(s.phase, "onCall");
  t.is(s.call?.callId, "c1");
  t.deepEqual(sent(expire(s, r, 21_000)), [], "the grace timer of a reservation that became a call does nothing");
});

test("late answer: signaling connected the offer as it ended (M10 missed): the group's callStatus(alive) puts the free agent on the call, its miss forgotten", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ autoLogoutAfterMissed: 3 }) }, 1000);
  run(s, ended("g1", "c1", r, "missed"), 21_000);
  t.is(s.phase, "available");
  t.is(s.groups.get("g1")?.misses, 1);
  const out = run(s, status(true, false), 21_005);
  t.is(s.phase, "onCall");
  t.like(s.call, { groupId: "g1", callId: "c1" });
  t.is(s.groups.get("g1")?.misses, 0);
  t.is(s.endedOffer, undefined);
  t.true(out.some((e) => e.type === "startTimer" && e.timerId === "probe"), "an agent on a call probes it");
  t.deepEqual(sent(run(s, status(true, false), 21_010)), [], "a repeat changes nothing");
});

test("late answer after the agent began a break: the break gives way, she is on the call", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", {}, 1000);
  run(s, ended("g1", "c1", r, "missed"), 21_000);
  run(s, { type: "startBreak" }, 21_002);
  t.is(s.phase, "onBreak");
  run(s, status(true, false), 21_005);
  t.is(s.phase, "onCall");
  t.is(s.call?.callId, "c1");
});

test("late answer while weighing bids (several groups): the collection is dropped and its bids refused (onCall)", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1", {}, 1000);
  run(s, ended("g1", "c1", r, "missed"), 21_000);
  t.is(s.phase, "collecting");
  const epoch = s.collection?.epoch ?? -1;
  run(s, bid("g2", "c2", 500, { solicit: epoch }), 21_001);
  const out = run(s, status(true, false), 21_005);
  t.is(s.collection, undefined);
  t.true(out.some((e) => e.type === "cancelTimer" && e.timerId === `collect:${epoch}`));
  t.like(sent(out).find((m) => m.type === "refuse"), { groupId: "g2", callId: "c2", reason: "onCall" });
  t.is(s.phase, "onCall");
});

test("late answer: an agent reserved for another call since gives that reservation back (reservationEnded onCall) and goes on the answered one", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1", {}, 1000);
  run(s, ended("g1", "c1", r, "missed"), 21_000);
  const epoch = s.collection?.epoch ?? -1;
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: epoch }, 21_001);
  run(s, bid("g2", "c2", 500, { solicit: epoch }), 21_002);
  const r2 = s.reservation?.id ?? -1;
  t.is(s.reservation?.callId, "c2");
  const out = run(s, status(true, false), 21_005);
  t.like(sent(out).find((m) => m.type === "reservationEnded"), { groupId: "g2", callId: "c2", reservation: r2, reason: "onCall" });
  t.true(out.some((e) => e.type === "cancelTimer" && e.timerId === `reservation:${r2}`));
  t.is(s.phase, "onCall");
  t.is(s.call?.callId, "c1");
});

test("late answer: callStatus(alive) for a call other than the offer that last ended, or after that offer was answered, changes nothing", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", {}, 1000);
  run(s, ended("g1", "c1", r, "cancelled"), 2000);
  t.deepEqual(run(s, { type: "callStatus", groupId: "g1", agentId: "alice", callId: "c9", alive: true, ringing: false }, 2001), []);
  t.deepEqual(run(s, { type: "callStatus", groupId: "g2", agentId: "alice", callId: "c1", alive: true, ringing: false }, 2001), []);
  t.is(s.phase, "available");
  const r2 = reserve(s, "g1", "c2", {}, 3000);
  run(s, ended("g1", "c2", r2, "answered"), 3500);
  run(s, { type: "callGone", callId: "c2" }, 4000);
  t.deepEqual(run(s, { type: "callStatus", groupId: "g1", agentId: "alice", callId: "c2", alive: true, ringing: false }, 4001), [], "a call answered the usual way is no ended offer");
  t.not(s.phase, "onCall");
});

test("protocol: an expired reservation the group no longer rings ends as soon as the group says so", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ ringSeconds: 10 }) }, 1000);
  expire(s, r, 16_000);
  run(s, status(false, true), 16_005);
  t.is(s.phase, "reserved", "still ringing there: the grace timer decides");
  run(s, status(false, false), 16_010);
  t.is(s.phase, "available");
  t.is(s.reservation, undefined);
});

test("protocol: the reservation timer is M10 plus grace after the grant", (t) => {
  const s = loggedIn(["g1"]);
  const out = run(s, bid("g1", "c1", 0, { terms: terms({ ringSeconds: 10 }) }), 1000);
  t.deepEqual(
    out.filter((e) => e.type === "startTimer"),
    [{ type: "startTimer", timerId: "reservation:1", fireAt: 16_000 }],
  );
});

test("M9 wrapUpSeconds: wrap-up after a connected call with the ending group's M9, in all groups", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ wrapUpSeconds: 5 }) });
  run(s, ended("g1", "c1", r, "answered"), 10);
  const out = run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c1", wrapUpSeconds: 30 }, 100_000);
  t.is(s.phase, "wrapUp");
  t.true(out.some((e) => e.type === "startTimer" && e.timerId === "wrapUp" && e.fireAt === 130_000));
  t.deepEqual(
    sent(out).map((m) => (m.type === "agentStatus" ? [m.groupId, m.availability] : [])),
    [
      ["g1", "wrapUp"],
      ["g2", "wrapUp"],
    ],
  );
  t.deepEqual(sent(run(s, bid("g2", "c2", 0), 100_001)).map((m) => (m.type === "refuse" ? m.reason : "")), ["wrapUp"]);
  run(s, { type: "timerFired", timerId: "wrapUp" }, 130_000);
  t.is(s.phase, "collecting");
  t.is(s.idleSince, 130_000);
});

test("M9 = 0: free at once after the call; no wrap-up after an unanswered offer (§3.6)", (t) => {
  const s = loggedIn(["g1"]);
  let r = reserve(s, "g1", "c1");
  run(s, ended("g1", "c1", r, "missed"), 5);
  t.is(s.phase, "available");
  r = reserve(s, "g1", "c2");
  run(s, ended("g1", "c2", r, "answered"), 7);
  run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c2", wrapUpSeconds: 0 }, 50);
  t.is(s.phase, "available");
});

test("M9 (§3.6): wrap-up → break is legal; break from a call or a reservation throws", (t) => {
  const s = loggedIn(["g1"]);
  const r = reserve(s, "g1", "c1");
  t.throws(() => run(s, { type: "startBreak" }, 1), { instanceOf: IllegalTransitionError });
  t.is(s.phase, "reserved", "nothing changed");
  run(s, ended("g1", "c1", r, "answered"), 2);
  t.throws(() => run(s, { type: "startBreak" }, 3), { instanceOf: IllegalTransitionError });
  run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c1", wrapUpSeconds: 60 }, 4);
  const out = run(s, { type: "startBreak" }, 5);
  t.is(s.phase, "onBreak");
  t.true(out.some((e) => e.type === "cancelTimer" && e.timerId === "wrapUp"));
  t.deepEqual(sent(run(s, bid("g1", "c2", 0), 6)).map((m) => (m.type === "refuse" ? m.reason : "")), ["onBreak"]);
});

test("M11 autoLogoutAfterMissed: the second consecutive miss logs the agent out of that group only, and tells it", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const t2 = terms({ autoLogoutAfterMissed: 2 });
  let r = reserve(s, "g1", "c1", { terms: t2 });
  run(s, ended("g1", "c1", r, "missed"), 1);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1);
  run(s, { type: "noBid", groupId: "g2", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1);
  r = reserve(s, "g1", "c2", { terms: t2 });
  const out = run(s, ended("g1", "c2", r, "missed"), 2);
  t.true(out.some((e) => e.type === "publish" && e.event.name === "loggedOutForMissedCalls" && e.event.groupId === "g1" && e.event.misses === 2));
  t.true(sent(out).some((m) => m.type === "agentStatus" && m.groupId === "g1" && m.availability === "loggedOut"));
  t.deepEqual([...s.groups.keys()], ["g2"]);
});

test("M11 (§3.6): declines, busy, unreachable, cancelled and notNeeded are not misses", (t) => {
  const s = loggedIn(["g1"]);
  const t1 = terms({ autoLogoutAfterMissed: 1 });
  for (const outcome of ["declined", "busy", "unreachable", "cancelled", "notNeeded"] as const) {
    const r = reserve(s, "g1", outcome, { terms: t1 });
    run(s, ended("g1", outcome, r, outcome), 1);
    run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1);
  }
  t.is(s.groups.get("g1")?.misses, 0);
});

test("M11 (§3.6): the count resets on answer, on login to the group and on presence → available", (t) => {
  const s = loggedIn(["g1"]);
  const settle = () => run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1);
  const miss = (c: string) => {
    const r = reserve(s, "g1", c);
    run(s, ended("g1", c, r, "missed"), 1);
    settle();
  };
  miss("c1");
  miss("c2");
  t.is(s.groups.get("g1")?.misses, 2);
  const r = reserve(s, "g1", "c3");
  run(s, ended("g1", "c3", r, "answered"), 1);
  t.is(s.groups.get("g1")?.misses, 0);
  run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c3", wrapUpSeconds: 0 }, 2);
  settle();
  miss("c4");
  run(s, { type: "login", groupId: "g1" }, 3);
  t.is(s.groups.get("g1")?.misses, 0);
  settle();
  miss("c5");
  run(s, { type: "setPresence", presence: "busy" }, 4);
  t.is(s.groups.get("g1")?.misses, 1);
  run(s, { type: "setPresence", presence: "available" }, 5);
  t.is(s.groups.get("g1")?.misses, 0);
});

test("M5: a busy-red agent refuses presence-aware groups and gives back their reservation", (t) => {
  const s = loggedIn(["g1"]);
  reserve(s, "g1", "c1", { terms: terms({ presenceAware: true }) });
  const out = run(s, { type: "setPresence", presence: "busy" }, 1);
  t.deepEqual(sent(out).find((m) => m.type === "reservationEnded"), {
    type: "reservationEnded",
    agentId: "alice",
    groupId: "g1",
    callId: "c1",
    reservation: 1,
    reason: "busyPresence",
  });
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1);
  t.deepEqual(sent(run(s, bid("g1", "c2", 0, { terms: terms({ presenceAware: true }) }), 2)).map((m) => (m.type === "refuse" ? m.reason : "")), ["busyPresence"]);
  run(s, bid("g1", "c3", 0, { terms: terms({ presenceAware: false }) }), 3);
  t.is(s.phase, "reserved", "M5 off: presence is ignored");
});

test("M6 (§3.6): idle since login, never-called until a call connects; an unanswered offer keeps the idle clock", (t) => {
  const s = createAgentState("alice", ["desktop"]);
  run(s, { type: "login", groupId: "g1" }, 7000);
  t.is(s.idleSince, 7000);
  t.true(s.neverCalled);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 7000);
  const r = reserve(s, "g1", "c1", {}, 8000);
  run(s, ended("g1", "c1", r, "missed"), 9000);
  t.is(s.idleSince, 7000);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 9000);
  const r2 = reserve(s, "g1", "c2", {}, 10_000);
  run(s, ended("g1", "c2", r2, "answered"), 11_000);
  t.false(s.neverCalled);
  run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c2", wrapUpSeconds: 0 }, 20_000);
  t.is(s.idleSince, 20_000);
});

test("agentState notices: one per change people see; collecting is shown as available and not published on its own", (t) => {
  const shownStates: string[] = [];
  const note = (out: Out) => {
    for (const e of out) if (e.type === "publish" && e.event.name === "agentState") shownStates.push(e.event.state);
  };
  const s = createAgentState("alice", ["desktop"]);
  note(run(s, { type: "login", groupId: "g1" }, 0));
  note(run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 1));
  note(run(s, bid("g1", "c1", 2), 2));
  const r = s.reservation?.id ?? 0;
  note(run(s, ended("g1", "c1", r, "answered"), 3));
  note(run(s, { type: "callGone", callId: "c1" }, 4));
  note(run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 5));
  t.is(s.phase, "available");
  t.deepEqual(shownStates, ["available", "reserved", "onCall", "available"]);
});

test("callGone overtaking offerEnded(answered) (a short call): wrap-up with the offer's M9, every group told, the late answer ignored", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1", { terms: terms({ wrapUpSeconds: 30 }) }, 10);
  const out = run(s, { type: "callGone", callId: "c1" }, 500);
  t.is(s.phase, "wrapUp");
  t.is(s.wrapUpEndsAt, 30_500);
  t.false(s.neverCalled);
  t.is(s.reservation, undefined);
  t.true(out.some((e) => e.type === "cancelTimer" && e.timerId.startsWith("reservation")), "the reservation no longer expires");
  t.deepEqual(
    sent(out).map((m) => [m.type, m.groupId, m.type === "agentStatus" ? m.availability : "", m.type === "agentStatus" ? m.holding : undefined]),
    [
      ["agentStatus", "g1", "wrapUp", undefined],
      ["agentStatus", "g2", "wrapUp", undefined],
    ],
  );
  t.deepEqual(run(s, ended("g1", "c1", r, "answered"), 600), []);
  t.is(s.phase, "wrapUp");
  t.deepEqual(run(s, { type: "callGone", callId: "c9" }, 700), [], "another call's end changes nothing");
});

test("a call holds the agent in its group after the agent left it: the report there names the call until it ends", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1");
  run(s, ended("g1", "c1", r, "answered"), 3);
  const left = sent(run(s, { type: "membershipEnded", groupId: "g1", agentId: "alice" }, 4));
  t.deepEqual(
    left.map((m) => (m.type === "agentStatus" ? [m.groupId, m.availability, m.holding] : [])),
    [["g1", "loggedOut", { callId: "c1", reservation: 0 }]],
  );
  const gone = sent(run(s, { type: "callGone", callId: "c1" }, 5));
  t.deepEqual(
    gone.map((m) => (m.type === "agentStatus" ? [m.groupId, m.availability, m.holding] : [])),
    [
      ["g2", "free", undefined],
      ["g1", "loggedOut", undefined],
    ],
    "no longer a member of g1, yet g1 hears that the call no longer holds the agent",
  );
});

test("an answered offer is reported to the agent's other groups only: the answering group knows", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1");
  const out = sent(run(s, ended("g1", "c1", r, "answered"), 3));
  t.deepEqual(
    out.map((m) => [m.type, m.groupId, m.type === "agentStatus" ? m.availability : ""]),
    [["agentStatus", "g2", "onCall"]],
  );
});

test("resync after a load: a reserved agent asks the group, then goes on the call, keeps ringing, or is freed", (t) => {
  const status = (callId: string, alive: boolean, ringing: boolean) => ({ type: "callStatus" as const, groupId: "g1", agentId: "alice", callId, alive, ringing });
  const probeOut = (s: AgentState): ToGroup[] => {
    const effects: (AgentEffect | TimerEffect)[] = [];
    resync(s, { now: 1, effects });
    return sent(effects);
  };
  const s = loggedIn(["g1"]);
  t.deepEqual(probeOut(s), [], "an available agent holds nothing to ask about");
  reserve(s, "g1", "c1");
  t.deepEqual(probeOut(s), [{ type: "callProbe", agentId: "alice", groupId: "g1", callId: "c1" }]);
  run(s, status("c1", false, true), 2);
  t.is(s.phase, "reserved", "still ringing here: the reservation stands");
  run(s, status("other", true, false), 2);
  t.is(s.phase, "reserved", "an answer about another call changes nothing");
  run(s, status("c1", true, false), 3);
  t.is(s.phase, "onCall", "answered here while the answer was lost: on the call");
  t.is(s.call?.callId, "c1");
  t.deepEqual(probeOut(s), [{ type: "callProbe", agentId: "alice", groupId: "g1", callId: "c1" }]);

  const u = loggedIn(["g1"]);
  reserve(u, "g1", "c2");
  run(u, status("c2", false, false), 4);
  t.is(u.phase, "available", "no longer offered here: free again");
  t.is(u.reservation, undefined);
});

test("reconcile: a call probe answered not-alive ends the call (M9 wrap-up, as its lost end would have); signaling reports free a reservation", (t) => {
  const s = loggedIn(["g1"]);
  let r = reserve(s, "g1", "c1", { terms: terms({ wrapUpSeconds: 30 }) });
  run(s, ended("g1", "c1", r, "answered"), 1);
  t.deepEqual(sent(run(s, { type: "timerFired", timerId: "probe" }, 300_001)), [{ type: "callProbe", agentId: "alice", groupId: "g1", callId: "c1" }]);
  run(s, { type: "callStatus", groupId: "g1", agentId: "alice", callId: "c1", alive: false, ringing: false }, 300_002);
  t.is(s.phase, "wrapUp");
  t.is(s.wrapUpEndsAt, 330_002);
  run(s, { type: "timerFired", timerId: "wrapUp" }, 330_002);
  t.is(s.phase, "available");
  r = reserve(s, "g1", "c2");
  run(s, { type: "legGone", callId: "c2" }, 2);
  t.is(s.phase, "available");
  t.is(s.reservation, undefined);
  run(s, ended("g1", "c2", r, "missed"), 3);
  t.is(s.groups.get("g1")?.misses, 0, "a late verdict on a finished reservation is ignored");
});

test("logout while reserved for that group gives the reservation back", (t) => {
  const s = loggedIn(["g1", "g2"]);
  reserve(s, "g1", "c1");
  const out = sent(run(s, { type: "logout", groupId: "g1" }, 5));
  t.deepEqual(out[0], { type: "agentStatus", agentId: "alice", groupId: "g1", seq: s.seq - 1, availability: "loggedOut", presence: "available", idleSince: 0, neverCalled: true, devices: ["desktop"] });
  t.true(out.some((m) => m.type === "reservationEnded" && m.reason === "loggedOut"));
  t.deepEqual(sent(run(s, bid("g1", "c2", 0), 6)).map((m) => (m.type === "refuse" ? m.reason : "")), ["loggedOut"]);
});

test("statusRequest: a loaded group asking gets the agent's state, to that group only", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const onG1 = sent(run(s, { type: "statusRequest", groupId: "g1", agentId: "alice" }, 50));
  t.like(onG1, [{ type: "agentStatus", groupId: "g1", availability: "free" }]);
  t.is(onG1.length, 1);
  t.is(onG1[0]?.type === "agentStatus" ? onG1[0].solicit : -1, undefined, "no new bid round: the group bids unsolicited for a free agent");
  t.like(sent(run(s, { type: "statusRequest", groupId: "g9", agentId: "alice" }, 51)), [{ type: "agentStatus", groupId: "g9", availability: "loggedOut" }]);
});

test("an agent's status seq follows the clock, so reports after a crash that lost in-memory ones are not taken as old", (t) => {
  const s = loggedIn(["g1"]);
  const before = s.seq;
  run(s, { type: "statusRequest", groupId: "g1", agentId: "alice" }, 5_000);
  t.is(s.seq, Math.max(before + 1, 5_000));
  run(s, { type: "statusRequest", groupId: "g1", agentId: "alice" }, 5_000);
  t.is(s.seq, Math.max(before + 1, 5_000) + 1, "strictly increasing within one millisecond");
});

test("statusRequest: an agent reserved for (or on) a call of the asking group names it; other groups do not see it", (t) => {
  const s = loggedIn(["g1", "g2"]);
  const r = reserve(s, "g1", "c1");
  t.like(sent(run(s, { type: "statusRequest", groupId: "g1", agentId: "alice" }, 1)), [{ availability: "reserved", holding: { callId: "c1", reservation: r } }]);
  const [other] = sent(run(s, { type: "statusRequest", groupId: "g2", agentId: "alice" }, 2));
  t.is(other.type === "agentStatus" ? other.holding : "x", undefined);
  run(s, ended("g1", "c1", r, "answered"), 3);
  t.like(sent(run(s, { type: "statusRequest", groupId: "g1", agentId: "alice" }, 4)), [{ availability: "onCall", holding: { callId: "c1", reservation: 0 } }]);
});
