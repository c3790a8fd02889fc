import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import type { AgentId, Grant, Refuse, ReservationEnded } from "../../../../lib/routing/protocol.js";
import { adopt, callStatus, checkCall } from "./adoption.js";
import { offerAudio } from "./audio.js";
import { moveCall } from "./call-fsm.js";
import type { Ctx } from "./context.js";
import { appendLog, retireLog } from "./decision-log.js";
import { deviceOffers } from "./display.js";
import { dispatch, openSlots } from "./dispatch.js";
import type { LegFailed } from "./events.js";
import { cancelAllOffers, closeLeg, removeBid } from "./legs.js";
import { onRoundEnded, routeIfEveryoneDeclined } from "./lifecycle.js";
import { ringableDevices, updateMember } from "./members.js";
import type { GroupState, QueuedCall } from "./state.js";
import { maxWaitTimer, progressTimer, ringTimer } from "./timers.js";

function release(state: GroupState, g: Grant, ctx: Ctx): void {
  ctx.effects.push({
    type: "toAgent",
    message: { type: "offerEnded", groupId: state.groupId, agentId: g.agentId, callId: g.callId, reservation: g.reservation, outcome: "notNeeded" },
  });
}

/**
 * The agent reserved itself for the call: ring its M7 devices for M10 (A5 ringback
 * for the caller when the round starts). A grant nobody needs any more is released.
 */
export function onGrant(state: GroupState, g: Grant, ctx: Ctx): void {
  const view = state.members.get(g.agentId);
  if (view !== undefined && g.seq > view.seq) {
    updateMember(state, view, (m) => {
      m.availability = "reserved";
      m.seq = g.seq;
    });
  }
  const call = state.calls.get(g.callId);
  const wasBid = call !== undefined && removeBid(state, call, g.agentId, ctx);
  const devices = view === undefined ? [] : ringableDevices(state.spec, view);
  if (call === undefined || !wasBid || view === undefined || !view.member || devices.length === 0 || openSlots(state, call) === 0) {
    release(state, g, ctx);
    dispatch(state, ctx);
    return;
  }
  state.asked.set(g.agentId, call.callId);
  call.legs.push({ agentId: g.agentId, reservation: g.reservation });
  call.tried.push(g.agentId);
  const ringSeconds = state.spec.routing.ringSeconds;
  ctx.effects.push(
    { type: "ringAgent", callId: call.callId, agentId: g.agentId, reservation: g.reservation, devices: deviceOffers(state.spec, call.caller, devices), ringSeconds, billingId: state.spec.billingId },
    startTimer(ringTimer(g.agentId, call.callId), ctx.now + ringSeconds * 1000),
  );
  if (call.phase === "queued") {
    call.phase = moveCall(call.phase, "offering", call.callId);
    offerAudio(state, call, true, ctx);
  }
}

export function onRefuse(state: GroupState, r: Refuse, ctx: Ctx): void {
  const call = state.calls.get(r.callId);
  if (call === undefined || !removeBid(state, call, r.agentId, ctx)) return;
  appendLog(state, call.callId, { kind: "refused", at: ctx.now, agentId: r.agentId, reason: r.reason });
  const view = state.members.get(r.agentId);
  // The agent's own status report normally got here first; if not, stop offering it
  // until it reports again, so a stale replica cannot bounce bids back and forth.
  if (view?.availability === "free") {
    updateMember(state, view, (m) => {
      if (r.reason === "busyPresence") m.presence = "busy";
      else m.availability = r.reason === "reservedElsewhere" ? "reserved" : r.reason;
    });
  }
  dispatch(state, ctx);
}

/** BID_TIMEOUT_MS without an answer (protocol.ts). */
export function onBidTimeout(state: GroupState, agentId: AgentId, callId: string, ctx: Ctx): void {
  const call = state.calls.get(callId);
  if (call === undefined || !removeBid(state, call, agentId, ctx)) return;
  appendLog(state, callId, { kind: "refused", at: ctx.now, agentId, reason: "noAnswer" });
  // A silent agent actor is left out until it reports again, instead of being asked every few seconds.
  const view = state.members.get(agentId);
  if (view?.availability === "free") updateMember(state, view, (m) => (m.availability = "reserved"));
  dispatch(state, ctx);
}

function legOf(call: QueuedCall | undefined, agentId: AgentId) {
  return call?.legs.find((l) => l.agentId === agentId);
}

/**
 * M7: the first device to answer wins; every other leg of the round is cancelled.
 * Signaling connected the call on that 2xx (manager.ts `legAnswered`): this is a fact to
 * record, not a request, so it is taken even when the leg is no longer open here (the
 * answer crossed the M10 timeout or a revocation: signaling re-reports it on the
 * `cancelRing`), and the agent, which may have ended that reservation already, is told
 * with `callStatus` (agent offers.ts keeps the offer that ended). A call this group no
 * longer has (routed away by Q1 as it was answered) is asked about and adopted.
 */
