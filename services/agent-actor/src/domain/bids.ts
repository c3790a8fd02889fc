import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import { RESERVATION_GRACE_MS, type Bid, type NoBid, type RefuseReason } from "../../../../lib/routing/protocol.js";
import type { AgentCtx } from "./context.js";
import type { AgentState } from "./state.js";
import { broadcast, setPhase } from "./status.js";
import { collectTimer, reservationTimer } from "./timers.js";

function refuse(state: AgentState, bid: Bid, reason: RefuseReason, ctx: AgentCtx): void {
  ctx.effects.push({ type: "toGroup", message: { type: "refuse", agentId: state.agentId, groupId: bid.groupId, callId: bid.callId, reason } });
}

/** SPEC §3.2: the call that waited longest; ties go to the better level for that call's group. */
export function betterBid(a: Bid, b: Bid): boolean {
  if (a.waitingSince !== b.waitingSince) return a.waitingSince < b.waitingSince;
  if (a.level !== b.level) return a.level < b.level;
  if (a.groupId !== b.groupId) return a.groupId < b.groupId;
  return a.callId < b.callId;
}

/** Reserves the agent for one call; the reservation lapses by itself if nobody closes it. */
function grant(state: AgentState, bid: Bid, ctx: AgentCtx): void {
  const id = ++state.lastReservation;
  state.reservation = { id, groupId: bid.groupId, callId: bid.callId, terms: bid.terms };
  setPhase(state, "reserved", ctx);
  const expiresAt = ctx.now + bid.terms.ringSeconds * 1000 + RESERVATION_GRACE_MS;
  ctx.effects.push(startTimer(reservationTimer(id), expiresAt));
  broadcast(state, ctx, { except: bid.groupId });
  ctx.effects.push({
    type: "toGroup",
    message: { type: "grant", agentId: state.agentId, groupId: bid.groupId, callId: bid.callId, reservation: id, seq: state.seq, expiresAt },
  });
}

/** Grants the best bid collected so far and refuses the rest; with no bid the agent just waits. */
/** A late answer put the collecting agent on a call: the bids it was weighing are refused. */
export function abandonCollection(state: AgentState, ctx: AgentCtx): void {
  const collection = state.collection;
  if (collection === undefined) return;
  state.collection = undefined;
  ctx.effects.push(cancelTimer(collectTimer(collection.epoch)));
  for (const bid of collection.bids) refuse(state, bid, "onCall", ctx);
}

export function concludeCollection(state: AgentState, ctx: AgentCtx): void {
  const collection = state.collection;
  if (collection === undefined) return;
  state.collection = undefined;
  ctx.effects.push(cancelTimer(collectTimer(collection.epoch)));
  let best: Bid | undefined;
  for (const bid of collection.bids) if (best === undefined || betterBid(bid, best)) best = bid;
  if (best === undefined) {
    setPhase(state, "available", ctx);
    return;
  }
  grant(state, best, ctx);
  for (const bid of collection.bids) if (bid !== best) refuse(state, bid, "reservedElsewhere", ctx);
}

function busyReason(state: AgentState): RefuseReason {
  switch (state.phase) {
    case "onCall":
      return "onCall";
    case "wrapUp":
      return "wrapUp";
    case "onBreak":
      return "onBreak";
    default:
      return "reservedElsewhere";
  }
}

export function onBid(state: AgentState, bid: Bid, ctx: AgentCtx): void {
  if (!state.groups.has(bid.groupId)) return refuse(state, bid, "loggedOut", ctx);
  if (bid.terms.presenceAware && state.presence === "busy") return refuse(state, bid, "busyPresence", ctx);
  const collection = state.collection;
  switch (state.phase) {
    case "available":
      return grant(state, bid, ctx);
    case "collecting":
      if (collection === undefined) return grant(state, bid, ctx);
      collection.bids = collection.bids.filter((b) => b.groupId !== bid.groupId);
      collection.bids.push(bid);
      collection.awaiting = collection.awaiting.filter((g) => g !== bid.groupId);
      if (collection.awaiting.length === 0) concludeCollection(state, ctx);
      return;
    case "reserved":
      if (state.reservation?.groupId === bid.groupId && state.reservation.callId === bid.callId) return;
      return refuse(state, bid, busyReason(state), ctx);
    default:
      return refuse(state, bid, busyReason(state), ctx);
  }
}

export function onNoBid(state: AgentState, n: NoBid, ctx: AgentCtx): void {
  const collection = state.collection;
  if (state.phase !== "collecting" || collection?.epoch !== n.solicit) return;
  collection.awaiting = collection.awaiting.filter((g) => g !== n.groupId);
  if (collection.awaiting.length === 0) concludeCollection(state, ctx);
}
