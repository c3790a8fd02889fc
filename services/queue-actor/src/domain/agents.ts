import type { AgentStatus, CallProbe } from "../../../../lib/routing/protocol.js";
import { callStatus, checkCall } from "./adoption.js";
import type { Ctx } from "./context.js";
import { dispatch, sendBid } from "./dispatch.js";
import { onConnectedCallEnded, sweepDeclined, sweepIfNobodyReachable } from "./lifecycle.js";
import { reachableCount, updateMember } from "./members.js";
import { reconcile } from "./restore.js";
import type { GroupState } from "./state.js";

/**
 * An agent actor reported its state. The replica and indexes follow; if the member
 * became free it solicited a bid, which it gets (for the oldest call it can take)
 * or a noBid, so the agent can weigh this group against its other groups.
 */
export function onAgentStatus(state: GroupState, s: AgentStatus, ctx: Ctx): void {
  const view = state.members.get(s.agentId);
  if (view === undefined || s.seq > view.seq) endUnheldCall(state, s, ctx);
  if (view?.member === true && s.seq > view.seq) {
    const firstSinceLoad = view.availability === "unknown";
    const reachableBefore = reachableCount(state);
    updateMember(state, view, (m) => {
      m.seq = s.seq;
      m.availability = s.availability;
      m.presence = s.presence;
      m.idleSince = s.idleSince;
      m.neverCalled = s.neverCalled;
      m.devices = s.devices;
    });
    if (firstSinceLoad) reconcile(state, s, ctx);
    sweepIfNobodyReachable(state, ctx);
    if (reachableCount(state) < reachableBefore) sweepDeclined(state, ctx);
  }
  if (s.solicit === undefined) {
    dispatch(state, ctx);
    return;
  }
  const solicit = { agentId: s.agentId, epoch: s.solicit, answered: false };
  const withSolicit: Ctx = { ...ctx, solicit };
  dispatch(state, withSolicit);
  // A bid already on its way to this agent is sent again as the answer, so the agent
  // weighs it now instead of refusing it after granting someone else.
  const pendingFor = state.asked.get(s.agentId);
  const pending = pendingFor === undefined ? undefined : state.calls.get(pendingFor);
  if (!solicit.answered && pending?.bids.includes(s.agentId) === true) sendBid(state, pending, s.agentId, withSolicit);
  if (!solicit.answered) {
    ctx.effects.push({ type: "toAgent", message: { type: "noBid", groupId: state.groupId, agentId: s.agentId, solicit: s.solicit } });
  }
}

/**
 * The end of a connected call reaches the group as its agent's report: signaling tells
 * only the agent (signaling manager.ts `connectedEnded`), and every report an agent makes
 * after its grant names the call of this group that holds it (`holding`; the agent's
 * reports to one group keep their order). One that does not name the call this agent
 * answered here means the call is over.
 */
function endUnheldCall(state: GroupState, s: AgentStatus, ctx: Ctx): void {
  const callId = state.connectedBy.get(s.agentId);
  if (callId !== undefined && s.holding?.callId !== callId) onConnectedCallEnded(state, callId, ctx, false);
}

/**
 * An agent on a call asks whether the call still stands (CALL_PROBE_INTERVAL_MS). While
 * it does here, `connect` goes to signaling again: a node that no longer has the call
 * reports it gone (its `callGone` to the agent may have been lost), one that has it
 * ignores the repeat. A call this group does not have (connected calls are not in its
 * record) is asked about, and the answer goes to the agent then (adoption.ts).
 */
export function onCallProbe(state: GroupState, p: CallProbe, ctx: Ctx): void {
  const call = state.calls.get(p.callId);
  if (call === undefined) return checkCall(state, p.callId, p.agentId, ctx);
  const alive = call.phase === "connected" && call.agentId === p.agentId;
  const ringing = !alive && call.legs.some((l) => l.agentId === p.agentId);
  ctx.effects.push(callStatus(state, p.agentId, p.callId, alive, ringing));
  if (alive) ctx.effects.push({ type: "connect", callId: p.callId, agentId: p.agentId });
}
