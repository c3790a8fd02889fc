import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import { startTimer } from "../../../../lib/runtime/decider.js";
import type { AgentId } from "../../../../lib/routing/protocol.js";
import { rearmWaiting } from "./config.js";
import type { Ctx } from "./context.js";
import { dispatch } from "./dispatch.js";
import { sweepIfNobodyReachable } from "./lifecycle.js";
import { syncMembers, updateMember } from "./members.js";
import type { GroupRecord } from "./persist.js";
import { createGroupStateShell, type GroupState, type MemberView } from "./state.js";
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
 * queue and bids are as written; its members' state is not in the record: the members
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
  state.calls = new Map(record.calls.map((c) => [c.callId, c]));
  state.log = new Map(record.log);
  for (const agentId of record.present) state.members.set(agentId, placeholder(agentId, true));
  // Agents with a bid or reservation out but no longer members keep a view for their leg.
  for (const agentId of state.asked.keys()) if (!state.members.has(agentId)) state.members.set(agentId, { ...placeholder(agentId, false), availability: "reserved" });
  for (const agentId of syncMembers(state)) {
    ctx.effects.push({ type: "toAgent", message: { type: "membershipEnded", groupId: state.groupId, agentId } });
  }
  for (const m of state.members.values()) if (m.member && m.availability === "unknown") requestStatus(state, m.agentId, ctx);
  if (state.counts.unconfirmed > 0) {
    state.syncRound = 1;
    ctx.effects.push(startTimer(SYNC_TIMER, ctx.now + SYNC_INTERVAL_MS));
  }
  if (specChanged) rearmWaiting(state, ctx, { q1: true, progress: true });
  sweepIfNobodyReachable(state, ctx);
  dispatch(state, ctx);
  return state;
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
