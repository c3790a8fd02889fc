import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import { CALL_PROBE_INTERVAL_MS, RESERVATION_GRACE_MS, type CallEnded, type CallStatus, type GroupId, type OfferEnded, type ReservationEnded } from "../../../../lib/routing/protocol.js";
import { abandonCollection, concludeCollection } from "./bids.js";
import type { AgentCtx } from "./context.js";
import type { AgentState, Reservation } from "./state.js";
import { becomeFree, broadcast, leftLastGroup, setPhase } from "./status.js";
import { PROBE_TIMER, WRAP_UP_TIMER, reservationTimer } from "./timers.js";

/** The reservation is over without a call: free again, the M6 idle clock keeps running. */
export function endReservation(state: AgentState, ctx: AgentCtx): void {
  const r = state.reservation;
  if (r !== undefined) {
    ctx.effects.push(cancelTimer(reservationTimer(r.id)));
    state.endedOffer = r;
  }
  state.reservation = undefined;
  becomeFree(state, ctx, false);
}

/** Tells the reservation's group it is given back (the caller ends the reservation). */
export function giveBack(state: AgentState, r: Reservation, reason: ReservationEnded["reason"], ctx: AgentCtx): void {
  ctx.effects.push({ type: "toGroup", message: { type: "reservationEnded", agentId: state.agentId, groupId: r.groupId, callId: r.callId, reservation: r.id, reason } });
}

/** Leaves a group: the group sees it logged out; a reservation it held there is given back. */
export function leaveGroup(state: AgentState, groupId: GroupId, ctx: AgentCtx): void {
  if (!state.groups.has(groupId)) return;
  state.groups.delete(groupId);
  leftLastGroup(state, ctx);
  broadcast(state, ctx, { only: groupId });
  const r = state.reservation;
  if (state.phase === "reserved" && r?.groupId === groupId) {
    giveBack(state, r, "loggedOut", ctx);
    endReservation(state, ctx);
    return;
  }
  const collection = state.collection;
  if (state.phase !== "collecting" || collection === undefined) return;
  collection.awaiting = collection.awaiting.filter((g) => g !== groupId);
  collection.bids = collection.bids.filter((b) => b.groupId !== groupId);
  if (collection.awaiting.length === 0) concludeCollection(state, ctx);
}

/** M11 (§3.6): only a timed-out offer is a miss; the count is per group. */
function countMiss(state: AgentState, groupId: GroupId, threshold: number, ctx: AgentCtx): void {
  const membership = state.groups.get(groupId);
  if (membership === undefined) return;
  membership.misses++;
  if (threshold > 0 && membership.misses >= threshold) {
    ctx.effects.push({ type: "publish", event: { name: "loggedOutForMissedCalls", agentId: state.agentId, groupId, misses: membership.misses } });
    state.groups.delete(groupId);
    leftLastGroup(state, ctx);
    broadcast(state, ctx, { only: groupId });
  }
}

export function onOfferEnded(state: AgentState, o: OfferEnded, ctx: AgentCtx): void {
  const r = state.reservation;
  if (state.phase !== "reserved" || r?.id !== o.reservation || r.groupId !== o.groupId) return;
  if (o.outcome !== "answered") {
    if (o.outcome === "missed") countMiss(state, r.groupId, r.terms.autoLogoutAfterMissed, ctx);
    endReservation(state, ctx);
    return;
  }
  answered(state, r, ctx);
}

/** The reservation turned into a call: it no longer expires, and the call resets M11's misses. */
function reservationAnswered(state: AgentState, r: Reservation, ctx: AgentCtx): void {
  ctx.effects.push(cancelTimer(reservationTimer(r.id)));
  state.reservation = undefined;
  state.endedOffer = undefined;
  state.neverCalled = false;
  const membership = state.groups.get(r.groupId);
  if (membership !== undefined) membership.misses = 0;
}

/** The reserved offer was answered: on the call. */
function answered(state: AgentState, r: Reservation, ctx: AgentCtx): void {
  reservationAnswered(state, r, ctx);
  state.call = { groupId: r.groupId, callId: r.callId, wrapUpSeconds: r.terms.wrapUpSeconds };
  setPhase(state, "onCall", ctx);
  ctx.effects.push(startTimer(PROBE_TIMER, ctx.now + CALL_PROBE_INTERVAL_MS));
  broadcast(state, ctx, { except: r.groupId });
}

/**
 * M9 (§3.6): wrap-up follows a connected call, in every group, with the ending group's M9.
 * The call's group learns the end from the report (queue-actor agents.ts), so it gets one
 * even when the agent left it during the call.
 */
function finishCall(state: AgentState, groupId: GroupId, wrapUpSeconds: number, ctx: AgentCtx): void {
  state.call = undefined;
  ctx.effects.push(cancelTimer(PROBE_TIMER));
  if (wrapUpSeconds <= 0) becomeFree(state, ctx, true);
  else {
    setPhase(state, "wrapUp", ctx);
    state.wrapUpEndsAt = ctx.now + wrapUpSeconds * 1000;
    ctx.effects.push(startTimer(WRAP_UP_TIMER, state.wrapUpEndsAt));
    broadcast(state, ctx);
  }
  if (!state.groups.has(groupId)) broadcast(state, ctx, { only: groupId });
}

