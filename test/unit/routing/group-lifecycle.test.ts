import test from "ava";
import { member } from "../../../lib/routing/sim/spec.js";
import { explain } from "../../../services/queue-actor/index.js";
import { G, arrive, bidsIn, connectCall, fire, grant, makeGroup, of, status, step, terms } from "./helpers.js";

test("A1 A2 A6 A7 entry, M10 ring, G7 display: a call to a free agent, effects exactly", (t) => {
  const s = makeGroup([member("alice")], {
    announcements: { entry: "welcome", hold: "music", announcePosition: true, announceEstimatedWait: true },
  });
  step(s, status("alice", "free"), 0);
  t.deepEqual(step(s, arrive("c1", "+358401"), 1000), [
    {
      type: "callerAudio",
      callId: "c1",
      play: [
        { kind: "announcement", name: "welcome" },
        { kind: "position", position: 1 },
        { kind: "estimatedWait", minutes: 3, confident: false },
      ],
      then: { kind: "hold", name: "music" },
    },
    { type: "publish", event: { name: "callQueued", callId: "c1" } },
    { type: "toAgent", message: { type: "bid", groupId: G, agentId: "alice", callId: "c1", waitingSince: 1000, level: 3, terms: terms() } },
    { type: "startTimer", timerId: "bid:alice:c1", fireAt: 4000 },
  ]);
  t.deepEqual(step(s, grant("alice", "c1", 7), 1010), [
    { type: "cancelTimer", timerId: "bid:alice:c1" },
    {
      type: "ringAgent",
      callId: "c1",
      agentId: "alice",
      reservation: 7,
      devices: [{ kind: "desktop", from: "+358401", group: { number: "+35810123456", name: "Support" } }],
      ringSeconds: 20,
      billingId: "FI-1234",
    },
    { type: "startTimer", timerId: "ring:alice:c1", fireAt: 21010 },
  ]);
  t.deepEqual(step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 5000), [
    { type: "cancelTimer", timerId: "ring:alice:c1" },
    { type: "toAgent", message: { type: "offerEnded", groupId: G, agentId: "alice", callId: "c1", reservation: 7, outcome: "answered" } },
    { type: "publish", event: { name: "offerFinished", callId: "c1", agentId: "alice", outcome: "answered" } },
    { type: "cancelTimer", timerId: "maxWait::c1" },
    { type: "cancelTimer", timerId: "progress::c1" },
    { type: "publish", event: { name: "callFinished", callId: "c1", outcome: "answered", reason: "answered", waitMs: 4000 } },
  ]);
  // Signaling reported the end to the group (it never saw `connect`) and told the agent
  // itself (callGone): the group only counts the call.
  t.deepEqual(step(s, { type: "connectedCallEnded", callId: "c1" }, 65000), [
    { type: "publish", event: { name: "callCompleted", callId: "c1", agentId: "alice", talkMs: 60000 } },
  ]);
  t.deepEqual(s.aht, { seconds: 60, samples: 1 });
});

test("Q2 noAgentsDestination: a call arriving with no member logged in goes to Q2 at once", (t) => {
  const s = makeGroup([member("alice")], { queue: { noAgentsDestination: { type: "announcement", announcement: "closed" } } });
  t.deepEqual(step(s, arrive("c1"), 0), [
    { type: "routeCall", callId: "c1", setting: "Q2", destination: { type: "announcement", announcement: "closed" }, reason: "noAgentsLoggedIn", billingId: "FI-1234" },
    { type: "publish", event: { name: "callFinished", callId: "c1", outcome: "noAgents", reason: "noAgentsLoggedIn", waitMs: 0 } },
  ]);
});

test("Q2 + M5: logged-in members who are all busy-red count as unreachable", (t) => {
  const s = makeGroup([member("alice")], { routing: { presenceAware: true } });
  step(s, status("alice", "free", { presence: "busy" }), 0);
  t.is(of(step(s, arrive("c1"), 0), "routeCall")[0]?.reason, "noAgentsLoggedIn");
});

