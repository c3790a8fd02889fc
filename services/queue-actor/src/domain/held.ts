/**
 * A group writes nothing when a call arrives (kind.ts isDurable): the signaling node that
 * holds the caller's dialog is the authority on whether the call still waits, and it
 * outlives any owner of the group. So a group that is built (loaded after its owner died,
 * or new) asks every signaling node which of its calls they hold (`askHeld`), and for
 * HELD_WINDOW_MS takes what they answer (`callsHeld`): a waiting call it does not have
 * joins the queue where its enqueuedAt puts it, with Q1 counted from there; an agent
 * that reported itself reserved for it meanwhile (a check is open, adoption.ts) gets its
 * ringing leg back (restore.ts reconcile does the same when the call came first). Signaling
 * also tells every group holding its waiting calls, unasked, when a host of groups
 * leaves: that message is what brings such a group back at all, as no written timer of
 * those calls would.
 *
 * Outside the window a group has its calls (it took every arrival since it was built),
 * and an answer is late: it may name a call that ended since, so it is ignored. Inside it,
 * a call this group already ended is recognised by its decision log, which outlives it.
 *
 * What a crash of the owner loses of a call written nowhere: its rounds (Q3), the agents
 * it tried and those that declined (§3.6), its place in the A3/A4 cycle, and its decision
 * log; it restarts them as a new arrival would, keeping its arrival instants.
 */
import { closeCheck } from "./adoption.js";
import type { Ctx } from "./context.js";
import { dispatch } from "./dispatch.js";
import type { CallsHeld } from "./events.js";
import { enqueue, sweepIfNobodyReachable } from "./lifecycle.js";
import { takeBackLeg } from "./legs.js";
import { newCall, type GroupState } from "./state.js";

/** How long after it was built a group takes signaling's answers to its askHeld. */
export const HELD_WINDOW_MS = 15_000;

/** A group just built asks which of its calls wait at signaling. */
export function askHeld(state: GroupState, ctx: Ctx): void {
  state.heldUntil = ctx.now + HELD_WINDOW_MS;
  ctx.effects.push({ type: "askHeld" });
}

export function onCallsHeld(state: GroupState, e: CallsHeld, ctx: Ctx): void {
  if (ctx.now > state.heldUntil) return;
  let added = 0;
  for (const h of e.calls) {
    if (state.calls.has(h.callId) || state.log.has(h.callId)) continue;
    const call = newCall({ callId: h.callId, caller: h.caller, arrivedAt: h.firstArrivedAt, enqueuedAt: h.enqueuedAt, phase: "queued" });
    enqueue(state, call, ctx);
    added++;
    // Its agent reported itself reserved for it before this answer came: signaling rings it.
    if (state.checking.get(h.callId)?.reservation === undefined) continue;
    const open = closeCheck(state, h.callId, ctx);
    if (open?.reservation !== undefined) takeBackLeg(state, call, open.agentId, open.reservation, ctx);
  }
  if (added === 0) return;
  sweepIfNobodyReachable(state, ctx);
  dispatch(state, ctx);
}