export function onCallEnded(state: AgentState, c: CallEnded, ctx: AgentCtx): void {
  if (state.phase === "onCall" && state.call?.callId === c.callId && state.call.groupId === c.groupId) finishCall(state, c.groupId, c.wrapUpSeconds, ctx);
}

/**
 * Signaling says the connected call ended: the agent's report that follows (wrap-up or
 * free, no longer holding the call) is how the group learns it. Still reserved for the
 * call, the group's `offerEnded(answered)` is behind this report (a short call): the call
 * was answered all the same, and wrap-up follows.
 */
export function onCallGone(state: AgentState, callId: string, ctx: AgentCtx): void {
  if (state.phase === "onCall" && state.call?.callId === callId) {
    finishCall(state, state.call.groupId, state.call.wrapUpSeconds, ctx);
    return;
  }
  const r = state.reservation;
  if (state.phase !== "reserved" || r?.callId !== callId) return;
  reservationAnswered(state, r, ctx);
  finishCall(state, r.groupId, r.terms.wrapUpSeconds, ctx);
}

/** Signaling says the offered leg is gone: the reservation cannot turn into a call. */
export function onLegGone(state: AgentState, callId: string, ctx: AgentCtx): void {
  if (state.phase === "reserved" && state.reservation?.callId === callId) endReservation(state, ctx);
}

/**
 * The group's answer to a probe. On a call that is over (the group and signaling no longer
 * have it, and its end never reached this agent): M9 wrap-up, as after any call. Reserved
 * for a call the group says was answered here: on the call; one no longer offered here:
 * free (a reservation is written, and may name a call that ended long ago).
 * Alive for the offer that last ended without a call: the device's answer crossed that
 * end (the group's late answer, queue-actor offers.ts), and the agent is on the call, giving
 * back a reservation it took since, or leaving a break it began since.
 */
export function onCallStatus(state: AgentState, s: CallStatus, ctx: AgentCtx): void {
  const r = state.reservation;
  if (state.phase === "reserved" && r?.callId === s.callId && r.groupId === s.groupId) {
    if (s.alive) answered(state, r, ctx);
    else if (!s.ringing) endReservation(state, ctx);
    return;
  }
  const ended = state.endedOffer;
  if (s.alive && ended?.callId === s.callId && ended.groupId === s.groupId) return answeredLate(state, ended, ctx);
  if (s.alive || state.phase !== "onCall" || state.call?.callId !== s.callId) return;
  finishCall(state, state.call.groupId, state.call.wrapUpSeconds, ctx);
}

function answeredLate(state: AgentState, offer: Reservation, ctx: AgentCtx): void {
  const r = state.reservation;
  if (state.phase === "reserved" && r !== undefined) {
    giveBack(state, r, "onCall", ctx);
    ctx.effects.push(cancelTimer(reservationTimer(r.id)));
    state.reservation = undefined;
  } else if (state.phase !== "available" && state.phase !== "collecting" && state.phase !== "onBreak") return;
  // A break begun since the miss gives way: the agent is talking to the caller.
  abandonCollection(state, ctx);
  answered(state, offer, ctx);
}

/**
 * After a load: the offer's answer or the call's end may have been among the decisions
 * lost with a crashed owner (they are not durable, kind.ts), so ask the group where the
 * reservation or call stands; `onCallStatus` settles it.
 */
export function resync(state: AgentState, ctx: AgentCtx): void {
  const held = state.phase === "onCall" ? state.call : state.phase === "reserved" ? state.reservation : undefined;
  if (held === undefined) return;
  ctx.effects.push({ type: "toGroup", message: { type: "callProbe", agentId: state.agentId, groupId: held.groupId, callId: held.callId } });
}

/**
 * The reservation outlived its ring. Normally the group's `offerEnded` ended it first, but
 * actor messages travel unacknowledged (runtime `post`), so an answer may be what was lost:
 * ask the group where the offer stands (`onCallStatus` settles it) and give it one more
 * grace period before going free, so an agent on a call is never offered another.
 */
export function onReservationExpired(state: AgentState, id: number, ctx: AgentCtx): void {
  const r = state.reservation;
  if (state.phase !== "reserved" || r?.id !== id) return;
  if (r.probed !== true) {
    state.reservation = { ...r, probed: true };
    ctx.effects.push(
      { type: "toGroup", message: { type: "callProbe", agentId: state.agentId, groupId: r.groupId, callId: r.callId } },
      startTimer(reservationTimer(r.id), ctx.now + RESERVATION_GRACE_MS),
    );
    return;
  }
  giveBack(state, r, "expired", ctx);
  endReservation(state, ctx);
}

export function onWrapUpOver(state: AgentState, ctx: AgentCtx): void {
  if (state.phase === "wrapUp") becomeFree(state, ctx, true);
}

export function onProbe(state: AgentState, ctx: AgentCtx): void {
  const call = state.call;
  if (state.phase !== "onCall" || call === undefined) return;
  ctx.effects.push(
    { type: "toGroup", message: { type: "callProbe", agentId: state.agentId, groupId: call.groupId, callId: call.callId } },
    startTimer(PROBE_TIMER, ctx.now + CALL_PROBE_INTERVAL_MS),
  );
}
