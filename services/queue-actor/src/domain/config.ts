import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import { armProgress, progressEnabled } from "./audio.js";
import type { Ctx } from "./context.js";
import { dispatch } from "./dispatch.js";
import { routeAway, sweepIfNobodyReachable } from "./lifecycle.js";
import { syncMembers } from "./members.js";
import type { GroupState } from "./state.js";
import { maxWaitTimer, progressTimer } from "./timers.js";

/**
 * Live config: the next decision uses the new spec and waiting calls stay queued.
 * Q1 and A4 timers of waiting calls are re-armed from when each call joined, so a
 * changed limit applies to calls already waiting. Removed members are told they are
 * logged out here; a call they are on is a connected call of this group and finishes
 * normally. Ringing legs are left to run their course.
 */
export function onConfigChanged(state: GroupState, spec: AnswerGroupSpec, ctx: Ctx): void {
  const before = state.spec;
  state.spec = spec;
  for (const agentId of syncMembers(state)) {
    ctx.effects.push({ type: "toAgent", message: { type: "membershipEnded", groupId: state.groupId, agentId } });
  }
  const progressWas = progressEnabled({ ...state, spec: before });
  rearmWaiting(state, ctx, {
    q1: before.queue.maxWaitSeconds !== spec.queue.maxWaitSeconds,
    progress: progressWas !== progressEnabled(state) || before.announcements.progressIntervalSeconds !== spec.announcements.progressIntervalSeconds,
  });
  sweepIfNobodyReachable(state, ctx);
  dispatch(state, ctx);
}

/** Arms (or cancels) the Q1 and A4 timers of every waiting call from the current spec. */
export function rearmWaiting(state: GroupState, ctx: Ctx, which: { readonly q1: boolean; readonly progress: boolean }): void {
  const q1 = state.spec.queue.maxWaitSeconds;
  for (const callId of state.queue) {
    const call = state.calls.get(callId);
    if (call === undefined) continue;
    if (which.q1) ctx.effects.push(q1 > 0 ? startTimer(maxWaitTimer(callId), call.enqueuedAt + q1 * 1000) : cancelTimer(maxWaitTimer(callId)));
    if (which.progress) {
      if (progressEnabled(state)) armProgress(state, call, ctx);
      else ctx.effects.push(cancelTimer(progressTimer(callId)));
    }
  }
}

/**
 * The document is gone (SPEC §2: "nothing of the group keeps running"). A deleted
 * group has no agents any more, so every waiting call goes where calls go when no
 * member is reachable: Q2 of the last spec, reason `groupDeleted` (ringing legs are
 * cancelled first). Logged-in members are logged out. Connected calls are left to
 * signaling: their agents are freed by its `callGone` report or by the call probe,
 * which a deleted group answers with `alive: false`. No call is left in the state.
 */
export function onGroupDeleted(state: GroupState, ctx: Ctx): void {
  for (const callId of [...state.queue]) {
    const call = state.calls.get(callId);
    if (call !== undefined) routeAway(state, call, "groupDeleted", ctx);
  }
  for (const view of state.members.values()) {
    if (view.member && view.availability !== "loggedOut") {
      ctx.effects.push({ type: "toAgent", message: { type: "membershipEnded", groupId: state.groupId, agentId: view.agentId } });
    }
  }
  state.calls.clear();
  state.queue = [];
  state.asked.clear();
}
