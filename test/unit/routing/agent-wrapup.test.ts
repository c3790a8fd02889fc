/**
 * M9 ending wrap-up early (`endWrapUp`), the agent host's answer to API commands, and
 * the snapshot figures the supervision API shows (since-times, wrap-up end, M11 counts).
 */
import test from "ava";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { IllegalTransitionError } from "../../../lib/routing/errors.js";
import type { AgentMessage } from "../../../lib/routing/codec.js";
import type { Bid } from "../../../lib/routing/protocol.js";
import { ringmesh } from "../../../lib/generated/pb.js";
import {
  agentCommandReply,
  agentSnapshot,
  createAgentState,
  decideAgent,
  decideAgentActor,
  type AgentActorState,
  type AgentEffect,
  type AgentEvent,
  type AgentPhase,
  type AgentState,
} from "../../../services/agent-actor/index.js";
import { terms } from "./helpers.js";

type Out = readonly (AgentEffect | TimerEffect)[];
const run = (s: AgentState, e: AgentEvent | { type: "timerFired"; timerId: string }, now: number): Out => decideAgent(s, e, now).effects;

/** alice logged in to g1 at t=0, the login solicitation settled with no call. */
function free(): AgentState {
  const s = createAgentState("alice", ["desktop"]);
  run(s, { type: "login", groupId: "g1" }, 0);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 0);
  return s;
}

/** alice took call c1 from g1 and hung up at t=100 s with M9 = 30 s: in wrap-up until 130 s. */
function inWrapUp(): AgentState {
  const s = free();
  const b: Bid = { type: "bid", groupId: "g1", agentId: "alice", callId: "c1", waitingSince: 0, level: 3, terms: terms({ wrapUpSeconds: 30 }) };
  run(s, b, 1000);
  const reservation = s.reservation?.id ?? -1;
  run(s, { type: "offerEnded", groupId: "g1", agentId: "alice", callId: "c1", reservation, outcome: "answered" }, 2000);
  run(s, { type: "callEnded", groupId: "g1", agentId: "alice", callId: "c1", wrapUpSeconds: 30 }, 100_000);
  return s;
}

function onCall(): AgentState {
  const s = free();
  run(s, { type: "bid", groupId: "g1", agentId: "alice", callId: "c1", waitingSince: 0, level: 3, terms: terms() }, 1000);
  run(s, { type: "offerEnded", groupId: "g1", agentId: "alice", callId: "c1", reservation: s.reservation?.id ?? -1, outcome: "answered" }, 2000);
  return s;
}

function onBreak(): AgentState {
  const s = free();
  run(s, { type: "startBreak" }, 500);
  return s;
}

interface Row {
  readonly name: string;
  readonly given: () => AgentState;
  /** The phase after `endWrapUp` at t = 110 s, or "throws". */
  readonly then: AgentPhase | "throws";
  /** Timer effects of the decision, when it applies. */
  readonly timers?: readonly TimerEffect[];
}

const rows: readonly Row[] = [
  {
    name: "in wrap-up: free at once, the M9 timer is cancelled and the agent tells its group",
    given: inWrapUp,
    then: "available",
    timers: [{ type: "cancelTimer", timerId: "wrapUp" }],
  },
  { name: "on a call: refused", given: onCall, then: "throws" },
  { name: "on a break (even one taken from wrap-up): refused, endBreak is the way back", given: onBreak, then: "throws" },
  { name: "already free: refused", given: free, then: "throws" },
];