test("Q2: a logged-in member on a call keeps calls queued; when the last member logs out they go to Q2", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "onCall"), 0);
  t.deepEqual(of(step(s, arrive("c1"), 0), "routeCall"), []);
  t.deepEqual(of(step(s, arrive("c2"), 0), "routeCall"), []);
  const out = step(s, status("alice", "loggedOut"), 10_000);
  t.deepEqual(
    of(out, "routeCall").map((r) => [r.callId, r.setting, r.reason]),
    [
      ["c1", "Q2", "lastMemberLeft"],
      ["c2", "Q2", "lastMemberLeft"],
    ],
  );
  t.deepEqual(s.queue, []);
});

test("Q4 maxQueueLength: the call arriving when Q4 calls wait goes to Q6 as overflowed, carrying G3 billingId", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxQueueLength: 2, overflowDestination: { type: "group", group: "sales" } } });
  step(s, status("alice", "onCall"), 0);
  step(s, arrive("c1"), 0);
  step(s, arrive("c2"), 0);
  t.deepEqual(step(s, arrive("c3"), 5), [
    { type: "routeCall", callId: "c3", setting: "Q6", destination: { type: "group", group: "sales" }, reason: "queueFull", billingId: "FI-1234" },
    { type: "publish", event: { name: "callFinished", callId: "c3", outcome: "overflowed", reason: "queueFull", waitMs: 0 } },
  ]);
});

test("Q1 maxWaitSeconds: a waiting call with nothing ringing goes to Q6 as timedOut", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxWaitSeconds: 60, overflowDestination: { type: "external", number: "+358501234567" } } });
  step(s, status("alice", "onCall"), 0);
  t.deepEqual(of(step(s, arrive("c1"), 1000), "startTimer"), [{ type: "startTimer", timerId: "maxWait::c1", fireAt: 61_000 }]);
  const out = step(s, fire("maxWait::c1"), 61_000);
  t.deepEqual(of(out, "routeCall"), [
    { type: "routeCall", callId: "c1", setting: "Q6", destination: { type: "external", number: "+358501234567" }, reason: "maxWait", billingId: "FI-1234" },
  ]);
  t.deepEqual(of(out, "publish").map((p) => p.event), [{ name: "callFinished", callId: "c1", outcome: "timedOut", reason: "maxWait", waitMs: 60_000 }]);
});

test("Q1 while ringing (§3.6): the ringing leg is not cut, no new round starts, Q6 when the round ends", (t) => {
  const s = makeGroup([member("alice"), member("bob")], { queue: { maxWaitSeconds: 30, maxRingAttempts: 0 } });
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("alice", "c1", 1), 0);
  const atQ1 = step(s, fire("maxWait::c1"), 30_000);
  t.deepEqual(of(atQ1, "cancelRing"), []);
  t.deepEqual(of(atQ1, "routeCall"), []);
  // bob becomes free while alice still rings: no new leg after Q1.
  t.deepEqual(bidsIn(step(s, status("bob", "free"), 31_000)), []);
  const end = step(s, fire("ring:alice:c1"), 20_000 + 20_000);
  t.deepEqual(of(end, "routeCall").map((r) => [r.setting, r.reason]), [["Q6", "maxWait"]]);
});

test("Q3 maxRingAttempts: third unanswered round sends the call to Q2", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxRingAttempts: 3, noAgentsDestination: { type: "voicemail", user: "boss" } } });
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  for (let round = 1; round <= 3; round++) {
    const now = (round - 1) * 20_000;
    step(s, grant("alice", "c1", round), now);
    const out = step(s, fire("ring:alice:c1"), now + 20_000);
    t.deepEqual(of(out, "cancelRing"), [{ type: "cancelRing", callId: "c1", agentId: "alice", reason: "timeout" }]);
    if (round < 3) {
      t.deepEqual(of(out, "routeCall"), [], `round ${round}`);
      // The agent actor reports free again and the round starts again from the top.
      t.deepEqual(bidsIn(step(s, status("alice", "free"), now + 20_000)), ["alice"]);
    } else {
      t.deepEqual(of(out, "routeCall"), [
        { type: "routeCall", callId: "c1", setting: "Q2", destination: { type: "voicemail", user: "boss" }, reason: "maxRingAttempts", billingId: "FI-1234" },
      ]);
    }
  }
});

