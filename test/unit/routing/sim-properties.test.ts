import test from "ava";
import fc from "fast-check";
import { SimEngine, type SimObserver } from "../../../lib/routing/sim/engine.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import type { SimAgent, SimGroup } from "../../../lib/routing/sim/traffic.js";
import type { GroupState, QueuedCall } from "../../../services/queue-actor/index.js";

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  groups: fc.integer({ min: 1, max: 3 }),
  agents: fc.integer({ min: 1, max: 6 }),
  membership: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 6, maxLength: 6 }),
  levels: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 6, maxLength: 6 }),
  mode: fc.constantFrom("skills" as const, "ordered" as const),
  longestIdle: fc.boolean(),
  presenceAware: fc.boolean(),
  m8: fc.integer({ min: 1, max: 3 }),
  m9: fc.constantFrom(0, 10, 30),
  m10: fc.constantFrom(5, 15),
  m11: fc.constantFrom(0, 2, 3),
  q1: fc.constantFrom(0, 60, 240),
  q3: fc.constantFrom(0, 2, 4),
  q4: fc.constantFrom(0, 3, 8),
  miss: fc.constantFrom(0, 0.1, 0.3),
  decline: fc.constantFrom(0, 0.1),
  churn: fc.constantFrom(0, 60, 300),
  patience: fc.constantFrom(undefined, 60, 300),
  calls: fc.integer({ min: 20, max: 80 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(sc: Scenario): { groups: SimGroup[]; agents: SimAgent[] } {
  const agents: SimAgent[] = [];
  const members: string[][] = Array.from({ length: sc.groups }, () => []);
  for (let i = 0; i < sc.agents; i++) {
    const groups: string[] = [];
    for (let g = 0; g < sc.groups; g++) if ((sc.membership[i] >> g) & 1 || g === i % sc.groups) groups.push(`g${g}`);
    for (const g of groups) members[Number(g.slice(1))].push(`a${i}`);
    agents.push({ agentId: `a${i}`, groups, devices: i % 4 === 3 ? ["mobile"] : ["desktop", "mobile"] });
  }
  const groups = members.map((ids, g) => ({
    groupId: `g${g}`,
    ratePerSecond: 1 / 40,
    spec: groupSpec(
      ids.map((id, k) => member(id, sc.levels[Number(id.slice(1))], sc.mode === "ordered" && k % 2 === 0 ? k + 1 : undefined)),
      {
        queue: { maxWaitSeconds: sc.q1, maxRingAttempts: sc.q3, maxQueueLength: sc.q4 },
        routing: {
          mode: sc.mode,
          longestIdle: sc.longestIdle,
          presenceAware: sc.presenceAware,
          simultaneousAgents: sc.m8,
          wrapUpSeconds: sc.m9,
          ringSeconds: sc.m10,
          autoLogoutAfterMissed: sc.m11,
          // Group 1 rings desktops only, so mobile-only agents are unreachable there.
          ringDevices: g === 1 ? ["desktop"] : ["desktop", "mobile", "ipPhone"],
        },
      },
    ),
  }));
  return { groups, agents };
}

function openFor(state: GroupState, call: QueuedCall): boolean {
  return (call.phase === "queued" || call.phase === "offering") && !call.maxWaitReached && call.legs.length + call.bids.length < state.spec.routing.simultaneousAgents;
}

/** Invariants checked on every effect; the first violation is kept with its context. */
function monitor(fifo: boolean): SimObserver & { violations: string[] } {
  const ringing = new Map<string, string>();
  const violations: string[] = [];
  return {
    violations,
    onGroupEffect(sim, groupId, e) {
      const state = sim.groups.get(groupId);
      if (state === undefined) return;
      if (e.type === "ringAgent") {
        const agent = sim.agents.get(e.agentId);
        if (ringing.has(e.agentId)) violations.push(`t=${sim.clock.now()} ${e.agentId} rung for ${e.callId} while ringing for ${ringing.get(e.agentId)}`);
        ringing.set(e.agentId, e.callId);
        const r = agent?.reservation;
        if (agent?.phase !== "reserved" || r?.groupId !== groupId || r.callId !== e.callId || r.id !== e.reservation)
          violations.push(`t=${sim.clock.now()} ${e.agentId} rung for ${e.callId} without holding that reservation (phase ${agent?.phase})`);
        if (agent !== undefined && !agent.groups.has(groupId)) violations.push(`${e.agentId} rung while logged out of ${groupId}`);
        if (agent !== undefined && state.spec.routing.presenceAware && agent.presence === "busy") violations.push(`${e.agentId} rung while busy-red`);
      }
      if (e.type === "cancelRing" && ringing.get(e.agentId) === e.callId) ringing.delete(e.agentId);
      if (e.type === "toAgent" && e.message.type === "offerEnded" && ringing.get(e.message.agentId) === e.message.callId) ringing.delete(e.message.agentId);
      if (fifo && e.type === "toAgent" && e.message.type === "bid") {
        const agentId = e.message.agentId;
        for (const callId of state.queue) {
          if (callId === e.message.callId) break;
          const earlier = state.calls.get(callId);
          if (earlier !== undefined && openFor(state, earlier) && !earlier.excluded.includes(agentId) && !earlier.tried.includes(agentId))
            violations.push(`FIFO: ${groupId} bid ${agentId} for ${e.message.callId} before ${callId}`);
        }
      }
    },
    onAgentEffect(sim, agentId, e) {
      if (e.type !== "toGroup" || e.message.type !== "grant") return;
      const granted = sim.groups.get(e.message.groupId)?.calls.get(e.message.callId);
      const agent = sim.agents.get(agentId);
      if (granted === undefined || agent === undefined) return;
      for (const groupId of agent.groups.keys()) {
        if (groupId === e.message.groupId) continue;
        const other = sim.groups.get(groupId);
        const view = other?.members.get(agentId);
        if (other === undefined || view?.member !== true) continue;
        if (other.spec.routing.presenceAware && agent.presence === "busy") continue;
        if (!agent.devices.some((d) => other.spec.routing.ringDevices.includes(d))) continue;
        for (const callId of other.queue) {
          const y = other.calls.get(callId);
          if (y === undefined || y.arrivedAt >= granted.arrivedAt) continue;
          if (openFor(other, y) && y.legs.length === 0 && y.bids.length === 0 && !y.excluded.includes(agentId))
            violations.push(`t=${sim.clock.now()} ${agentId} granted ${e.message.callId}@${granted.arrivedAt} while ${callId}@${y.arrivedAt} waited in ${groupId}`);
        }
      }
    },
  };
}

test("properties over random traffic and agent behaviour: one offer per agent, only ready agents rung, one outcome per call, FIFO, longest wait wins", (t) => {
  fc.assert(
    fc.property(scenario, (sc) => {
      const { groups, agents } = build(sc);
      // FIFO by first offer holds when nobody declines (a decline skips the agent for that call only).
      const watch = monitor(sc.decline === 0);
      const sim = new SimEngine(
        {
          seed: sc.seed,
          groups,
          agents,
          calls: sc.calls,
          handleTime: { kind: "exponential", meanSeconds: 90 },
          ...(sc.patience !== undefined ? { patienceMeanSeconds: sc.patience } : {}),
          behaviour: { answerDelay: { kind: "uniform", minSeconds: 0, maxSeconds: 8 }, missProbability: sc.miss, declineProbability: sc.decline, churnMeanSeconds: sc.churn },
        },
        watch,
      );
      const report = sim.run();
      const lost = [...sim.calls.values()].filter((c) => c.outcomes.length !== 1).map((c) => `${c.callId}:${c.outcomes.join("+") || "none"}`);
      const total = Object.values(report.outcomes).reduce((a, b) => a + b, 0);
      return watch.violations.length === 0 && lost.length === 0 && total === sc.calls
        ? true
        : (() => {
            throw new Error(`${watch.violations.slice(0, 3).join("; ")} lost=${lost.slice(0, 5).join(",")}`);
          })();
    }),
    { numRuns: 150, seed: 20240611 },
  );
  t.pass();
});