for (const row of rows) {
  test(`M9 endWrapUp — ${row.name}`, (t) => {
    const s = row.given();
    const before = s.phase;
    if (row.then === "throws") {
      t.throws(() => run(s, { type: "endWrapUp" }, 110_000), { instanceOf: IllegalTransitionError });
      t.is(s.phase, before, "nothing changed");
      return;
    }
    const out = run(s, { type: "endWrapUp" }, 110_000);
    t.is(s.phase, row.then);
    t.deepEqual(
      out.filter((e): e is TimerEffect => e.type === "startTimer" || e.type === "cancelTimer"),
      row.timers ?? [],
    );
    t.deepEqual(
      out.flatMap((e) => (e.type === "toGroup" && e.message.type === "agentStatus" ? [[e.message.availability, e.message.idleSince, e.message.solicit]] : [])),
      [["free", 110_000, s.collection?.epoch]],
      "M6: the idle clock starts when wrap-up ends, not when it would have ended",
    );
  });
}

test("M9 endWrapUp: the wrap-up timer firing later changes nothing", (t) => {
  const s = inWrapUp();
  run(s, { type: "endWrapUp" }, 110_000);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 110_001);
  t.deepEqual(run(s, { type: "timerFired", timerId: "wrapUp" }, 130_000), []);
  t.is(s.phase, "available");
  t.is(s.idleSince, 110_000);
});

// ---------------------------------------------------------------- host: API commands and snapshot

function host(agent: AgentState): AgentActorState {
  return { org: "acme", version: "v1", agent };
}

test("host: a command the state forbids is refused with a reason instead of failing the actor", (t) => {
  const decide = decideAgentActor(new WeakSet());
  const cases: readonly [AgentState, AgentMessage, RegExp][] = [
    [free(), { type: "endWrapUp" }, /not in wrap-up \(it is available\)/],
    [free(), { type: "endBreak" }, /not on a break/],
    [onCall(), { type: "startBreak" }, /only when free or in wrap-up; the agent is onCall/],
  ];
  for (const [agent, command, reason] of cases) {
    const state = host(agent);
    const phase = agent.phase;
    const d = decide(state, command, 5000);
    t.is(d.state, state, `${command.type}: the state is untouched`);
    t.is(agent.phase, phase);
    const reply = ringmesh.v1.AgentCommandReply.decode(ringmesh.v1.AgentCommandReply.encode(agentCommandReply(d)).finish());
    t.regex(reply.refused, reason);
    t.is(reply.agent?.phase, phase);
  }
});

test("host: an accepted command answers with the agent after it", (t) => {
  const decide = decideAgentActor(new WeakSet());
  const d = decide(host(inWrapUp()), { type: "endWrapUp" }, 110_000);
  const reply = agentCommandReply(d);
  t.is(reply.refused, "");
  t.is(reply.agent?.phase, "available");
});

test("snapshot: state since, wrap-up end, login time and M11 misses per group", (t) => {
  const s = inWrapUp();
  run(s, { type: "login", groupId: "g2" }, 105_000);
  const snap = agentSnapshot(host(s));
  t.is(snap.phase, "wrapUp");
  t.is(snap.stateSince, 100_000);
  t.is(snap.wrapUpEndsAt, 130_000);
  t.deepEqual(snap.memberships, [
    { groupId: "g1", misses: 0, since: 0 },
    { groupId: "g2", misses: 0, since: 105_000 },
  ]);
  run(s, { type: "startBreak" }, 120_000);
  const onBreakSnap = agentSnapshot(host(s));
  t.is(onBreakSnap.stateSince, 120_000);
  t.is(onBreakSnap.wrapUpEndsAt, 0, "no wrap-up end once the agent left wrap-up");
});

test("snapshot: moving between available and collecting keeps the since-time", (t) => {
  const s = free();
  run(s, { type: "login", groupId: "g2" }, 10);
  run(s, { type: "noBid", groupId: "g1", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 11);
  run(s, { type: "noBid", groupId: "g2", agentId: "alice", solicit: s.collection?.epoch ?? 0 }, 11);
  t.is(s.phase, "available");
  run(s, { type: "setPresence", presence: "busy" }, 7000);
  t.is(s.phase, "collecting");
  t.is(agentSnapshot(host(s)).stateSince ?? 0, 0, "free since the agent state was created; the presence change is not a state change");
});