test("Q3 (§3.6): a round in which every leg fails counts as an attempt", (t) => {
  const s = makeGroup([member("alice"), member("bob")], { queue: { maxRingAttempts: 1 }, routing: { simultaneousAgents: 2 } });
  step(s, status("alice", "free"), 0);
  step(s, status("bob", "free"), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 0)), ["alice", "bob"]);
  step(s, grant("alice", "c1", 1), 0);
  step(s, grant("bob", "c1", 1), 0);
  t.deepEqual(of(step(s, { type: "legFailed", callId: "c1", agentId: "alice", reason: "declined" }, 1), "routeCall"), []);
  const out = step(s, { type: "legFailed", callId: "c1", agentId: "bob", reason: "busy" }, 2);
  t.deepEqual(of(out, "routeCall").map((r) => r.reason), ["maxRingAttempts"]);
});

test("Q3 = 0 is unlimited: rounds keep coming", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxRingAttempts: 0 } });
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  for (let round = 1; round <= 10; round++) {
    step(s, grant("alice", "c1", round), round * 100_000);
    t.deepEqual(of(step(s, fire("ring:alice:c1"), round * 100_000 + 20_000), "routeCall"), []);
    step(s, status("alice", "free"), round * 100_000 + 20_000);
  }
  t.is(s.calls.get("c1")?.rounds, 10);
});

test("caller hangs up while ringing: abandoned, the leg is cancelled and the agent released", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("alice", "c1", 4), 0);
  const out = step(s, { type: "callerHungUp", callId: "c1" }, 3000);
  t.deepEqual(of(out, "cancelRing"), [{ type: "cancelRing", callId: "c1", agentId: "alice", reason: "callerHungUp" }]);
  t.deepEqual(
    of(out, "toAgent").map((e) => e.message),
    [{ type: "offerEnded", groupId: G, agentId: "alice", callId: "c1", reservation: 4, outcome: "cancelled" }],
  );
  t.deepEqual(
    of(out, "publish").map((p) => p.event).filter((e) => e.name === "callFinished"),
    [{ name: "callFinished", callId: "c1", outcome: "abandoned", reason: "callerHungUp", waitMs: 3000 }],
  );
  t.is(s.calls.size, 0);
});

test("protocol: a grant for a call that is gone is released as notNeeded", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  step(s, { type: "callerHungUp", callId: "c1" }, 1);
  t.deepEqual(of(step(s, grant("alice", "c1", 9), 2), "toAgent"), [
    { type: "toAgent", message: { type: "offerEnded", groupId: G, agentId: "alice", callId: "c1", reservation: 9, outcome: "notNeeded" } },
  ]);
});

test("protocol: a solicitation gets a bid for the oldest call, or a noBid", (t) => {
  const s = makeGroup([member("alice")]);
  t.deepEqual(step(s, status("alice", "free", { solicit: 5 }), 0), [
    { type: "toAgent", message: { type: "noBid", groupId: G, agentId: "alice", solicit: 5 } },
  ]);
  step(s, status("alice", "onCall"), 1);
  step(s, arrive("c1"), 10);
  step(s, arrive("c2"), 20);
  const out = step(s, status("alice", "free", { solicit: 6 }), 30);
  t.deepEqual(
    of(out, "toAgent").map((e) => e.message),
    [{ type: "bid", groupId: G, agentId: "alice", callId: "c1", waitingSince: 10, level: 3, terms: terms(), solicit: 6 }],
  );
});

test("protocol: a refusal updates the replica and the next free agent is asked", (t) => {
  const s = makeGroup([member("alice", 1), member("bob", 2)]);
  step(s, status("alice", "free"), 0);
  step(s, status("bob", "free"), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 0)), ["alice"]);
  const out = step(s, { type: "refuse", agentId: "alice", groupId: G, callId: "c1", reason: "reservedElsewhere" }, 1);
  t.deepEqual(bidsIn(out), ["bob"]);
  t.deepEqual(explain(s, "c1").find((e) => e.kind === "refused"), { kind: "refused", at: 1, agentId: "alice", reason: "reservedElsewhere" });
});

