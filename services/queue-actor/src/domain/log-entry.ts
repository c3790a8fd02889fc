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
  /** The round (1-based, Q3) these agents are asked for. */
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

export type LogEntry =
  | OfferDecision
  | { readonly kind: "refused"; readonly at: number; readonly agentId: AgentId; readonly reason: RefuseReason | "noAnswer" }
  | { readonly kind: "offerEnded"; readonly at: number; readonly agentId: AgentId; readonly outcome: OfferOutcome };
