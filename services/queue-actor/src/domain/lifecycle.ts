import type { Destination } from "../../../../lib/documents/model.js";
import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import { addAhtSample } from "../../../../lib/routing/ewt.js";
import { checkedGone } from "./adoption.js";
import { armProgress, entryAudio, offerAudio, progressAudio, progressEnabled } from "./audio.js";
import { moveCall } from "./call-fsm.js";
import type { Ctx } from "./context.js";
import { appendLog, retireLog } from "./decision-log.js";
import { dispatch } from "./dispatch.js";
import type { CallOutcome, RouteReason } from "./effects.js";
import type { CallArrived } from "./events.js";
import { cancelAllOffers, dropBids } from "./legs.js";
import { isReachable, reachableCount } from "./members.js";
import { newCall, type GroupState, type QueuedCall } from "./state.js";
import { maxWaitTimer, progressTimer } from "./timers.js";

/** The call leaves the queue for good: timers off, out of the FIFO, its log retired. */
function leaveQueue(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  ctx.effects.push(cancelTimer(maxWaitTimer(call.callId)), cancelTimer(progressTimer(call.callId)));
  const i = state.queue.indexOf(call.callId);
  if (i >= 0) state.queue.splice(i, 1);
  retireLog(state, call.callId);
}

const ROUTES: Record<RouteReason, { setting: "Q2" | "Q6"; outcome: CallOutcome }> = {
  noAgentsLoggedIn: { setting: "Q2", outcome: "noAgents" },
  lastMemberLeft: { setting: "Q2", outcome: "noAgents" },
  allDeclined: { setting: "Q2", outcome: "noAgents" },
  maxRingAttempts: { setting: "Q2", outcome: "noAgents" },
  queueFull: { setting: "Q6", outcome: "overflowed" },
  maxWait: { setting: "Q6", outcome: "timedOut" },
  groupDeleted: { setting: "Q2", outcome: "noAgents" },
};

function routeEffects(state: GroupState, callId: string, arrivedAt: number, reason: RouteReason, ctx: Ctx): void {
  const { setting, outcome } = ROUTES[reason];
  appendLog(state, callId, { kind: "routed", at: ctx.now, setting, reason, waitedMs: ctx.now - arrivedAt });
  const destination: Destination = setting === "Q2" ? state.spec.queue.noAgentsDestination : state.spec.queue.overflowDestination;
  ctx.effects.push(
    { type: "routeCall", callId, setting, destination, reason, billingId: state.spec.billingId },
    { type: "publish", event: { name: "callFinished", callId, outcome, reason, waitMs: ctx.now - arrivedAt } },
  );
}

/** Sends a waiting call to Q2 or Q6; any ringing leg is cancelled first. */
export function routeAway(state: GroupState, call: QueuedCall, reason: RouteReason, ctx: Ctx): void {
  call.phase = moveCall(call.phase, "ended", call.callId);
  cancelAllOffers(state, call, "routedAway", ctx);
  leaveQueue(state, call, ctx);
  state.calls.delete(call.callId);
  routeEffects(state, call.callId, call.arrivedAt, reason, ctx);
}

/**
 * What Q4 = 0 ("unlimited") and any larger Q4 mean on this platform: the group's record
 * holds its waiting calls and is one JetStream message, within the server's max_payload
 * (1 MiB by default). A waiting call takes ~220 bytes there (persist.ts), ~450 with 20
 * agents tried, so 1,500 leave room for long routing lists and a 10,000-member present
 * list; beyond, arrivals go to Q6 as for a full queue.
 */
export const MAX_WAITING_CALLS = 1_500;

/** SPEC §3.1 steps 2–5. */
export function onCallArrived(state: GroupState, e: CallArrived, ctx: Ctx): void {
  if (state.calls.get(e.callId) !== undefined) return;
  const arrivedAt = e.firstArrivedAt ?? ctx.now;
  if (reachableCount(state) === 0) {
    routeEffects(state, e.callId, arrivedAt, "noAgentsLoggedIn", ctx);
    // Never queued, yet explainable: its log is retired at once, so it ages out like any other.
    retireLog(state, e.callId);
    return;
  }
  const q4 = state.spec.queue.maxQueueLength;
  if (state.queue.length >= (q4 > 0 ? Math.min(q4, MAX_WAITING_CALLS) : MAX_WAITING_CALLS)) {
    routeEffects(state, e.callId, arrivedAt, "queueFull", ctx);
    retireLog(state, e.callId);
    return;
  }
  const call = newCall({ callId: e.callId, caller: e.caller, arrivedAt, enqueuedAt: ctx.now, phase: "queued" });
  enqueue(state, call, ctx);
  entryAudio(state, call, ctx);
  ctx.effects.push({ type: "publish", event: { name: "callQueued", callId: e.callId } });
  dispatch(state, ctx);
}

/**
 * The call joins the queue behind every call that joined before it (an arrival: at the
 * tail; a call learnt back from signaling, held.ts: at its place), Q1 counted from then.
 */
export function enqueue(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  state.calls.set(call.callId, call);
  let at = state.queue.length;
  while (at > 0 && (state.calls.get(state.queue[at - 1] ?? "")?.enqueuedAt ?? 0) > call.enqueuedAt) at--;
  state.queue.splice(at, 0, call.callId);
  appendLog(state, call.callId, { kind: "queued", at: ctx.now, position: at + 1 });
  const q1 = state.spec.queue.maxWaitSeconds;
  if (q1 > 0) ctx.effects.push(startTimer(maxWaitTimer(call.callId), call.enqueuedAt + q1 * 1000));
  if (progressEnabled(state)) armProgress(state, call, ctx);
}

