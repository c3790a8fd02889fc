import type { CallId } from "../../../../lib/routing/protocol.js";
import type { LogEntry } from "./log-entry.js";
import type { GroupState } from "./state.js";

export type { LogEntry, OfferDecision, SkipReason, SkippedAgent } from "./log-entry.js";

/** Keeps the log bounded: per call, and for calls that already left the queue. */
export const LOG_ENTRIES_PER_CALL = 24;
export const LOG_RETIRED_CALLS = 256;
export const SKIPPED_NAMED = 16;

export function appendLog(state: GroupState, callId: CallId, entry: LogEntry): void {
  const entries = state.log.get(callId);
  if (entries === undefined) {
    state.log.set(callId, [entry]);
    return;
  }
  if (entries.length >= LOG_ENTRIES_PER_CALL) entries.shift();
  entries.push(entry);
}

/** The call left the queue: its log stays readable until LOG_RETIRED_CALLS newer ones left. */
export function retireLog(state: GroupState, callId: CallId): void {
  if (state.log.get(callId) === undefined) return;
  state.logRetired.push(callId);
  while (state.logRetired.length > LOG_RETIRED_CALLS) {
    const old = state.logRetired.shift();
    if (old !== undefined) state.log.delete(old);
  }
}

/** Why the call was offered to whom, oldest entry first; empty if no decision was ever made or it aged out. */
export function explain(state: GroupState, callId: CallId): readonly LogEntry[] {
  return state.log.get(callId) ?? [];
}
