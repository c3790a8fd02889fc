import type { CallOutcome } from "../../../services/queue-actor/index.js";

/** What a finished run exposes to the summary (kept apart from the engine to avoid a cycle). */
export interface SimRun {
  readonly config: { readonly serviceLevelSeconds?: number };
  readonly calls: ReadonlyMap<string, { readonly outcomes: readonly CallOutcome[]; readonly waitMs?: number }>;
  readonly load: ReadonlyMap<string, { readonly answered: number; readonly talkMs: number; readonly busyMs: number }>;
  readonly lastArrivalAt: number;
  readonly decisions: number;
  readonly nowMs: number;
}

export interface AgentReport {
  readonly agentId: string;
  readonly answered: number;
  readonly talkSeconds: number;
  /** Share of the traffic period spent reserved, talking or wrapping up. */
  readonly occupancy: number;
}

export interface SimReport {
  readonly calls: number;
  readonly outcomes: Record<CallOutcome, number>;
  /** Calls answered within the threshold ÷ calls offered. */
  readonly serviceLevel: number;
  readonly serviceLevelSeconds: number;
  /** Mean wait of answered calls, seconds. */
  readonly asaSeconds: number;
  /** Answered calls that waited at all. */
  readonly probabilityOfWait: number;
  readonly abandonmentRate: number;
  /** Mean agent occupancy over the traffic period. */
  readonly occupancy: number;
  readonly simulatedSeconds: number;
  readonly decisions: number;
  readonly agents: readonly AgentReport[];
}

export function summarise(sim: SimRun): SimReport {
  const slSeconds = sim.config.serviceLevelSeconds ?? 20;
  const outcomes: Record<CallOutcome, number> = { answered: 0, abandoned: 0, overflowed: 0, timedOut: 0, noAgents: 0 };
  let withinSl = 0;
  let waitSum = 0;
  let waited = 0;
  for (const call of sim.calls.values()) {
    if (call.outcomes.length === 0) continue;
    const outcome = call.outcomes[0];
    outcomes[outcome]++;
    if (outcome !== "answered" || call.waitMs === undefined) continue;
    waitSum += call.waitMs;
    if (call.waitMs > 0) waited++;
    if (call.waitMs <= slSeconds * 1000) withinSl++;
  }
  const period = Math.max(1, sim.lastArrivalAt);
  const agents = [...sim.load.entries()].map(([agentId, l]) => ({
    agentId,
    answered: l.answered,
    talkSeconds: l.talkMs / 1000,
    occupancy: l.busyMs / period,
  }));
  const offered = sim.calls.size;
  return {
    calls: offered,
    outcomes,
    serviceLevel: offered === 0 ? 0 : withinSl / offered,
    serviceLevelSeconds: slSeconds,
    asaSeconds: outcomes.answered === 0 ? 0 : waitSum / outcomes.answered / 1000,
    probabilityOfWait: outcomes.answered === 0 ? 0 : waited / outcomes.answered,
    abandonmentRate: offered === 0 ? 0 : outcomes.abandoned / offered,
    occupancy: agents.length === 0 ? 0 : agents.reduce((s, a) => s + a.occupancy, 0) / agents.length,
    simulatedSeconds: sim.nowMs / 1000,
    decisions: sim.decisions,
    agents,
  };
}
