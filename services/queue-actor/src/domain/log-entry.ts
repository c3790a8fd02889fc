import type { RouteReason } from "../../../../lib/routing/messages.js";
import type { AgentId, OfferOutcome, RefuseReason } from "../../../../lib/routing/protocol.js";
import type { MemberReason } from "./member-reason.js";

/** Why an agent was not chosen for a call (decision log). */
export type SkipReason = MemberReason | "declinedThisCall" | "rungThisPass" | "worseLevel" | "laterInOrder";

export interface SkippedAgent {
  readonly agentId: AgentId;
  readonly reason: SkipReason;
}

/** One candidate pick for a call, with the reasons behind it. */
export interface OfferDecision {
  readonly kind: "offer";
  readonly at: number;
  /** The round (1-based, Q3) these agents are asked for; group status counts rounds the same way (state.ts roundsStarted). */
  readonly round: number;
  /** Free members the group could see when deciding. */
  readonly candidates: number;
  readonly chosen: readonly AgentId[];
  /** Named skips, the first `SKIPPED_NAMED` in routing order. */
  readonly skipped: readonly SkippedAgent[];
  /** Every skip, counted by reason. */
  readonly skippedCounts: Partial<Record<SkipReason, number>>;
  /** The order was exhausted and this pick started again from the top (§3.6). */
  readonly restartedFromTop: boolean;
}

/**
 * What happened to a call besides offers, so a call nobody was offered is explained
 * too: it joined the queue, it was sent to Q2/Q6 (on arrival or later), or the caller
 * hung up while it waited.
 */
export type CallDecision =
  | { readonly kind: "queued"; readonly at: number; readonly position: number }
  | { readonly kind: "routed"; readonly at: number; readonly setting: "Q2" | "Q6"; readonly reason: RouteReason; readonly waitedMs: number }
  | { readonly kind: "abandoned"; readonly at: number; readonly waitedMs: number };

export type LogEntry =
  | OfferDecision
  | CallDecision
  | { readonly kind: "refused"; readonly at: number; readonly agentId: AgentId; readonly reason: RefuseReason | "noAnswer" }
  | { readonly kind: "offerEnded"; readonly at: number; readonly agentId: AgentId; readonly outcome: OfferOutcome };
