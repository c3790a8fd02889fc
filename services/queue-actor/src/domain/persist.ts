import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import type { AhtState } from "../../../../lib/routing/ewt.js";
import type { AgentId, Availability, CallId } from "../../../../lib/routing/protocol.js";
import { decodeState } from "../../../../lib/routing/snapshot.js";
import type { Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { LogEntry } from "./log-entry.js";
import { syncMembers } from "./members.js";
import { createGroupStateShell, newCall, setCalls, type GroupState, type MemberView, type QueuedCall } from "./state.js";

/**
 * What a group writes on every commit (v5): its waiting calls and who was logged in,
 * as plain JSON (no replacer: `JSON.stringify`'s native path is several times faster).
 * Neither the spec nor the members' replicas: both are O(members) and would make every
 * write of a large group large, while the spec is fetched on every load anyway and the
 * agents are the authority on their own state; a loaded group asks the members listed
 * as present (`presentBits`, restore.ts). The free-agent tiers and per-reason counts are indexes,
 * rebuilt on load. The decision log (`call explain`) is diagnostic history kept in memory
 * only: a waiting call gains an entry (up to ~1 KB with named skips) per candidate pick,
 * so with the logs the record of a busy large group passed the server's 1 MiB message
 * limit (bench:sip, 600 agents at 2x load), after which the group could not write at
 * all. After a fail-over a call's explanation starts with the new owner's decisions.
 * Nor the connected calls (v5): a busy group holds calls/s × talk time of them, and they
 * made the record's size, the node's JSON work and the server's file writes grow with the
 * load squared; at 100 CPS with 3 min calls their 18,000 rows pass the 1 MiB limit. A
 * loaded group learns them back from the agents on them and signaling (adoption.ts).
 */
/** A connected call as written: what its end and the snapshot read ([callId, caller, arrivedAt, enqueuedAt, agentId, connectedAt, rounds]). */
export type ConnectedRow = readonly [CallId, string, number, number, AgentId, number, number];

export interface GroupRecord {
  readonly v: 3 | 4 | 5;
  readonly groupId: string;
  readonly rng: number;
  readonly aht: AhtState;
  /** Before v5: members logged in (or not yet confirmed) when written, asked for their state on load. */
  readonly present?: readonly AgentId[];
  /**
   * v5: the same members as a bitset over the spec's `members`, base64 (`presentOf`). Ids
   * made every write grow with the members logged in: ~11 KB at 900 agents, most of what
   * the group sent to NATS per call. The bitset is 152 bytes.
   */
  readonly presentBits?: string;
  readonly asked: readonly [AgentId, CallId][];
  readonly queue: readonly CallId[];
  /** Waiting calls, whole (v3: every call). */
  readonly calls: readonly QueuedCall[];
  /** v4 only: connected calls as rows (records written since v5 have none). */
  readonly connected?: readonly ConnectedRow[];
  /** Written empty since the logs left the record; records that have them still load them. */
  readonly log?: readonly [CallId, LogEntry[]][];
}

export function toGroupRecord(state: GroupState): GroupRecord {
  const index = memberIndex(state.spec);
  const bits = new Uint8Array(Math.ceil(state.spec.members.length / 8));
  for (const m of state.members.values()) {
    const i = m.member && m.availability !== "loggedOut" ? index.get(m.agentId) : undefined;
    if (i !== undefined) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  }
  const calls: QueuedCall[] = [];
  for (const c of state.calls.values()) if (c.phase !== "connected") calls.push(c);
  return { v: 5, groupId: state.groupId, rng: state.rng, aht: state.aht, presentBits: Buffer.from(bits).toString("base64"), asked: [...state.asked], queue: state.queue, calls };
}

const indexes = new WeakMap<AnswerGroupSpec, Map<AgentId, number>>();

/** Position of each member in the spec's `members`, computed once per spec. */
function memberIndex(spec: AnswerGroupSpec): Map<AgentId, number> {
  let index = indexes.get(spec);
  if (index === undefined) {
    index = new Map(spec.members.map((m, i) => [m.user, i]));
    indexes.set(spec, index);
  }
  return index;
}

/**
 * The members a record names as logged in. A v5 bitset reads only against the spec it
 * was written with (the same document version): undefined without it.
 */
export function presentOf(record: GroupRecord, sameSpec: AnswerGroupSpec | undefined): readonly AgentId[] | undefined {
  if (record.presentBits === undefined) return record.present ?? [];
  if (sameSpec === undefined) return undefined;
  const bits = Buffer.from(record.presentBits, "base64");
  return sameSpec.members.flatMap((m, i) => (((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0 ? [m.user] : []));
}

/** Every call of a record, a v4 record's connected ones rebuilt from their rows. */
export function recordCalls(record: GroupRecord): QueuedCall[] {
  const connected = (record.connected ?? []).map(([callId, caller, arrivedAt, enqueuedAt, agentId, connectedAt, rounds]) =>
    newCall({ callId, caller, arrivedAt, enqueuedAt, phase: "connected", rounds, agentId, connectedAt }),
  );
  return [...record.calls, ...connected];
}

// ---------------------------------------------------------------- records written before v3

/** [agentId, member, level, ringOrder (-1: none), availability, presence, idleSince, neverCalled, devices, seq]. */
type MemberRow = [AgentId, 0 | 1, number, number, Availability, Presence, number, 0 | 1, readonly RingableDeviceKind[], number];

/** v2 kept the spec and every member's replica in the record. */
export interface GroupRecordV2 extends Omit<GroupRecord, "v" | "present" | "presentBits" | "log" | "connected"> {
  readonly v: 2;
  readonly spec: AnswerGroupSpec;
  readonly members: readonly MemberRow[];
  readonly log: readonly [CallId, LogEntry[]][];
}

function view(r: MemberRow): MemberView {
  const [agentId, member, level, ringOrder, availability, presence, idleSince, neverCalled, devices, seq] = r;
  return { agentId, member: member === 1, level, ...(ringOrder >= 0 ? { ringOrder } : {}), availability, presence, idleSince, neverCalled: neverCalled === 1, devices, seq };
}

export function fromGroupRecordV2(p: GroupRecordV2): GroupState {
  const state = createGroupStateShell(p.groupId, p.spec, p.rng);
  state.aht = p.aht;
  state.members = new Map(p.members.map((r) => [r[0], view(r)]));
  state.asked = new Map(p.asked);
  state.queue = [...p.queue];
  setCalls(state, p.calls);
  state.log = new Map(p.log);
  syncMembers(state);
  return state;
}

/** The record written before v2: snapshot.ts JSON with tagged Maps, as a string. */
export function decodeLegacyGroupState(json: string): GroupState {
  const parsed = JSON.parse(json) as { v?: number };
  if (parsed.v === 2) return fromGroupRecordV2(parsed as GroupRecordV2);
  const state = decodeState(json) as GroupState;
  state.syncRound = 0;
  state.heldUntil = 0;
  state.checking = new Map();
  state.goneRuns = [];
  setCalls(state, [...state.calls.values()]);
  syncMembers(state);
  return state;
}
