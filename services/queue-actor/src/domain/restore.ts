import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import { startTimer } from "../../../../lib/runtime/decider.js";
import type { AgentId, AgentStatus, ToAgent } from "../../../../lib/routing/protocol.js";
import { checkCall } from "./adoption.js";
import { takeBackLeg } from "./legs.js";
import { onLegAnswered } from "./offers.js";
import { rearmWaiting } from "./config.js";
import type { Ctx } from "./context.js";
import { dispatch } from "./dispatch.js";
import { askHeld } from "./held.js";
import { sweepIfNobodyReachable } from "./lifecycle.js";
import { syncMembers, updateMember } from "./members.js";
import { presentOf, recordCalls, type GroupRecord } from "./persist.js";
import { createGroupStateShell, setCalls, type GroupState, type MemberView } from "./state.js";
import { SYNC_TIMER } from "./timers.js";

/** How long a loaded group waits for its members' answers before asking again. */
export const SYNC_INTERVAL_MS = 2_000;
/** Status requests per member after a load; a member silent after the last is taken as logged out. */
export const SYNC_ROUNDS = 3;

function placeholder(agentId: AgentId, member: boolean): MemberView {
  // A member's own report replaces every field; until then only `availability` is read.
  return { agentId, member, level: 0, availability: "unknown", presence: "available", idleSince: 0, neverCalled: false, devices: [], seq: 0 };
}

function requestStatus(state: GroupState, agentId: AgentId, ctx: Ctx): void {
  ctx.effects.push({ type: "toAgent", message: { type: "statusRequest", groupId: state.groupId, agentId } });
}

/**
 * A group back from its record (persist.ts) with the spec just fetched. Its calls,
 * queue and bids are as written, and it asks signaling for the waiting calls that arrived
 * since (held.ts); its members' state is not in the record: the members
 * that were logged in are `unknown` (reachable, so waiting calls stay, but offered
 * nothing) until they answer the status request sent here. Members logged in since the
 * record was written are not missed: a login is always written (kind.ts isDurable).
 *
 * `specChanged`: the document changed while the group was not loaded; the Q1 and A4
 * timers of waiting calls follow the spec now in force, as on a live change.
 */
export function restoreGroup(record: GroupRecord, spec: AnswerGroupSpec, specChanged: boolean, ctx: Ctx): GroupState {
  const state = createGroupStateShell(record.groupId, spec, record.rng);
  state.aht = record.aht;
  state.asked = new Map(record.asked);
  state.queue = [...record.queue];
  setCalls(state, recordCalls(record));
  state.log = new Map(record.log ?? []);
  // A v5 record names them against the document it was written with. If that changed while
  // the group was not loaded (only after its owner died: a group with members logged in
  // is not passivated), every member now configured is asked, and a member removed in
  // between is not told here: its reports change nothing, and it is never offered a call.
  const present = presentOf(record, specChanged ? undefined : spec) ?? spec.members.map((m) => m.user);
  for (const agentId of present) state.members.set(agentId, placeholder(agentId, true));
  // Agents with a bid or reservation out but no longer members keep a view for their leg.
  for (const agentId of state.asked.keys()) if (!state.members.has(agentId)) state.members.set(agentId, { ...placeholder(agentId, false), availability: "reserved" });
  for (const agentId of syncMembers(state)) {
    ctx.effects.push({ type: "toAgent", message: { type: "membershipEnded", groupId: state.groupId, agentId } });
  }
  for (const m of state.members.values()) if (m.member && m.availability === "unknown") requestStatus(state, m.agentId, ctx);
  // A v4 record's connected calls: their end reaches the group as the agent's report
  // (agents.ts), so an agent that is not a member here any more is asked too.
  for (const agentId of state.connectedBy.keys()) if (state.members.get(agentId)?.member !== true) requestStatus(state, agentId, ctx);
  if (state.counts.unconfirmed > 0) {
    state.syncRound = 1;
    ctx.effects.push(startTimer(SYNC_TIMER, ctx.now + SYNC_INTERVAL_MS));
  }
  if (specChanged) rearmWaiting(state, ctx, { q1: true, progress: true });
  // Calls that arrived after the record was written are known to signaling only.
  askHeld(state, ctx);
  sweepIfNobodyReachable(state, ctx);
  dispatch(state, ctx);
  return state;
}

/**
 * A member's first report after a load. Offers and answers are decided in memory
 * (kind.ts isDurable), so a crash of the previous owner may have lost them: the agent,
 * which writes its reservation, is the authority on which of this group's calls holds
 * it. Its leg is adopted (signaling is ringing it: nothing is sent again), an answered
 * call is connected (`connect` is idempotent in signaling), and a call this group does
 * not have is asked about (adoption.ts): connected calls are not in the record, and the
 * answer adopts the call or frees the agent. A call this group has with another agent
 * is closed on the agent's side: a reservation released, a call ended with M9 wrap-up.
 */
export function reconcile(state: GroupState, s: AgentStatus, ctx: Ctx): void {
  const holding = s.holding;
  if (holding === undefined || (s.availability !== "reserved" && s.availability !== "onCall")) return;
  const call = state.calls.get(holding.callId);
  // Unknown: connected (not in the record), or waiting and not written (held.ts takes it back with this leg).
  if (call === undefined) return checkCall(state, holding.callId, s.agentId, ctx, s.availability === "reserved" ? holding.reservation : undefined);
  const waiting = call.phase === "queued" || call.phase === "offering";
  if (!waiting && call.agentId !== s.agentId) {
    const message: ToAgent =
      s.availability === "reserved"
        ? { type: "offerEnded", groupId: state.groupId, agentId: s.agentId, callId: holding.callId, reservation: holding.reservation, outcome: "notNeeded" }
        : { type: "callEnded", groupId: state.groupId, agentId: s.agentId, callId: holding.callId, wrapUpSeconds: state.spec.routing.wrapUpSeconds };
    ctx.effects.push({ type: "toAgent", message });
    return;
  }
  if (!waiting) return;
  if (!call.legs.some((l) => l.agentId === s.agentId)) takeBackLeg(state, call, s.agentId, holding.reservation, ctx);
  // On a call: signaling connected it, whichever version (an older one only after the group's connect).
  if (s.availability === "onCall") onLegAnswered(state, call.callId, s.agentId, ctx, true);
}

/** SYNC_INTERVAL_MS after a load (or the last round): ask the silent members again, or give them up. */
export function onSyncTimer(state: GroupState, ctx: Ctx): void {
  const silent = [...state.members.values()].filter((m) => m.member && m.availability === "unknown");
  if (silent.length === 0) {
    state.syncRound = 0;
    return;
  }
  if (state.syncRound < SYNC_ROUNDS) {
    state.syncRound++;
    for (const m of silent) requestStatus(state, m.agentId, ctx);
    ctx.effects.push(startTimer(SYNC_TIMER, ctx.now + SYNC_INTERVAL_MS));
    return;
  }
  // An agent actor activates on any message, so silence this long means its messages are
  // not getting through; its next report (any change of its state) brings it back.
  state.syncRound = 0;
  for (const m of silent) updateMember(state, m, (v) => (v.availability = "loggedOut"));
  sweepIfNobodyReachable(state, ctx);
  dispatch(state, ctx);
}
