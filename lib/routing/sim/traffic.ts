import type { AnswerGroupSpec, Presence, RingableDeviceKind } from "../../documents/model.js";
import type { SeededRandom } from "../random.js";

/** Handling (talk) time of answered calls. */
export type Distribution =
  | { readonly kind: "exponential"; readonly meanSeconds: number }
  | { readonly kind: "fixed"; readonly seconds: number }
  | { readonly kind: "uniform"; readonly minSeconds: number; readonly maxSeconds: number };

export function sampleSeconds(d: Distribution, rng: SeededRandom): number {
  switch (d.kind) {
    case "exponential":
      return rng.exponential(d.meanSeconds);
    case "fixed":
      return d.seconds;
    case "uniform":
      return d.minSeconds + rng.next() * (d.maxSeconds - d.minSeconds);
  }
}

export interface SimGroup {
  readonly groupId: string;
  readonly spec: AnswerGroupSpec;
  /** Poisson arrivals per second. */
  readonly ratePerSecond: number;
}

export interface SimAgent {
  readonly agentId: string;
  /** Groups the agent logs in to at the start (must be members there). */
  readonly groups: readonly string[];
  readonly devices: readonly RingableDeviceKind[];
  readonly presence?: Presence;
}

export interface AgentBehaviour {
  /** Seconds from ring to answer. */
  readonly answerDelay: Distribution;
  /** Probability an offer is never answered (M10 runs out: a miss). */
  readonly missProbability: number;
  /** Probability an offer is declined (not a miss). */
  readonly declineProbability: number;
  /**
   * Mean seconds between an agent's random state changes (break, presence, logout and
   * back in); 0 = agents stay logged in and available.
   */
  readonly churnMeanSeconds: number;
}

export interface SimConfig {
  readonly seed: number;
  readonly groups: readonly SimGroup[];
  readonly agents: readonly SimAgent[];
  /** Total arrivals across all groups. */
  readonly calls: number;
  readonly handleTime: Distribution;
  /** Mean caller patience (exponential), seconds; undefined = callers never hang up. */
  readonly patienceMeanSeconds?: number;
  readonly behaviour: AgentBehaviour;
  /** Service-level threshold, seconds (default 20). */
  readonly serviceLevelSeconds?: number;
}
