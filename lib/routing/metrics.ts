/**
 * Routing metrics (STYLE §14): `_total` counters, base units, bounded labels only
 * (org, group, outcome, reason, state — never a call or agent id). One wait-time
 * histogram whose buckets include the usual service-level thresholds gives ASA,
 * service level and abandonment. Queue length and agents by state are read at scrape
 * time from the group states this node decided last (`LiveGroups`).
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { Clock } from "../clock.js";
import { AVAILABILITIES } from "./codec.js";

/** What the gauges read from a group's state (GroupState has it). */
export interface GroupGaugeSource {
  readonly queue: readonly unknown[];
  readonly members: ReadonlyMap<string, { readonly member: boolean; readonly availability: string }>;
}

/** 10, 20, 30, 60 s… are the thresholds service levels are quoted at (e.g. 80/20). */
export const WAIT_BUCKETS_SECONDS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200];

/**
 * A group not decided on for this long is no longer reported by this node. The
 * runtime has no passivation hook, so this is how a group that moved to another node
 * (or passivated) leaves this node's gauges.
 */
export const LIVE_GROUP_TTL_MS = 120_000;

export class LiveGroups {
  private readonly groups = new Map<string, { org: string; group: string; state: GroupGaugeSource; seenAt: number }>();
  constructor(private readonly clock: Clock) {}

  seen(actorId: string, org: string, group: string, state: GroupGaugeSource): void {
    this.groups.set(actorId, { org, group, state, seenAt: this.clock.now() });
  }

  forget(actorId: string): void {
    this.groups.delete(actorId);
  }

  *current(): Iterable<{ org: string; group: string; state: GroupGaugeSource }> {
    const now = this.clock.now();
    for (const [id, g] of this.groups) {
      if (now - g.seenAt > LIVE_GROUP_TTL_MS) this.groups.delete(id);
      else yield g;
    }
  }
}

export interface GroupMetrics {
  readonly live: LiveGroups;
  offered(org: string, group: string): void;
  finished(org: string, group: string, outcome: string, reason: string, waitMs: number): void;
}

export interface AgentMetrics {
  autoLoggedOut(org: string, group: string): void;
}

const groupCache = new WeakMap<Registry, GroupMetrics>();
const agentCache = new WeakMap<Registry, AgentMetrics>();

/** One set per registry: a node builds its kinds once, tests build several nodes in one process. */
export function groupMetrics(registry: Registry, clock: Clock): GroupMetrics {
  const cached = groupCache.get(registry);
  if (cached !== undefined) return cached;
  const registers = [registry];
  const live = new LiveGroups(clock);
  const offered = new Counter({ name: "ringmesh_group_calls_offered_total", help: "Calls that arrived at an open answer group.", labelNames: ["org", "group"], registers });
  const finished = new Counter({
    name: "ringmesh_group_calls_total",
    help: "Calls that left an answer group's queue, by outcome (answered, abandoned, overflowed, timedOut, noAgents) and reason (answered; answeredLate: the device answered as its offer ended, by M10 or a revocation; else why the call was routed or lost).",
    labelNames: ["org", "group", "outcome", "reason"],
    registers,
  });
  const wait = new Histogram({
    name: "ringmesh_group_wait_seconds",
    help: "Wait from first arrival on the platform until the call left the queue, by outcome.",
    labelNames: ["org", "group", "outcome"],
    buckets: WAIT_BUCKETS_SECONDS,
    registers,
  });
  new Gauge({
    name: "ringmesh_group_queue_length",
    help: "Calls waiting (queued or ringing) in answer groups active on this node.",
    labelNames: ["org", "group"],
    registers,
    collect() {
      this.reset();
      for (const g of live.current()) this.set({ org: g.org, group: g.group }, g.state.queue.length);
    },
  });
  new Gauge({
    name: "ringmesh_group_agents",
    help: "Members of answer groups active on this node, by state as the group sees them.",
    labelNames: ["org", "group", "state"],
    registers,
    collect() {
      this.reset();
      for (const g of live.current()) {
        const by = new Map<string, number>(AVAILABILITIES.map((a) => [a, 0]));
        for (const m of g.state.members.values()) if (m.member) by.set(m.availability, (by.get(m.availability) ?? 0) + 1);
        for (const [state, n] of by) this.set({ org: g.org, group: g.group, state }, n);
      }
    },
  });
  const m: GroupMetrics = {
    live,
    offered: (org, group) => offered.inc({ org, group }),
    finished(org, group, outcome, reason, waitMs) {
      finished.inc({ org, group, outcome, reason });
      wait.observe({ org, group, outcome }, Math.max(0, waitMs) / 1000);
    },
  };
  groupCache.set(registry, m);
  return m;
}

export function agentMetrics(registry: Registry): AgentMetrics {
  const cached = agentCache.get(registry);
  if (cached !== undefined) return cached;
  const logouts = new Counter({
    name: "ringmesh_agent_auto_logouts_total",
    help: "Agents logged out of a group after M11 consecutive missed offers.",
    labelNames: ["org", "group"],
    registers: [registry],
  });
  const m: AgentMetrics = { autoLoggedOut: (org, group) => logouts.inc({ org, group }) };
  agentCache.set(registry, m);
  return m;
}
