import type { AgentPhase } from "../../../../lib/routing/messages.js";
import { transitionGuard, type TransitionTable } from "../../../../lib/routing/fsm.js";

/**
 * What one agent is doing, across all of its groups (SPEC §3.2).
 *
 *                 startBreak (from available, collecting or wrapUp)
 *      ┌───────────────────────────────────────────────────────────┐
 *      │                                                           ▼
 *  available ◄── no bid ── collecting ◄───── endBreak ───────── onBreak
 *      │                    │   ▲  ▲                               ▲
 *      │ bid: grant         │   │  └─ wrap-up over ─ wrapUp ───────┘
 *      │        best bid:   │   │ offer ended          ▲
 *      │        grant       ▼   │ unanswered           │ callEnded (M9 > 0)
 *      └──────────────────► reserved ──answered──► onCall
 *                                                     │ callEnded (M9 = 0) → collecting
 *
 * A call that ends before the group's answer reaches the agent (signaling's `callGone`
 * overtakes `offerEnded(answered)`) goes from `reserved` straight to wrap-up or free.
 * A late answer (the device's 2xx crossed the end of the offer, and signaling connected
 * it: offers.ts `onCallStatus`) goes from free, on a break, or reserved for another call, to `onCall`.
 *
 * `collecting` is free while the agent weighs its groups' bids (protocol.ts); an agent
 * logged in to no group or to one has nothing to weigh and goes straight to `available`
 * wherever the diagram says `collecting`. A free agent that changes presence or logs in
 * somewhere collects again (or, with one group, is available again: announced anew).
 */
export type { AgentPhase };

const AGENT_TRANSITIONS: TransitionTable<AgentPhase> = {
  available: ["available", "collecting", "reserved", "onCall", "onBreak"],
  collecting: ["available", "collecting", "reserved", "onCall", "onBreak"],
  reserved: ["onCall", "wrapUp", "collecting", "available"],
  onCall: ["wrapUp", "collecting", "available"],
  wrapUp: ["collecting", "available", "onBreak"],
  onBreak: ["collecting", "available", "onCall"],
};

export const moveAgent = transitionGuard<AgentPhase>("agent", AGENT_TRANSITIONS);
