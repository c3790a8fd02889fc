import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import type { AhtState } from "../../../../lib/routing/ewt.js";
import type { AgentId, Availability, CallId } from "../../../../lib/routing/protocol.js";
import { decodeState } from "../../../../lib/routing/snapshot.js";
import type { Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { LogEntry } from "./log-entry.js";
import { syncMembers } from "./members.js";
import { createGroupStateShell, type GroupState, type MemberView, type QueuedCall } from "./state.js";

/**
 * A member's replica as one array: a group writes every member on every commit, so the
 * field names are not repeated per member. [agentId, member, level, ringOrder (-1: none),
 * availability, presence, idleSince, neverCalled, devices, seq].
 */
type MemberRow = [AgentId, 0 | 1, number, number, Availability, Presence, number, 0 | 1, readonly RingableDeviceKind[], number];

/**
 * What a group writes on every commit: only what cannot be rebuilt, as plain JSON (no
 * replacer: `JSON.stringify`'s native path is several times faster, and the record is
 * written up to four times per call). The free-agent tiers and per-reason counts are
 * indexes over `members` (rebuilt on load); the decision log of calls that already left
 * is diagnostic history kept in memory only; a waiting call's own log is persisted with it.
 */
export interface PersistedGroup {
  readonly v: 2;
  readonly groupId: string;
  readonly spec: AnswerGroupSpec;
  readonly rng: number;
  readonly aht: AhtState;
  readonly members: readonly MemberRow[];
  readonly asked: readonly [AgentId, CallId][];
  readonly queue: readonly CallId[];
  readonly calls: readonly QueuedCall[];
  readonly log: readonly [CallId, LogEntry[]][];
}

const row = (m: MemberView): MemberRow => [m.agentId, m.member ? 1 : 0, m.level, m.ringOrder ?? -1, m.availability, m.presence, m.idleSince, m.neverCalled ? 1 : 0, m.devices, m.seq];

function view(r: MemberRow): MemberView {
  const [agentId, member, level, ringOrder, availability, presence, idleSince, neverCalled, devices, seq] = r;
  return { agentId, member: member === 1, level, ...(ringOrder >= 0 ? { ringOrder } : {}), availability, presence, idleSince, neverCalled: neverCalled === 1, devices, seq };
}

export function toPersistedGroup(state: GroupState): PersistedGroup {
  return {
    v: 2,
    groupId: state.groupId,
    spec: state.spec,
    rng: state.rng,
    aht: state.aht,
    members: [...state.members.values()].map(row),
    asked: [...state.asked],
    queue: state.queue,
    calls: [...state.calls.values()],
    log: [...state.log].filter(([callId]) => state.calls.has(callId)),
  };
}

export function fromPersistedGroup(p: PersistedGroup): GroupState {
  const state = createGroupStateShell(p.groupId, p.spec, p.rng);
  state.aht = p.aht;
  state.members = new Map(p.members.map((r) => [r[0], view(r)]));
  state.asked = new Map(p.asked);
  state.queue = [...p.queue];
  state.calls = new Map(p.calls.map((c) => [c.callId, c]));
  state.log = new Map(p.log);
  syncMembers(state);
  return state;
}

export function encodeGroupState(state: GroupState): string {
  return JSON.stringify(toPersistedGroup(state));
}

/** Reads both the compact record and the one written before it (encodeState JSON with tagged Maps). */
export function decodeGroupState(json: string): GroupState {
  const parsed = JSON.parse(json) as { v?: number };
  if (parsed.v === 2) return fromPersistedGroup(parsed as PersistedGroup);
  const state = decodeState(json) as GroupState;
  syncMembers(state);
  return state;
}
