import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import type { AgentId, OfferOutcome } from "../../../../lib/routing/protocol.js";
import { moveCall } from "./call-fsm.js";
import type { Ctx } from "./context.js";
import { appendLog } from "./decision-log.js";
import type { CancelRingReason } from "./effects.js";
import type { GroupState, Leg, QueuedCall } from "./state.js";
import { bidTimer, ringTimer } from "./timers.js";

function releaseAsked(state: GroupState, agentId: AgentId, call: QueuedCall): void {
  if (state.asked.get(agentId) === call.callId) state.asked.delete(agentId);
}

/** Closes one leg: tells the agent actor how its offer ended and forgets the reservation. */
export function closeLeg(state: GroupState, call: QueuedCall, leg: Leg, outcome: OfferOutcome, ctx: Ctx): void {
  call.legs = call.legs.filter((l) => l !== leg);
  releaseAsked(state, leg.agentId, call);
  ctx.effects.push(cancelTimer(ringTimer(leg.agentId, call.callId)), {
    type: "toAgent",
    message: { type: "offerEnded", groupId: state.groupId, agentId: leg.agentId, callId: call.callId, reservation: leg.reservation, outcome },
  });
  ctx.effects.push({ type: "publish", event: { name: "offerFinished", callId: call.callId, agentId: leg.agentId, outcome } });
  appendLog(state, call.callId, { kind: "offerEnded", at: ctx.now, agentId: leg.agentId, outcome });
}

/** Stops every ringing leg (signaling cancels the fork) and forgets unanswered bids. */
export function cancelAllOffers(state: GroupState, call: QueuedCall, reason: CancelRingReason, ctx: Ctx): void {
  for (const leg of [...call.legs]) {
    ctx.effects.push({ type: "cancelRing", callId: call.callId, agentId: leg.agentId, reason });
    closeLeg(state, call, leg, "cancelled", ctx);
  }
  dropBids(state, call, ctx);
}

/** Late grants for dropped bids are released as `notNeeded`. */
export function dropBids(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  for (const agentId of call.bids) {
    releaseAsked(state, agentId, call);
    ctx.effects.push(cancelTimer(bidTimer(agentId, call.callId)));
  }
  call.bids = [];
}

export function removeBid(state: GroupState, call: QueuedCall, agentId: AgentId, ctx: Ctx): boolean {
  const i = call.bids.indexOf(agentId);
  if (i < 0) return false;
  call.bids.splice(i, 1);
  releaseAsked(state, agentId, call);
  ctx.effects.push(cancelTimer(bidTimer(agentId, call.callId)));
  return true;
}

/**
 * A leg this group lost with its previous owner and learns back from the agent, whose
 * written reservation says signaling rings it for `call` (restore.ts reconcile, held.ts):
 * nothing is sent, the leg is put back with a fresh M10.
 */
export function takeBackLeg(state: GroupState, call: QueuedCall, agentId: AgentId, reservation: number, ctx: Ctx): void {
  removeBid(state, call, agentId, ctx);
  state.asked.set(agentId, call.callId);
  call.legs.push({ agentId, reservation });
  call.tried.push(agentId);
  ctx.effects.push(startTimer(ringTimer(agentId, call.callId), ctx.now + state.spec.routing.ringSeconds * 1000));
  if (call.phase === "queued") call.phase = moveCall(call.phase, "offering", call.callId);
}
