import type { TimerEffect } from "../../../../lib/runtime/decider.js";
import type { AgentId } from "../../../../lib/routing/protocol.js";
import type { GroupEffect } from "./effects.js";

/** What one decision accumulates: the instant, the effects, and a pending solicitation to answer. */
export interface Ctx {
  readonly now: number;
  readonly effects: (GroupEffect | TimerEffect)[];
  /** Set while handling an agent's "I am free" report: that agent must get a bid or a noBid. */
  readonly solicit?: { readonly agentId: AgentId; readonly epoch: number; answered: boolean };
}
