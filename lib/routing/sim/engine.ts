import { SimulatedClock, type TimerHandle } from "../../clock.js";
import type { TimerEffect, TimerFired } from "../../runtime/decider.js";
import {
  createGroupState,
  decideGroup,
  type CallOutcome,
  type GroupEffect,
  type GroupEvent,
  type GroupState,
} from "../../../services/queue-actor/index.js";
import { createAgentState, decideAgent, type AgentEffect, type AgentEvent, type AgentPhase, type AgentState } from "../../../services/agent-actor/index.js";
import { SeededRandom } from "../random.js";
import { summarise, type SimReport } from "./report.js";
import { sampleSeconds, type SimConfig } from "./traffic.js";

type Delivery =
  | { readonly to: "group"; readonly id: string; readonly event: GroupEvent | TimerFired }
  | { readonly to: "agent"; readonly id: string; readonly event: AgentEvent | TimerFired };

export interface CallRecord {
  readonly callId: string;
  readonly groupId: string;
  readonly arrivedAt: number;
  /** Every `callFinished` the group published for this call; exactly one is correct. */
  outcomes: CallOutcome[];
  waitMs?: number;
  answeredBy?: string;
  firstRungAt?: number;
}

export interface AgentLoad {
  answered: number;
  talkMs: number;
  /** Time reserved, on a call or in wrap-up. */
  busyMs: number;
  phase: AgentPhase;
  phaseSince: number;
}

/** Sees every effect right after the decision that made it, with both kinds of state at hand. */
export interface SimObserver {
  onGroupEffect?(sim: SimEngine, groupId: string, effect: GroupEffect): void;
  onAgentEffect?(sim: SimEngine, agentId: string, effect: AgentEffect): void;
}

const BUSY_PHASES: ReadonlySet<AgentPhase> = new Set(["reserved", "onCall", "wrapUp"]);

/**
 * Runs the real group and agent deciders on a SimulatedClock, joined by an in-memory
 * router that carries the same messages the runtime would, in order, one decision at a
 * time. Signaling (ringing devices, answers, hang-ups) and callers are simulated from
 * a seeded generator, so a run is reproducible from its config.
 */
export class SimEngine {
  readonly clock = new SimulatedClock(0);
  readonly groups = new Map<string, GroupState>();
  readonly agents = new Map<string, AgentState>();
  readonly calls = new Map<string, CallRecord>();
  readonly load = new Map<string, AgentLoad>();
  readonly loggedOutForMisses: { agentId: string; groupId: string }[] = [];
  decisions = 0;
  lastArrivalAt = 0;
  private readonly rng: SeededRandom;
  private readonly inbox: Delivery[] = [];
  private draining = false;
  private readonly timers = new Map<string, TimerHandle>();
  /** Rings in progress, by `callId|agentId`, holding the reservation rung. */
  private readonly rings = new Map<string, number>();
  /** Connected calls still talking: call id → agent. */
  private readonly talking = new Map<string, string>();
  private arrivals = 0;
  private churning: boolean;

  constructor(
    readonly config: SimConfig,
    private readonly observer: SimObserver = {},
  ) {
    this.rng = new SeededRandom(config.seed);
    this.churning = config.behaviour.churnMeanSeconds > 0;
    for (const [i, g] of config.groups.entries()) this.groups.set(g.groupId, createGroupState(g.groupId, g.spec, config.seed + i + 1));
    for (const a of config.agents) {
      this.agents.set(a.agentId, createAgentState(a.agentId, a.devices, a.presence));
      this.load.set(a.agentId, { answered: 0, talkMs: 0, busyMs: 0, phase: "available", phaseSince: 0 });
    }
  }

  run(): SimReport {
    for (const a of this.config.agents) for (const groupId of a.groups) this.send({ to: "agent", id: a.agentId, event: { type: "login", groupId } });
    if (this.churning) for (const a of this.config.agents) this.scheduleChurn(a.agentId);
    this.scheduleArrival();
    for (;;) {
      const next = this.clock.nextFireAt();
      if (next === undefined) break;
      this.clock.advanceTo(next);
    }
    return summarise({ config: this.config, calls: this.calls, load: this.load, lastArrivalAt: this.lastArrivalAt, decisions: this.decisions, nowMs: this.clock.now() });
  }

  /** Queues a message and, unless already inside the drain loop, processes until quiet. */
  send(d: Delivery): void {
    this.inbox.push(d);
    if (this.draining) return;
    this.draining = true;
    try {
      for (let i = 0; i < this.inbox.length; i++) this.deliver(this.inbox[i]);
    } finally {
      this.inbox.length = 0;
      this.draining = false;
    }
  }

