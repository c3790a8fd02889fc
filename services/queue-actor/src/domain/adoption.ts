/**
 * Connected calls are not in the group's record (persist.ts): a connected call changes
 * nothing the group decides until it ends, and a busy group holds calls/s × talk time of
 * them, which every write would carry (at 100 CPS and 3 min talk, 18,000 rows: past the
 * server's 1 MiB message limit). The agent on the call holds it, and signaling holds its
 * dialogs; a group that is loaded again learns its connected calls back from them.
 *
 * Whenever an agent names a call of this group that the group does not have (its first
 * report after a load, or its call probe), the group asks the call's signaling node with
 * `connect { check }`. Signaling answers `legAnswered` while that agent holds the call,
 * and the call is adopted as connected; it answers `connectedCallEnded` when the call is
 * gone, or nobody answers (the node died: at once if the group heard so), and after
 * CHECK_ATTEMPTS the agent is told the call is over (`callStatus`, not alive): an agent
 * on the call starts its M9 wrap-up, a reserved one goes free (its written reservation
 * may name a call that ended long ago).
 *
 * An adopted call's caller, arrival and answer times are not known: it shows the time of
 * its adoption, and its end adds no AHT sample.
 */
import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import type { AgentId, CallId } from "../../../../lib/routing/protocol.js";
import type { Ctx } from "./context.js";
import type { GroupEffect } from "./effects.js";
import { updateMember } from "./members.js";
import { mintedBy } from "./minted.js";
import { newCall, type GroupState, type OpenCheck } from "./state.js";
import { checkTimer } from "./timers.js";

/** How long a check waits for signaling's answer before asking again. */
export const CHECK_INTERVAL_MS = 1_000;
/** Checks sent before the call is taken as gone; all of them fit in the agent's RESERVATION_GRACE_MS. */
export const CHECK_ATTEMPTS = 3;

/** An agent says it holds `callId` here, which this group does not have: ask signaling. */
export function checkCall(state: GroupState, callId: CallId, agentId: AgentId, ctx: Ctx, reservation?: number): void {
  const open = state.checking.get(callId);
  if (open !== undefined && open.agentId === agentId) return;
  state.checking.set(callId, { agentId, attempts: 1, ...(reservation !== undefined ? { reservation } : {}) });
  // Its signaling run is known gone (the news that loaded this group, often): no answer will come.
  if (state.goneRuns.some(([nodeId, epoch]) => mintedBy(callId, nodeId, epoch))) return checkedGone(state, callId, ctx);
  sendCheck(callId, agentId, ctx);
}

function sendCheck(callId: CallId, agentId: AgentId, ctx: Ctx): void {
  ctx.effects.push({ type: "connect", callId, agentId, check: true }, startTimer(checkTimer(callId), ctx.now + CHECK_INTERVAL_MS));
}

export function onCheckTimer(state: GroupState, callId: CallId, ctx: Ctx): void {
  const open = state.checking.get(callId);
  if (open === undefined) return;
  if (open.attempts >= CHECK_ATTEMPTS) return checkedGone(state, callId, ctx);
  open.attempts++;
  sendCheck(callId, open.agentId, ctx);
}

/** The answer to an agent's probe (or to its report, after a check): where its call stands here. */
export function callStatus(state: GroupState, agentId: AgentId, callId: CallId, alive: boolean, ringing: boolean): GroupEffect {
  return { type: "toAgent", message: { type: "callStatus", groupId: state.groupId, agentId, callId, alive, ringing } };
}

/** Ends the check open for `callId`, if any, and returns it. */
export function closeCheck(state: GroupState, callId: CallId, ctx: Ctx): OpenCheck | undefined {
  const open = state.checking.get(callId);
  if (open === undefined) return undefined;
  state.checking.delete(callId);
  ctx.effects.push(cancelTimer(checkTimer(callId)));
  return open;
}

/** Signaling reported the checked call gone, or never answered: the agent is not on it. */
export function checkedGone(state: GroupState, callId: CallId, ctx: Ctx): void {
  const open = closeCheck(state, callId, ctx);
  if (open !== undefined) ctx.effects.push(callStatus(state, open.agentId, callId, false, false));
}

/** Signaling's `legAnswered` for a checked call: the agent holds it, so it is adopted as connected. False if no check was open. */
export function adopt(state: GroupState, callId: CallId, agentId: AgentId, ctx: Ctx): boolean {
  if (state.checking.get(callId)?.agentId !== agentId || state.calls.has(callId)) return false;
  closeCheck(state, callId, ctx);
  const now = ctx.now;
  state.calls.set(callId, newCall({ callId, caller: "", arrivedAt: now, enqueuedAt: now, phase: "connected", agentId, connectedAt: now, adopted: true }));
  state.connectedBy.set(agentId, callId);
  const view = state.members.get(agentId);
  if (view?.member === true) updateMember(state, view, (m) => (m.availability = "onCall"));
  // A reserved agent (its answer was not written) is on the call from here.
  ctx.effects.push(callStatus(state, agentId, callId, true, false));
  return true;
}