export function onLegAnswered(state: GroupState, callId: string, agentId: AgentId, ctx: Ctx, connected: boolean): void {
  const call = state.calls.get(callId);
  if (call === undefined) {
    if (!adopt(state, callId, agentId, ctx) && !state.checking.has(callId)) checkCall(state, callId, agentId, ctx);
    return;
  }
  // A repeat: signaling reports an answer again when a command shows the group missed it
  // (an older node, until the group's `connect` reaches it).
  if (call.phase === "connected") {
    if (!connected && call.agentId === agentId) ctx.effects.push({ type: "connect", callId, agentId });
    return;
  }
  const winner = legOf(call, agentId);
  if (winner !== undefined) closeLeg(state, call, winner, "answered", ctx);
  else {
    appendLog(state, callId, { kind: "offerEnded", at: ctx.now, agentId, outcome: "answered" });
    ctx.effects.push(callStatus(state, agentId, callId, true, false));
  }
  call.phase = moveCall(call.phase, "connected", callId);
  cancelAllOffers(state, call, "answeredElsewhere", ctx);
  call.agentId = agentId;
  call.connectedAt = ctx.now;
  state.connectedBy.set(agentId, callId);
  // Only routing reads these.
  call.tried = [];
  call.excluded = [];
  // The agent tells only its other groups that it is on a call: this one knows from the answer.
  const view = state.members.get(agentId);
  if (view !== undefined) updateMember(state, view, (m) => (m.availability = "onCall"));
  const i = state.queue.indexOf(callId);
  if (i >= 0) state.queue.splice(i, 1);
  retireLog(state, callId);
  ctx.effects.push(cancelTimer(maxWaitTimer(callId)), cancelTimer(progressTimer(callId)));
  // An older signaling node (a rolling upgrade) holds the caller's 200 until it hears this.
  if (!connected) ctx.effects.push({ type: "connect", callId, agentId });
  // Late answers are counted apart: many of them say M10 is too short for these devices.
  const reason = winner === undefined ? "answeredLate" : "answered";
  ctx.effects.push({ type: "publish", event: { name: "callFinished", callId, outcome: "answered", reason, waitMs: ctx.now - call.arrivedAt } });
}

function afterLegEnded(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  if (call.legs.length === 0) onRoundEnded(state, call, ctx);
  dispatch(state, ctx);
}

/** Declined, busy or unreachable: not a miss (§3.6), but the agent is skipped for the rest of this call. */
export function onLegFailed(state: GroupState, e: LegFailed, ctx: Ctx): void {
  const call = state.calls.get(e.callId);
  const leg = legOf(call, e.agentId);
  if (call === undefined || leg === undefined) return;
  call.excluded.push(e.agentId);
  closeLeg(state, call, leg, e.reason === "declined" ? "declined" : e.reason, ctx);
  if (call.legs.length === 0) onRoundEnded(state, call, ctx);
  if (state.calls.has(call.callId)) routeIfEveryoneDeclined(state, call, ctx);
  dispatch(state, ctx);
}

/** M10 passed unanswered: a miss for M11 (counted by the agent actor); the round may end. */
export function onRingTimeout(state: GroupState, agentId: AgentId, callId: string, ctx: Ctx): void {
  const call = state.calls.get(callId);
  const leg = legOf(call, agentId);
  if (call === undefined || leg === undefined) return;
  ctx.effects.push({ type: "cancelRing", callId, agentId, reason: "timeout" });
  closeLeg(state, call, leg, "missed", ctx);
  afterLegEnded(state, call, ctx);
}

/** The agent gave the reservation up (expired, logged out, went busy): stop its leg. */
export function onReservationEnded(state: GroupState, r: ReservationEnded, ctx: Ctx): void {
  const call = state.calls.get(r.callId);
  const leg = legOf(call, r.agentId);
  if (call === undefined || leg?.reservation !== r.reservation) return;
  ctx.effects.push({ type: "cancelRing", callId: r.callId, agentId: r.agentId, reason: "revoked" });
  call.legs = call.legs.filter((l) => l !== leg);
  if (state.asked.get(r.agentId) === r.callId) state.asked.delete(r.agentId);
  ctx.effects.push(cancelTimer(ringTimer(r.agentId, r.callId)));
  appendLog(state, r.callId, { kind: "offerEnded", at: ctx.now, agentId: r.agentId, outcome: "cancelled" });
  afterLegEnded(state, call, ctx);
}
