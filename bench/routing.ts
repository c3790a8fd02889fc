/**
 * Routing-core benchmark: the pure group and agent deciders, one core, no runtime.
 * A small message pump stands in for the actor runtime; signaling answers every
 * offer at once, so every decision in the count is routing work.
 *   npm run bench:routing   (run node with --expose-gc for the heap figures)
 * Last line: one JSON object with the four figures.
 */
import {
  createGroupState,
  decideGroup,
  type GroupEffect,
  type GroupEvent,
  type GroupState,
} from "../services/queue-actor/index.js";
import { createAgentState, decideAgent, type AgentEffect, type AgentEvent, type AgentState } from "../services/agent-actor/index.js";
import type { TimerEffect } from "../lib/runtime/decider.js";
import { SeededRandom } from "../lib/routing/random.js";
import { groupSpec, member } from "../lib/routing/sim/spec.js";

type Msg = { to: "group"; id: string; event: GroupEvent } | { to: "agent"; id: string; event: AgentEvent };

class Pump {
  readonly groups = new Map<string, GroupState>();
  readonly agents = new Map<string, AgentState>();
  /** Connected calls, oldest first: the bench ends them to free agents. */
  readonly connected: { groupId: string; callId: string; agentId: string }[] = [];
  decisions = 0;
  connects = 0;
  now = 0;
  private readonly inbox: Msg[] = [];

  send(m: Msg): void {
    this.inbox.push(m);
  }

  drain(): void {
    for (let i = 0; i < this.inbox.length; i++) {
      const m = this.inbox[i];
      this.decisions++;
      if (m.to === "group") {
        const s = this.groups.get(m.id);
        if (s !== undefined) for (const e of decideGroup(s, m.event, this.now).effects) this.onGroup(m.id, e);
      } else {
        const s = this.agents.get(m.id);
        if (s !== undefined) for (const e of decideAgent(s, m.event, this.now).effects) this.onAgent(e);
      }
    }
    this.inbox.length = 0;
  }

  private onGroup(groupId: string, e: GroupEffect | TimerEffect): void {
    if (e.type === "toAgent") this.send({ to: "agent", id: e.message.agentId, event: e.message });
    else if (e.type === "ringAgent") {
      // As signaling does on the device's 2xx: connected, then reported to the group.
      this.connects++;
      this.connected.push({ groupId, callId: e.callId, agentId: e.agentId });
      this.send({ to: "group", id: groupId, event: { type: "legAnswered", callId: e.callId, agentId: e.agentId, connected: true } });
    }
  }

  private onAgent(e: AgentEffect | TimerEffect): void {
    if (e.type === "toGroup") this.send({ to: "group", id: e.message.groupId, event: e.message });
  }

