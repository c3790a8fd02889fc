import { decodeState, encodeState } from "../../../../lib/routing/snapshot.js";
import { syncMembers } from "./members.js";
import type { GroupState } from "./state.js";

/**
 * What a group writes on every commit, so it is kept to what cannot be rebuilt: the
 * free-agent tiers and per-reason counts are indexes over `members` (rebuilt on
 * load), and the decision log of calls that already left is diagnostic history kept
 * in memory only; a waiting call's own log is persisted with it.
 */
export function encodeGroupState(state: GroupState): string {
  const log = new Map([...state.log].filter(([callId]) => state.calls.has(callId)));
  return encodeState({ ...state, tiers: [], counts: undefined, log, logRetired: [] });
}

export function decodeGroupState(json: string): GroupState {
  const state = decodeState(json) as GroupState;
  syncMembers(state);
  return state;
}