test("protocol: an unanswered bid is forgotten after BID_TIMEOUT_MS and another agent is asked", (t) => {
  const s = makeGroup([member("alice", 1), member("bob", 2)], { routing: { simultaneousAgents: 1 } });
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  step(s, status("bob", "free"), 1);
  t.deepEqual(bidsIn(step(s, fire("bid:alice:c1"), 3000)), ["bob"]);
});

test("protocol: the agent gives the reservation back (expired): its leg is cancelled and the round ends", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxRingAttempts: 1 } });
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("alice", "c1", 3), 0);
  const out = step(s, { type: "reservationEnded", agentId: "alice", groupId: G, callId: "c1", reservation: 3, reason: "expired" }, 25_000);
  t.deepEqual(of(out, "cancelRing"), [{ type: "cancelRing", callId: "c1", agentId: "alice", reason: "revoked" }]);
  t.deepEqual(of(out, "routeCall").map((r) => r.reason), ["maxRingAttempts"]);
});

test("protocol: callProbe is answered alive only for a connected call of that agent, ringing while its leg rings", (t) => {
  const s = makeGroup([member("alice"), member("bob")]);
  const probe = (agentId: string, callId: string) => step(s, { type: "callProbe", agentId, groupId: G, callId }, 2000);
  const answer = (agentId: string, callId: string, alive: boolean, ringing: boolean) => [
    { type: "toAgent", message: { type: "callStatus", groupId: G, agentId, callId, alive, ringing } },
  ];
  // A call this group does not have is asked about; the answer follows signaling's (group-adoption.test.ts).
  t.like(probe("alice", "nope"), [{ type: "connect", callId: "nope", agentId: "alice", check: true }, { type: "startTimer" }]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1", "+358401"), 1000);
  t.deepEqual(probe("alice", "c1"), answer("alice", "c1", false, false), "bid, not yet granted: nothing rings");
  step(s, grant("alice", "c1", 7), 1010);
  t.deepEqual(probe("alice", "c1"), answer("alice", "c1", false, true));
  t.deepEqual(probe("bob", "c1"), answer("bob", "c1", false, false));
  step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 5000);
  // Alive here: signaling is asked again, so a node that lost the call reports its end.
  t.deepEqual(probe("alice", "c1"), [...answer("alice", "c1", true, false), { type: "connect", callId: "c1", agentId: "alice" }]);
});

test("protocol: the end of a connected call is the agent's report that no longer holds it (signaling tells only the agent)", (t) => {
  const s = makeGroup([member("alice")], { routing: { wrapUpSeconds: 5 } });
  connectCall(s, "alice", "c1");
  // Presence changes on the call name it: nothing ends.
  t.deepEqual(of(step(s, status("alice", "onCall", { presence: "busy", holding: "c1" }), 20_000), "publish"), []);
  t.is(s.calls.get("c1")?.phase, "connected");
  t.deepEqual(step(s, status("alice", "wrapUp"), 65_000), [{ type: "publish", event: { name: "callCompleted", callId: "c1", agentId: "alice", talkMs: 60_000 } }]);
  t.false(s.calls.has("c1"));
  t.deepEqual(s.aht, { seconds: 65, samples: 1 });
  t.is(s.members.get("alice")?.availability, "wrapUp");
  // A late report that signaling also sent (its end when it never saw connect) finds nothing.
  t.deepEqual(step(s, { type: "connectedCallEnded", callId: "c1" }, 65_010), []);
});

test("protocol: an agent that left the group mid-call still ends its call there with its report; an older report ends nothing", (t) => {
  const s = makeGroup([member("alice"), member("bob")]);
  connectCall(s, "alice", "c1");
  const stale = status("alice", "free");
  step(s, status("alice", "loggedOut", { holding: "c1" }), 6000);
  t.is(s.calls.get("c1")?.phase, "connected", "logged out, still on the call");
  step(s, stale, 7000);
  t.is(s.calls.get("c1")?.phase, "connected", "an older report is ignored");
  s.spec = { ...s.spec, members: s.spec.members.filter((m) => m.user !== "alice") };
  step(s, { type: "configChanged", spec: s.spec }, 8000);
  t.deepEqual(of(step(s, status("alice", "loggedOut"), 30_000), "publish"), [{ type: "publish", event: { name: "callCompleted", callId: "c1", agentId: "alice", talkMs: 25_000 } }]);
  t.false(s.calls.has("c1"));
});