export function onCallerHungUp(state: GroupState, callId: string, ctx: Ctx): void {
  const call = state.calls.get(callId);
  if (call === undefined) return;
  if (call.phase === "connected") {
    onConnectedCallEnded(state, callId, ctx);
    return;
  }
  call.phase = moveCall(call.phase, "ended", callId);
  cancelAllOffers(state, call, "callerHungUp", ctx);
  appendLog(state, callId, { kind: "abandoned", at: ctx.now, waitedMs: ctx.now - call.arrivedAt });
  leaveQueue(state, call, ctx);
  state.calls.delete(callId);
  ctx.effects.push({ type: "publish", event: { name: "callFinished", callId, outcome: "abandoned", reason: "callerHungUp", waitMs: ctx.now - call.arrivedAt } });
  dispatch(state, ctx);
}

/**
 * The talk ended: AHT learns talk + wrap-up, and the agent starts wrap-up (M9). Normally
 * the agent's report that it no longer holds the call says so (signaling told the agent,
 * with the M9 its offer carried: agents.ts), so `tellAgent` is false then; the group tells
 * the agent when it learns the end otherwise (signaling's report, its signaling node gone).
 */
export function onConnectedCallEnded(state: GroupState, callId: string, ctx: Ctx, tellAgent = true): void {
  const call = state.calls.get(callId);
  if (call === undefined) return checkedGone(state, callId, ctx);
  // Still waiting here: the answer was an in-memory decision lost with a crashed owner
  // (kind.ts isDurable). The call is over all the same.
  if (call.phase === "queued" || call.phase === "offering") return onCallerHungUp(state, callId, ctx);
  if (call.phase !== "connected" || call.agentId === undefined || call.connectedAt === undefined) return;
  call.phase = moveCall(call.phase, "ended", callId);
  state.calls.delete(callId);
  if (state.connectedBy.get(call.agentId) === callId) state.connectedBy.delete(call.agentId);
  const talkMs = ctx.now - call.connectedAt;
  const wrapUpSeconds = state.spec.routing.wrapUpSeconds;
  // An adopted call's talk began before its adoption, at a time nobody kept.
  if (call.adopted !== true) state.aht = addAhtSample(state.aht, talkMs / 1000 + wrapUpSeconds);
  if (tellAgent) ctx.effects.push({ type: "toAgent", message: { type: "callEnded", groupId: state.groupId, agentId: call.agentId, callId, wrapUpSeconds } });
  ctx.effects.push({ type: "publish", event: { name: "callCompleted", callId, agentId: call.agentId, talkMs } });
}

/** Q1: out to Q6 now, or, if a leg rings, once the round ends (§3.6: a ringing leg is never cut). */
export function onMaxWait(state: GroupState, callId: string, ctx: Ctx): void {
  const call = state.calls.get(callId);
  if (call === undefined || call.phase === "connected") return;
  if (call.legs.length > 0) {
    call.maxWaitReached = true;
    dropBids(state, call, ctx);
    return;
  }
  routeAway(state, call, "maxWait", ctx);
  dispatch(state, ctx);
}

export function onProgressTick(state: GroupState, callId: string, ctx: Ctx): void {
  const call = state.calls.get(callId);
  if (call === undefined || call.phase === "connected" || !progressEnabled(state)) return;
  progressAudio(state, call, ctx);
  armProgress(state, call, ctx);
}

/**
 * A round ended with no answer (§3.6): it counts toward Q3. Q1 already passed → Q6;
 * Q3 reached → Q2; otherwise the call waits for the next round.
 */
export function onRoundEnded(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  call.phase = moveCall(call.phase, "queued", call.callId);
  call.rounds++;
  const q3 = state.spec.queue.maxRingAttempts;
  if (call.maxWaitReached) routeAway(state, call, "maxWait", ctx);
  else if (q3 > 0 && call.rounds >= q3) routeAway(state, call, "maxRingAttempts", ctx);
  else offerAudio(state, call, false, ctx);
}

/** SPEC §3.1 step 6: nobody reachable any more, so every waiting call goes to Q2. */
export function sweepIfNobodyReachable(state: GroupState, ctx: Ctx): void {
  if (reachableCount(state) > 0 || state.queue.length === 0) return;
  for (const callId of [...state.queue]) {
    const call = state.calls.get(callId);
    if (call !== undefined) routeAway(state, call, "lastMemberLeft", ctx);
  }
}

/**
 * Declines and busy skip an agent for the rest of the call (§3.6). Once every reachable
 * member has been skipped and nothing rings, nobody is left to take the call: it is
 * treated like "no agent reachable" and goes to Q2.
 */
export function routeIfEveryoneDeclined(state: GroupState, call: QueuedCall, ctx: Ctx): boolean {
  if (call.excluded.length === 0 || call.legs.length > 0 || call.bids.length > 0 || call.phase !== "queued") return false;
  let reachableExcluded = 0;
  for (const agentId of call.excluded) {
    const view = state.members.get(agentId);
    if (view?.member === true && isReachable(state, view)) reachableExcluded++;
  }
  if (reachableExcluded < reachableCount(state)) return false;
  routeAway(state, call, "allDeclined", ctx);
  return true;
}

/** After reachability dropped: calls whose remaining members all declined leave too. */
export function sweepDeclined(state: GroupState, ctx: Ctx): void {
  for (const callId of [...state.queue]) {
    const call = state.calls.get(callId);
    if (call !== undefined) routeIfEveryoneDeclined(state, call, ctx);
  }
}
