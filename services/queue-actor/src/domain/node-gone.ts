/**
 * A signaling node's run ended (cluster membership saw it die, restart or leave): the
 * dialogs of every call it minted in that run are gone, and no report for them will
 * ever come. Each such call ends here as if signaling had reported it: a waiting call
 * as abandoned (its ringing legs are cancelled, so reserved agents are freed), a
 * connected call as ended (its agent goes to wrap-up, then free). Calls of other nodes,
 * or of a later run of the same node, are untouched; a repeat finds nothing left.
 */
import type { Ctx } from "./context.js";
import type { SignalingNodeGone } from "./events.js";
import { onCallerHungUp, onConnectedCallEnded } from "./lifecycle.js";
import type { GroupState } from "./state.js";

/**
 * `<nodeId>_<epoch><counter>_<random8hex>` (services/signaling/src/calls/call-id.ts).
 * Node ids may contain `_`; the last two parts have a fixed shape, so the node is
 * everything before them. The domain cannot import signaling, hence the copy; a unit
 * test checks both agree on ids the minter makes.
 */
const CALL_ID = /^(.+)_([0-9a-z]+)_([0-9a-f]{8})$/;

/** True when `callId` was minted by `nodeId` in the run `epoch`. */
export function mintedBy(callId: string, nodeId: string, epoch: string): boolean {
  const m = CALL_ID.exec(callId);
  return m !== null && m[1] === nodeId && epoch !== "" && m[2].startsWith(epoch);
}

export function onSignalingNodeGone(state: GroupState, e: SignalingNodeGone, ctx: Ctx): void {
  const lost = [...state.calls.values()].filter((c) => mintedBy(c.callId, e.nodeId, e.epoch));
  for (const call of lost) {
    if (call.phase === "connected") onConnectedCallEnded(state, call.callId, ctx);
    else onCallerHungUp(state, call.callId, ctx);
  }
}