  private deliver(d: Delivery): void {
    const now = this.clock.now();
    this.decisions++;
    if (d.to === "group") {
      const state = this.groups.get(d.id);
      if (state === undefined) return;
      const out = decideGroup(state, d.event, now);
      this.groups.set(d.id, out.state);
      for (const e of out.effects) if (!this.timerEffect("group", d.id, e)) this.onGroupEffect(d.id, e as GroupEffect);
    } else {
      const state = this.agents.get(d.id);
      if (state === undefined) return;
      const out = decideAgent(state, d.event, now);
      this.agents.set(d.id, out.state);
      for (const e of out.effects) if (!this.timerEffect("agent", d.id, e)) this.onAgentEffect(d.id, e as AgentEffect);
    }
  }

  private timerEffect(to: "group" | "agent", id: string, e: GroupEffect | AgentEffect | TimerEffect): boolean {
    if (e.type !== "startTimer" && e.type !== "cancelTimer") return false;
    const key = `${to}|${id}|${e.timerId}`;
    const armed = this.timers.get(key);
    if (armed !== undefined) this.clock.clearTimeout(armed);
    this.timers.delete(key);
    if (e.type === "startTimer") {
      const timerId = e.timerId;
      const handle = this.clock.setTimeout(() => {
        this.timers.delete(key);
        const event: TimerFired = { type: "timerFired", timerId };
        this.send(to === "group" ? { to, id, event } : { to, id, event });
      }, e.fireAt - this.clock.now());
      this.timers.set(key, handle);
    }
    return true;
  }

  private after(seconds: number, fn: () => void): void {
    if (seconds <= 0) fn();
    else this.clock.setTimeout(fn, seconds * 1000);
  }

  private onGroupEffect(groupId: string, e: GroupEffect): void {
    this.observer.onGroupEffect?.(this, groupId, e);
    switch (e.type) {
      case "toAgent":
        this.send({ to: "agent", id: e.message.agentId, event: e.message });
        return;
      case "ringAgent":
        return this.ring(groupId, e.callId, e.agentId, e.reservation);
      case "cancelRing":
        this.rings.delete(`${e.callId}|${e.agentId}`);
        return;
      case "connect":
        // Without `check`, the group's answer to an agent's probe: the call stands, nothing to do.
        if (e.check === true) this.check(groupId, e.callId, e.agentId);
        return;
      case "publish":
        if (e.event.name === "callFinished") {
          const record = this.calls.get(e.event.callId);
          if (record !== undefined) {
            record.outcomes.push(e.event.outcome);
            record.waitMs = e.event.waitMs;
          }
        }
        return;
      case "routeCall":
      case "callerAudio":
        return;
    }
  }

  private onAgentEffect(agentId: string, e: AgentEffect): void {
    this.observer.onAgentEffect?.(this, agentId, e);
    if (e.type === "toGroup") {
      this.send({ to: "group", id: e.message.groupId, event: e.message });
      return;
    }
    if (e.event.name === "loggedOutForMissedCalls") this.loggedOutForMisses.push({ agentId, groupId: e.event.groupId });
    if (e.event.name === "agentState") this.trackPhase(agentId, e.event.state);
  }

  private trackPhase(agentId: string, phase: AgentPhase): void {
    const load = this.load.get(agentId);
    if (load === undefined) return;
    const now = this.clock.now();
    if (BUSY_PHASES.has(load.phase)) load.busyMs += now - load.phaseSince;
    load.phase = phase;
    load.phaseSince = now;
  }

  /** Simulated signaling: the agent answers after a delay, declines, or lets M10 run out. */
  private ring(groupId: string, callId: string, agentId: string, reservation: number): void {
    const key = `${callId}|${agentId}`;
    this.rings.set(key, reservation);
    const record = this.calls.get(callId);
    if (record !== undefined) record.firstRungAt ??= this.clock.now();
    const b = this.config.behaviour;
    const u = this.rng.next();
    if (u < b.missProbability) return;
    const declines = u < b.missProbability + b.declineProbability;
    this.after(sampleSeconds(b.answerDelay, this.rng), () => {
      if (this.rings.get(key) !== reservation) return;
      this.rings.delete(key);
      if (declines) {
        this.send({ to: "group", id: groupId, event: { type: "legFailed", callId, agentId, reason: "declined" } });
        this.send({ to: "agent", id: agentId, event: { type: "legGone", callId } });
      } else {
        this.connect(callId, agentId);
        this.send({ to: "group", id: groupId, event: { type: "legAnswered", callId, agentId, connected: true } });
      }
    });
  }

