import { startTimer } from "../../../../lib/runtime/decider.js";
import { BID_TIMEOUT_MS, type AgentId } from "../../../../lib/routing/protocol.js";
import { pickCandidates } from "./candidates.js";
import type { Ctx } from "./context.js";
import { appendLog } from "./decision-log.js";
import type { GroupState, QueuedCall } from "./state.js";
import { bidTimer } from "./timers.js";

/** How many more agents the call's round may take (M8); none once Q1 passed (§3.6). */
export function openSlots(state: GroupState, call: QueuedCall): number {
  if (call.phase !== "queued" && call.phase !== "offering") return 0;
  if (call.maxWaitReached) return 0;
  return Math.max(0, state.spec.routing.simultaneousAgents - call.legs.length - call.bids.length);
}

/** Asks an agent actor for a reservation for `call`; the agent grants or refuses (protocol.ts). */
export function sendBid(state: GroupState, call: QueuedCall, agentId: AgentId, ctx: Ctx): void {
  const view = state.members.get(agentId);
  if (view === undefined) return;
  state.asked.set(agentId, call.callId);
  if (!call.bids.includes(agentId)) call.bids.push(agentId);
  const solicit = ctx.solicit?.agentId === agentId ? ctx.solicit : undefined;
  if (solicit !== undefined) solicit.answered = true;
  const r = state.spec.routing;
  ctx.effects.push(
    {
      type: "toAgent",
      message: {
        type: "bid",
        groupId: state.groupId,
        agentId,
        callId: call.callId,
        waitingSince: call.arrivedAt,
        level: view.level,
        terms: {
          ringSeconds: r.ringSeconds,
          wrapUpSeconds: r.wrapUpSeconds,
          autoLogoutAfterMissed: r.autoLogoutAfterMissed,
          presenceAware: r.presenceAware,
        },
        ...(solicit !== undefined ? { solicit: solicit.epoch } : {}),
      },
    },
    startTimer(bidTimer(agentId, call.callId), ctx.now + BID_TIMEOUT_MS),
  );
}

function unaskedFree(state: GroupState): number {
  let n = 0;
  for (const tier of state.tiers) for (const id of tier) if (state.asked.get(id) === undefined) n++;
  return n;
}

/**
 * Matches waiting calls to free agents: calls in the order they joined (FIFO), each
 * taking agents in routing order. Stops as soon as no free agent is left to ask.
 */
export function dispatch(state: GroupState, ctx: Ctx): void {
  if (state.counts.free === 0 || state.queue.length === 0) return;
  let available = unaskedFree(state);
  for (const callId of state.queue) {
    if (available <= 0) return;
    const call = state.calls.get(callId);
    if (call === undefined) continue;
    const need = openSlots(state, call);
    if (need === 0) continue;
    const decision = pickCandidates(state, call, need, ctx.now);
    if (decision === undefined) continue;
    appendLog(state, callId, decision);
    for (const agentId of decision.chosen) sendBid(state, call, agentId, ctx);
    available -= decision.chosen.length;
  }
}
