/** Which signaling run minted a call: its node id and run are in the call id. */

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