  /** As signaling does on the first 2xx (manager.ts `legAnswered`): the call is connected, then reported. */
  private connect(callId: string, agentId: string): void {
    const record = this.calls.get(callId);
    if (record !== undefined) record.answeredBy = agentId;
    const talkSeconds = sampleSeconds(this.config.handleTime, this.rng);
    const load = this.load.get(agentId);
    if (load !== undefined) {
      load.answered++;
      load.talkMs += talkSeconds * 1000;
    }
    this.talking.set(callId, agentId);
    // As signaling does (manager.ts connectedEnded): the agent's report tells the group.
    this.after(talkSeconds, () => {
      this.talking.delete(callId);
      this.send({ to: "agent", id: agentId, event: { type: "callGone", callId } });
    });
  }

  /** As signaling answers a group that lost the call (manager.ts `connect` with `check`). */
  private check(groupId: string, callId: string, agentId: string): void {
    const talking = this.talking.get(callId);
    if (talking === agentId) this.send({ to: "group", id: groupId, event: { type: "legAnswered", callId, agentId, connected: true } });
    else if (talking === undefined) this.send({ to: "group", id: groupId, event: { type: "connectedCallEnded", callId } });
  }

  private totalRate(): number {
    return this.config.groups.reduce((sum, g) => sum + g.ratePerSecond, 0);
  }

  /** Poisson arrivals: exponential gaps at the total rate, the group drawn by its share. */
  private scheduleArrival(): void {
    if (this.arrivals >= this.config.calls) return;
    const rate = this.totalRate();
    if (rate <= 0) return;
    this.clock.setTimeout(() => this.arrive(), this.rng.exponential(1 / rate) * 1000);
  }

  private arrive(): void {
    let pick = this.rng.next() * this.totalRate();
    let group = this.config.groups[0];
    for (const g of this.config.groups) {
      group = g;
      pick -= g.ratePerSecond;
      if (pick < 0) break;
    }
    const n = ++this.arrivals;
    const callId = `c${n}`;
    const now = this.clock.now();
    this.lastArrivalAt = now;
    this.calls.set(callId, { callId, groupId: group.groupId, arrivedAt: now, outcomes: [] });
    const patience = this.config.patienceMeanSeconds;
    if (patience !== undefined) {
      this.clock.setTimeout(() => {
        const record = this.calls.get(callId);
        if (record !== undefined && record.outcomes.length === 0) this.send({ to: "group", id: group.groupId, event: { type: "callerHungUp", callId } });
      }, this.rng.exponential(patience) * 1000);
    }
    this.send({ to: "group", id: group.groupId, event: { type: "callArrived", callId, caller: `+3584000${n}` } });
    if (this.arrivals >= this.config.calls) this.stopChurn();
    this.scheduleArrival();
  }

  private scheduleChurn(agentId: string): void {
    this.clock.setTimeout(() => {
      if (!this.churning) return;
      this.churn(agentId);
      this.scheduleChurn(agentId);
    }, this.rng.exponential(this.config.behaviour.churnMeanSeconds) * 1000);
  }

  /** One random change an agent could make in real life: presence, a break, leaving or rejoining a group. */
  private churn(agentId: string): void {
    const state = this.agents.get(agentId);
    const agent = this.config.agents.find((a) => a.agentId === agentId);
    if (state === undefined || agent === undefined) return;
    const u = this.rng.next();
    const cmd = (event: AgentEvent) => this.send({ to: "agent", id: agentId, event });
    if (u < 0.3) cmd({ type: "setPresence", presence: state.presence === "busy" ? "available" : "busy" });
    else if (u < 0.6) {
      if (state.phase === "onBreak") cmd({ type: "endBreak" });
      else if (state.phase === "available" || state.phase === "collecting" || state.phase === "wrapUp") cmd({ type: "startBreak" });
    } else if (agent.groups.length > 0) {
      const groupId = agent.groups[Math.floor(this.rng.next() * agent.groups.length)];
      cmd(state.groups.has(groupId) ? { type: "logout", groupId } : { type: "login", groupId });
    }
  }

  /** Arrivals are over: everyone comes back so the queue drains. */
  private stopChurn(): void {
    if (!this.churning) return;
    this.churning = false;
    for (const agent of this.config.agents) {
      const cmd = (event: AgentEvent) => this.send({ to: "agent", id: agent.agentId, event });
      const state = this.agents.get(agent.agentId);
      if (state === undefined) continue;
      if (state.phase === "onBreak") cmd({ type: "endBreak" });
      cmd({ type: "setPresence", presence: "available" });
      for (const groupId of agent.groups) if (!state.groups.has(groupId)) cmd({ type: "login", groupId });
    }
  }
}
