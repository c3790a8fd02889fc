import type { TimerEffect } from "../../../../lib/runtime/decider.js";
import type { AgentEffect } from "./effects.js";

export interface AgentCtx {
  readonly now: number;
  readonly effects: (AgentEffect | TimerEffect)[];
}
