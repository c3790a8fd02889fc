import type { AnswerGroupSpec, Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { AhtState } from "../../../../lib/routing/ewt.js";
import { initialAht } from "../../../../lib/routing/ewt.js";
import type { AgentId, Availability, CallId } from "../../../../lib/routing/protocol.js";
import type { CallPhase } from "./call-fsm.js";
import type { LogEntry } from "./log-entry.js";
import type { MemberReason } from "./member-reason.js";

export type { MemberReason } from "./member-reason.js";

/**
 * What the group knows of a member's availability: as reported, or `unknown` after a
 * load until the agent answered the group's statusRequest (restore.ts). An unknown
 * member counts as reachable but is not offered calls.
 */
export type MemberAvailability = Availability | "unknown";

/** The group's replica of one agent, as last reported by the agent actor. */
export interface MemberView {
  readonly agentId: AgentId;
  /** False once the member left the config (M1) while still finishing a call. */
  member: boolean;
  /** M4. */
  level: number;
  /** M3. */
  ringOrder?: number;
  availability: MemberAvailability;
  presence: Presence;
  idleSince: number;
  neverCalled: boolean;
  devices: readonly RingableDeviceKind[];
  seq: number;
}

/** One ringing leg of the current round: a reserved agent whose M7 devices ring. */
export interface Leg {
  readonly agentId: AgentId;
  readonly reservation: number;
}

/**
 * An entry of the queue. Only live calls exist today; callback requests (C1–C12)
 * will join this union with `kind: "callbackRequest"` and keep their place in `queue`.
 */
export interface QueuedCall {
  readonly kind: "call";
  readonly callId: CallId;
  readonly caller: string;
  /** First arrival on the platform: the wait reported and compared across groups. */
  readonly arrivedAt: number;
  /** When it joined this group's queue: Q1 counts from here. */
  readonly enqueuedAt: number;
  phase: CallPhase;
  /** Offer rounds that ended unanswered (Q3); see roundsStarted for the number people are shown. */
  rounds: number;
  legs: Leg[];
  /** Agents asked for a reservation that have not answered yet. */
  bids: AgentId[];
  /** Agents rung in the current pass over the routing order (§3.6); cleared when it starts again. */
  tried: AgentId[];
  /** Agents that declined, were busy or unreachable: skipped for the rest of this call. */
  excluded: AgentId[];
  /** Q1 passed while a leg rang: no new round, Q6 once the ringing legs end. */
  maxWaitReached: boolean;
  /** Set once connected. */
  agentId?: AgentId;
  connectedAt?: number;
  /** Connected before this load and learnt back from its agent (adoption.ts): caller and times unknown. */
  adopted?: true;
}

/** A call with no routing history yet: `queued` on arrival; `connected` from a v4 record's row or an adoption. */
export function newCall(c: Pick<QueuedCall, "callId" | "caller" | "arrivedAt" | "enqueuedAt" | "phase"> & Partial<Pick<QueuedCall, "rounds" | "agentId" | "connectedAt" | "adopted">>): QueuedCall {
  return { kind: "call", rounds: 0, legs: [], bids: [], tried: [], excluded: [], maxWaitReached: false, ...c };
}

/** A call an agent says it holds here that this group does not have, being asked about (adoption.ts). */
export interface OpenCheck {
  readonly agentId: AgentId;
  /** The agent reported itself reserved for the call, under this reservation (held.ts). */
  readonly reservation?: number;
  attempts: number;
}

/**
 * Rounds started, counting the one in progress (agents asked or ringing): the 1-based
 * `round` the decision log gives an offer, and what group status shows, so the two agree.
 */
export function roundsStarted(call: QueuedCall): number {
  return call.rounds + (call.legs.length > 0 || call.bids.length > 0 ? 1 : 0);
}

/**
 * Answer-group actor state: data only (maps, arrays, numbers), persisted by
 * persist.ts. `tiers`, `counts` and `reachable` are indexes over `members`, kept in
 * step by `members.ts` so a decision never scans every agent or call.
 */
export interface GroupState {
  readonly groupId: string;
  spec: AnswerGroupSpec;
  /** Seed for M6-off random choice; advanced by every random draw. */
  rng: number;
  members: Map<AgentId, MemberView>;
  /** Free, offerable members by tier (M4 level, or M3 ordered/unordered), each in routing order. */
  tiers: AgentId[][];
  /** Members (in config) per reason, plus `free`. */
  counts: Record<MemberReason | "free", number>;
  /** Agents this group has a bid out to or a reservation from, and for which call. */
  asked: Map<AgentId, CallId>;
  /** Waiting calls (queued or offering), in the order they joined this group. */
  queue: CallId[];
  calls: Map<CallId, QueuedCall>;
  /** Index over `calls`: the connected call each agent answered here (`indexCalls` after a load). */
  connectedBy: Map<AgentId, CallId>;
  /** Calls being asked about after an agent named them (adoption.ts); in memory only. */
  checking: Map<CallId, OpenCheck>;
  /** Signaling runs reported gone since the load, [nodeId, epoch], newest last (a few): a check on their calls ends at once. */
  goneRuns: [string, string][];
  aht: AhtState;
  log: Map<CallId, LogEntry[]>;
  /** Finished calls whose log is still kept, oldest first. */
  logRetired: CallId[];
  /** Status requests sent since the load (restore.ts); 0 once every member answered or was given up. */
  syncRound: number;
  /** Until when signaling's `callsHeld` is taken (held.ts); in memory only. */
  heldUntil: number;
}

export function emptyCounts(): Record<MemberReason | "free", number> {
  return { free: 0, loggedOut: 0, busyPresence: 0, noRingableDevice: 0, onBreak: 0, wrapUp: 0, onCall: 0, reservedElsewhere: 0, unconfirmed: 0 };
}

/** Sets `calls` and the index over it. */
export function setCalls(state: GroupState, calls: Iterable<QueuedCall>): void {
  state.calls = new Map();
  state.connectedBy = new Map();
  for (const c of calls) {
    state.calls.set(c.callId, c);
    if (c.phase === "connected" && c.agentId !== undefined) state.connectedBy.set(c.agentId, c.callId);
  }
}

export function createGroupStateShell(groupId: string, spec: AnswerGroupSpec, seed: number): GroupState {
  return {
    groupId,
    spec,
    rng: seed | 0,
    members: new Map(),
    tiers: [],
    counts: emptyCounts(),
    asked: new Map(),
    queue: [],
    calls: new Map(),
    connectedBy: new Map(),
    checking: new Map(),
    goneRuns: [],
    aht: initialAht(),
    log: new Map(),
    logRetired: [],
    syncRound: 0,
    heldUntil: 0,
  };
}