test("protocol: a repeated legAnswered (signaling reports again when a command shows the group missed it) changes nothing", (t) => {
  const s = makeGroup([member("alice"), member("bob")]);
  connectCall(s, "alice", "c1");
  t.deepEqual(step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 6000), []);
  t.deepEqual(step(s, { type: "legAnswered", callId: "c1", agentId: "bob", connected: true }, 6000), [], "another agent's report for it is not an answer");
  t.is(s.calls.get("c1")?.connectedAt, 5000);
});

test("protocol: the answer puts the agent on the call in the replica; its onCall report goes only to its other groups", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1", "+358401"), 1000);
  step(s, grant("alice", "c1", 7), 1010);
  t.is(s.members.get("alice")?.availability, "reserved");
  step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 5000);
  t.is(s.members.get("alice")?.availability, "onCall");
});

test("late answer: the device's 2xx crossed M10; signaling connected the call and reports it on the group's cancelRing: the group connects it anyway and tells the agent with callStatus(alive)", (t) => {
  const s = makeGroup([member("alice"), member("bob")]);
  step(s, status("alice", "free", { idleSince: 0 }), 0);
  step(s, status("bob", "free", { idleSince: 1 }), 0);
  step(s, arrive("c1"), 1000);
  step(s, grant("alice", "c1", 7), 1010);
  const timeout = step(s, fire("ring:alice:c1"), 21_010);
  t.deepEqual(of(timeout, "cancelRing"), [{ type: "cancelRing", callId: "c1", agentId: "alice", reason: "timeout" }]);
  t.deepEqual(bidsIn(timeout), ["bob"], "the next agent is asked");
  const late = step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 21_020);
  t.like(s.calls.get("c1"), { phase: "connected", agentId: "alice", connectedAt: 21_020 });
  t.is(s.connectedBy.get("alice"), "c1");
  t.deepEqual(s.queue, []);
  t.deepEqual(
    of(late, "toAgent").map((e) => e.message),
    [{ type: "callStatus", groupId: G, agentId: "alice", callId: "c1", alive: true, ringing: false }],
    "alice's reservation ended as missed: the call status is what puts her on the call",
  );
  t.deepEqual(of(late, "connect"), []);
  t.like(of(late, "publish").map((e) => e.event), [{ name: "callFinished", outcome: "answered", reason: "answeredLate" }], "counted apart: many say M10 is too short");
  t.like(of(step(s, grant("bob", "c1", 3), 21_030), "toAgent")[0]?.message, { type: "offerEnded", agentId: "bob", outcome: "notNeeded" }, "bob's bid was dropped");
});

test("late answer for a call this group no longer has (routed away as it was answered): asked about with a check, adopted on signaling's reply", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  const first = step(s, { type: "legAnswered", callId: "gone", agentId: "alice", connected: true }, 1000);
  t.like(of(first, "connect"), [{ callId: "gone", agentId: "alice", check: true }]);
  t.false(s.calls.has("gone"));
  t.deepEqual(step(s, { type: "legAnswered", callId: "gone", agentId: "alice", connected: true }, 1001).filter((e) => e.type === "connect"), [], "adopted, not asked again");
  t.like(s.calls.get("gone"), { phase: "connected", agentId: "alice", adopted: true });
});

test("rolling upgrade: an answer from an older signaling node (no `connected`: it holds the caller's 200 for the group) gets `connect`, and again for each resend", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 1000);
  step(s, grant("alice", "c1", 7), 1010);
  const first = step(s, { type: "legAnswered", callId: "c1", agentId: "alice" }, 5000);
  t.deepEqual(of(first, "connect"), [{ type: "connect", callId: "c1", agentId: "alice" }]);
  t.like(s.calls.get("c1"), { phase: "connected", agentId: "alice" });
  t.deepEqual(step(s, { type: "legAnswered", callId: "c1", agentId: "alice" }, 6000), [{ type: "connect", callId: "c1", agentId: "alice" }]);
  t.deepEqual(step(s, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true }, 6001), [], "a newer node's repeat needs nothing");
});