  endOldestCall(): void {
    const c = this.connected.shift();
    if (c === undefined) return;
    // As signaling reports it: to the agent, whose next status tells the group.
    this.send({ to: "agent", id: c.agentId, event: { type: "callGone", callId: c.callId } });
    this.drain();
  }
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** 1,000 groups, 10,000 agents in 1–5 groups each, traffic keeping ~80% of agents busy. */
function manyGroups(): { perSecond: number; bytesPerAgent: number } {
  const rng = new SeededRandom(42);
  const groupCount = 1000;
  const agentCount = 10_000;
  const membership: string[][] = Array.from({ length: groupCount }, () => []);
  const agentGroups: string[][] = [];
  for (let a = 0; a < agentCount; a++) {
    const n = 1 + Math.floor(rng.next() * 5);
    const gs = new Set<number>();
    while (gs.size < n) gs.add(Math.floor(rng.next() * groupCount));
    agentGroups.push([...gs].map((g) => `g${g}`));
    for (const g of gs) membership[g].push(`a${a}`);
  }
  const before = heapUsed();
  const pump = new Pump();
  for (let g = 0; g < groupCount; g++) pump.groups.set(`g${g}`, createGroupState(`g${g}`, groupSpec(membership[g].map((id, k) => member(id, 1 + (k % 3)))), g + 1));
  for (let a = 0; a < agentCount; a++) {
    pump.agents.set(`a${a}`, createAgentState(`a${a}`, ["desktop", "mobile"]));
    for (const g of agentGroups[a]) pump.send({ to: "agent", id: `a${a}`, event: { type: "login", groupId: g } });
    pump.drain();
  }
  const bytesPerAgent = (heapUsed() - before) / agentCount;

  let n = 0;
  const busyTarget = agentCount * 0.8;
  const run = (iterations: number) => {
    for (let i = 0; i < iterations; i++) {
      pump.now += 50;
      pump.send({ to: "group", id: `g${Math.floor(rng.next() * groupCount)}`, event: { type: "callArrived", callId: `c${++n}`, caller: "+358401" } });
      pump.drain();
      while (pump.connected.length > busyTarget) pump.endOldestCall();
    }
  };
  run(20_000);
  const d0 = pump.decisions;
  const t0 = performance.now();
  const connectsBefore = pump.connects;
  run(100_000);
  const seconds = (performance.now() - t0) / 1000;
  // Agents must come free again, or the figure measures a jammed queue.
  const routed = (pump.connects - connectsBefore) / 100_000;
  if (routed < 0.9) throw new Error(`only ${Math.round(routed * 100)}% of calls were connected`);
  return { perSecond: (pump.decisions - d0) / seconds, bytesPerAgent };
}

/** One group, 1,000 agents all busy, 1,000 waiting calls; each freed agent takes the head call. */
function largeGroup(): { perSecond: number; bytesPerWaitingCall: number } {
  const agentCount = 1000;
  const pump = new Pump();
  const ids = Array.from({ length: agentCount }, (_, a) => `a${a}`);
  pump.groups.set("big", createGroupState("big", groupSpec(ids.map((id, k) => member(id, 1 + (k % 9))), { announcements: { announcePosition: true, announceEstimatedWait: true } })));
  for (const id of ids) {
    pump.agents.set(id, createAgentState(id, ["desktop"]));
    pump.send({ to: "agent", id, event: { type: "login", groupId: "big" } });
  }
  pump.drain();
  let n = 0;
  const arrive = () => pump.send({ to: "group", id: "big", event: { type: "callArrived", callId: `c${++n}`, caller: "+358401" } });
  for (let i = 0; i < agentCount; i++) arrive();
  pump.drain();
  const before = heapUsed();
  for (let i = 0; i < 1000; i++) arrive();
  pump.drain();
  const bytesPerWaitingCall = (heapUsed() - before) / 1000;

  const run = (iterations: number) => {
    for (let i = 0; i < iterations; i++) {
      pump.now += 10;
      pump.endOldestCall();
      arrive();
      pump.drain();
    }
  };
  run(5000);
  const d0 = pump.decisions;
  const t0 = performance.now();
  run(50_000);
  const seconds = (performance.now() - t0) / 1000;
  const waiting = pump.groups.get("big")?.queue.length ?? 0;
  if (pump.connected.length !== agentCount || waiting !== 1000) throw new Error(`large group drifted: ${pump.connected.length} on calls, ${waiting} waiting`);
  return { perSecond: (pump.decisions - d0) / seconds, bytesPerWaitingCall };
}

const many = manyGroups();
console.log(`1,000 groups / 10,000 agents: ${Math.round(many.perSecond)} decisions/s, ${Math.round(many.bytesPerAgent)} B per agent`);
const large = largeGroup();
console.log(`1 group / 1,000 agents / 1,000 waiting: ${Math.round(large.perSecond)} decisions/s, ${Math.round(large.bytesPerWaitingCall)} B per waiting call`);
if ((globalThis as { gc?: unknown }).gc === undefined) console.log("note: run node with --expose-gc for stable heap figures");
console.log(
  JSON.stringify({
    decisions_per_s: Math.round(many.perSecond),
    large_group_decisions_per_s: Math.round(large.perSecond),
    bytes_per_waiting_call: Math.round(large.bytesPerWaitingCall),
    bytes_per_agent: Math.round(many.bytesPerAgent),
  }),
);
