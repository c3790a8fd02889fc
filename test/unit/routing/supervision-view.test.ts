/**
 * What agents and supervisors are shown, at the actor boundary: snapshots never pass
 * placeholders off as facts, since-times start at login, group status and `call
 * explain` count rounds alike, and calls that were never offered are explained too.
 */
import test from "ava";
import { member } from "../../../lib/routing/sim/spec.js";
import { agentSnapshot, createAgentState, decideAgent, decideAgentActor, type AgentActorState } from "../../../services/agent-actor/index.js";
import { explain, groupSnapshot, type GroupActorState, type GroupState } from "../../../services/queue-actor/index.js";
import { arrive, fire, grant, makeGroup, status, step } from "./helpers.js";

const fresh = (): AgentActorState => ({ org: "acme", version: "", loaded: false, agent: createAgentState("dave", []) });

test("agent snapshot: not loaded until the User document is applied, then its presence and devices", (t) => {
  const decide = decideAgentActor(new WeakSet());
  const s = fresh();
  t.false(agentSnapshot(s).loaded, "placeholders are flagged");
  const d = decide(s, { type: "userChanged", devices: ["ipPhone"], presence: "busy", version: "7", deleted: false }, 1000);
  const snap = agentSnapshot(d.state);
  t.true(snap.loaded);
  t.is(snap.presence, "busy");
  t.deepEqual(snap.devices, ["ipPhone"]);
  const deleted = decide(fresh(), { type: "userChanged", devices: [], presence: "available", version: "", deleted: true }, 1000);
  t.true(agentSnapshot(deleted.state).loaded, "a missing document is known too");
});

test("agent snapshot: a state written before `loaded` was kept counts as loaded", (t) => {
  t.true(agentSnapshot({ org: "acme", version: "3", agent: createAgentState("dave", ["desktop"]) }).loaded);
});

test("login sets the since-time to now; logging out of the last group starts it again", (t) => {
  const a = createAgentState("alice", ["desktop"]);
  decideAgent(a, { type: "login", groupId: "g1" }, 5000);
  t.is(a.stateSince, 5000);
  decideAgent(a, { type: "login", groupId: "g2" }, 6000);
  t.is(a.stateSince, 5000, "a second group does not change the agent's state");
  decideAgent(a, { type: "logout", groupId: "g1" }, 7000);
  t.is(a.stateSince, 5000);
  decideAgent(a, { type: "logout", groupId: "g2" }, 8000);
  t.is(a.stateSince, 8000);
});

const host = (group: GroupState): GroupActorState => ({ org: "acme", name: "support", version: "1", deleted: false, group, pending: [] });

test("group snapshot: rounds count the round that rings, as `call explain` numbers it", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, status("alice", "free"), 0);
  step(s, arrive("c1"), 1000);
  step(s, grant("alice", "c1", 1), 1010);
  const ringing = groupSnapshot(host(s)).calls?.[0];
  const offer = explain(s, "c1").find((e) => e.kind === "offer");
  t.is(offer?.kind === "offer" ? offer.round : -1, 1);
  t.is(ringing?.rounds, 1, "the first offer is round 1 in both");
  step(s, fire("ring:alice:c1"), 21_010);
  t.is(groupSnapshot(host(s)).calls?.[0]?.rounds, 1, "one round started, none ringing now");
});

test("group snapshot: a member that never reported has no presence to show", (t) => {
  const s = makeGroup([member("alice"), member("bob")]);
  step(s, status("alice", "loggedOut", { presence: "busy" }), 0);
  const members = groupSnapshot(host(s)).members ?? [];
  t.deepEqual(
    members.map((m) => [m.agentId, m.availability, m.presence]),
    [
      ["alice", "loggedOut", "busy"],
      ["bob", "loggedOut", ""],
    ],
  );
});

test("decision log: a call nobody could take is explained (Q2 on arrival), bounded like the rest", (t) => {
  const s = makeGroup([member("alice")]);
  step(s, arrive("c1"), 1000);
  t.deepEqual(explain(s, "c1"), [{ kind: "routed", at: 1000, setting: "Q2", reason: "noAgentsLoggedIn", waitedMs: 0 }]);
  t.deepEqual(s.logRetired, ["c1"]);
});

test("decision log: Q4 full → Q6, a queued call abandoned, and Q1 timed out", (t) => {
  const s = makeGroup([member("alice")], { queue: { maxQueueLength: 1, maxWaitSeconds: 60 } });
  step(s, status("alice", "onBreak"), 0);
  step(s, arrive("c1"), 1000);
  step(s, arrive("c2"), 2000);
  t.deepEqual(explain(s, "c2"), [{ kind: "routed", at: 2000, setting: "Q6", reason: "queueFull", waitedMs: 0 }]);
  step(s, { type: "callerHungUp", callId: "c1" }, 9000);
  t.deepEqual(explain(s, "c1"), [
    { kind: "queued", at: 1000, position: 1 },
    { kind: "abandoned", at: 9000, waitedMs: 8000 },
  ]);
  step(s, arrive("c3"), 10_000);
  step(s, fire("maxWait::c3"), 70_000);
  t.deepEqual(explain(s, "c3").at(-1), { kind: "routed", at: 70_000, setting: "Q6", reason: "maxWait", waitedMs: 60_000 });
});
