import { transitionGuard, type TransitionTable } from "../../../../lib/routing/fsm.js";

/**
 * Life of one call in a group (SPEC §3.1).
 *
 *               first granted leg rings
 *   (arrival) ─► queued ───────────────────► offering
 *                  ▲                           │   │
 *                  └── round ends unanswered ──┘   │ a leg answers
 *                                                  ▼
 *   queued | offering ──► ended              connected ──► ended
 *   (abandoned, Q1/Q4 → Q6, Q2/Q3 → Q2)      (call completed)
 *
 * `ended` is terminal: the call leaves the state right after.
 */
export type CallPhase = "queued" | "offering" | "connected" | "ended";

const CALL_TRANSITIONS: TransitionTable<CallPhase> = {
  queued: ["offering", "ended"],
  offering: ["queued", "connected", "ended"],
  connected: ["ended"],
  ended: [],
};

export const moveCall = transitionGuard<CallPhase>("call", CALL_TRANSITIONS);
