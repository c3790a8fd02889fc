import { transitionGuard, type TransitionTable } from "../../../../lib/routing/fsm.js";

/**
 * Life of one call in a group (SPEC §3.1).
 *
 *               first granted leg rings
 *   (arrival) ─► queued ───────────────────► offering
 *                  ▲                           │   │
 *                  └── round ends unanswered ──┘   │ a leg answers
 *                  │                               ▼
 *                  └── a late answer ─────────► connected ──► ended
 *   queued | offering ──► ended                  (call completed)
 *   (abandoned, Q1/Q4 → Q6, Q2/Q3 → Q2)
 *
 * A late answer: signaling connected a leg whose end (M10, a revocation) crossed its 2xx.
 *
 * `ended` is terminal: the call leaves the state right after.
 */
export type CallPhase = "queued" | "offering" | "connected" | "ended";

const CALL_TRANSITIONS: TransitionTable<CallPhase> = {
  queued: ["offering", "connected", "ended"],
  offering: ["queued", "connected", "ended"],
  connected: ["ended"],
  ended: [],
};

export const moveCall = transitionGuard<CallPhase>("call", CALL_TRANSITIONS);
