/**
 * A signaling node's run ended (cluster membership saw it die, restart or leave): the
 * dialogs of every call it minted in that run are gone, and no report for them will
 * ever come. Each such call ends here as if signaling had reported it: a waiting call
 * as abandoned (its ringing legs are cancelled, so reserved agents are freed), a
 * connected call as ended (its agent goes to wrap-up, then free). Calls of other nodes,
 * or of a later run of the same node, are untouched; a repeat finds nothing left.
 */
import { checkedGone } from "./adoption.js";
import type { Ctx } from "./context.js";
import type { SignalingNodeGone } from "./events.js";
import { onCallerHungUp, onConnectedCallEnded } from "./lifecycle.js";
import { mintedBy } from "./minted.js";
import type { GroupState } from "./state.js";

/** Gone signaling runs a group remembers; a node's death reaches a group once, within seconds of it. */
const GONE_RUNS_KEPT = 16;

export function onSignalingNodeGone(state: GroupState, e: SignalingNodeGone, ctx: Ctx): void {
  const lost = [...state.calls.values()].filter((c) => mintedBy(c.callId, e.nodeId, e.epoch));
  for (const call of lost) {
    if (call.phase === "connected") onConnectedCallEnded(state, call.callId, ctx);
    else onCallerHungUp(state, call.callId, ctx);
  }
  // Asked about, and never to be answered: over. Checks opened later end at once (adoption.ts).
  for (const callId of [...state.checking.keys()]) if (mintedBy(callId, e.nodeId, e.epoch)) checkedGone(state, callId, ctx);
  if (!state.goneRuns.some(([n, ep]) => n === e.nodeId && ep === e.epoch)) state.goneRuns.push([e.nodeId, e.epoch]);
  if (state.goneRuns.length > GONE_RUNS_KEPT) state.goneRuns.shift();
}
