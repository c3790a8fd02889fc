/**
 * The answer group as a virtual actor (kind `group`, id `<org>.<group>`): the pure
 * decider wrapped with what hosting adds.
 *
 * Config: a group starts with no spec, and its record keeps none (persist.ts). The
 * first decision after every load asks the ConfigSource (effect `fetchConfig`); the
 * answer comes back as configChanged or groupDeleted, and a loaded group is restored
 * with it (restore.ts). Events and timers arriving before it wait in `pending` and
 * are replayed right after it, in order. Later changes come from the node's ConfigFeeder.
 *
 * Deletion: the domain routes waiting calls to Q2 (reason groupDeleted) and logs
 * members out; what is left is a tombstone that answers late messages (a new call is
 * rejected as for an unknown number, solicitations get noBid, probes `alive: false`)
 * and keeps no timers, so it passivates. Re-creating the group starts it afresh.
 *
 * Effects: `toAgent` → the agent actor; ringAgent/cancelRing/connect/routeCall/
 * callerAudio (and rejectCall) → SignalingPort, except an arriving call's entry audio,
 * which is the answer to its `callArrived` (`ArrivalAnswer`); `publish` → metrics and the
 * EventPublisher.
 * Keys are derived from the committed revision and the effect's position, so a
 * repeated effect carries the same key.
 */
import type { AnswerGroupSpec } from "../../../lib/documents/model.js";
import type { Logger } from "../../../lib/log.js";
import { agentAddress, GROUP_KIND, routingActorId, splitActorId } from "../../../lib/routing/addresses.js";
import { decodeGroupMessage, encodeGroupMessage, type GroupMessage } from "../../../lib/routing/codec.js";
import type { ConfigSource } from "../../../lib/routing/config.js";
import type { GroupMetrics } from "../../../lib/routing/metrics.js";
import type { EventPublisher } from "../../../lib/routing/events.js";
import { encodeCallCommand, type RejectCall, type SignalingPort } from "../../../lib/routing/outbound.js";
import type { CallerAudio } from "../../../lib/routing/messages.js";
import type { ToAgent } from "../../../lib/routing/protocol.js";
import { ringmesh } from "../../../lib/generated/pb.js";
import type { ActorKind, EffectContext, TimerEffect, TimerFired } from "../../../lib/runtime/index.js";
import { createGroupState, decideGroup } from "./domain/decide.js";
import type { GroupEffect, GroupNotice } from "./domain/effects.js";
import type { GroupEvent } from "./domain/events.js";
import { decodeLegacyGroupState, fromGroupRecordV2, presentOf, recordCalls, toGroupRecord, type GroupRecord, type GroupRecordV2 } from "./domain/persist.js";
import { presentCount } from "./domain/members.js";
import { askHeld } from "./domain/held.js";
import { restoreGroup } from "./domain/restore.js";
import { roundsStarted, type GroupState, type QueuedCall } from "./domain/state.js";
import { callExplanation } from "./explanation.js";

/** Events kept while the first spec is fetched; beyond this the oldest are dropped (store down for long). */
export const MAX_PENDING = 500;

export interface GroupActorState {
  readonly org: string;
  readonly name: string;
  /** resourceVersion of the document applied; "" before the first one. */
  readonly version: string;
  readonly deleted: boolean;
  readonly group: GroupState | undefined;
  /** Loaded from the store, waiting for its spec to be restored (restore.ts); `group` is undefined meanwhile. */
  readonly restored?: GroupRecord;
  readonly pending: readonly (GroupEvent | TimerFired)[];
}

type FetchConfig = { readonly type: "fetchConfig" };
/**
 * The entry audio of a call decided on its arrival, carried by the answer to signaling's
 * `callArrived` ask (`reply`) instead of a command of its own: signaling waits for that
 * answer anyway, so this saves a message per call. Audio decided later (a replay after
 * the spec came back, progress, ringback) goes out as a command.
 */
type ArrivalAnswer = { readonly type: "arrivalAnswer"; readonly audio: CallerAudio };
export type GroupHostEffect = GroupEffect | RejectCall | FetchConfig | ArrivalAnswer;

export interface GroupKindDeps {
  readonly config: ConfigSource;
  readonly signaling: SignalingPort;
  readonly events: EventPublisher;
  readonly metrics: GroupMetrics;
  readonly logger: Logger;
}

/** Seed for M6-off random picks: stable per group, different across groups. */
function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h | 0;
}

/** A deleted group still answers, so agents and callers are not left waiting for timeouts. */
function tombstone(state: GroupActorState, e: GroupEvent | TimerFired): GroupHostEffect[] {
  const toAgent = (message: ToAgent): GroupHostEffect => ({ type: "toAgent", message });
  const groupId = state.name;
  switch (e.type) {
    case "callArrived":
      return [{ type: "rejectCall", callId: e.callId, reason: "groupDeleted" }];
    case "agentStatus": {
      const out: GroupHostEffect[] = [];
      if (e.availability !== "loggedOut") out.push(toAgent({ type: "membershipEnded", groupId, agentId: e.agentId }));
      if (e.solicit !== undefined) out.push(toAgent({ type: "noBid", groupId, agentId: e.agentId, solicit: e.solicit }));
      return out;
    }
    case "grant":
      return [toAgent({ type: "offerEnded", groupId, agentId: e.agentId, callId: e.callId, reservation: e.reservation, outcome: "notNeeded" })];
    case "callProbe":
      return [toAgent({ type: "callStatus", groupId, agentId: e.agentId, callId: e.callId, alive: false, ringing: false })];
    default:
      return [];
  }
}

type Out = (GroupHostEffect | TimerEffect)[];

function applyConfig(state: GroupActorState, spec: AnswerGroupSpec, version: string, now: number, out: Out): GroupActorState {
  if (state.group !== undefined && !state.deleted) {
    if (version === state.version) return state;
    out.push(...decideGroup(state.group, { type: "configChanged", spec }, now).effects);
    return { ...state, version };
  }
  let group: GroupState;
  if (state.restored !== undefined && !state.deleted) {
    const effects: (GroupEffect | TimerEffect)[] = [];
    group = restoreGroup(state.restored, spec, version !== state.version, { now, effects });
    out.push(...effects);
  } else {
    // No record: new, or its owner died before anything of it was written (held.ts).
    group = createGroupState(state.name, spec, seedOf(`${state.org}.${state.name}`));
    const effects: (GroupEffect | TimerEffect)[] = [];
    askHeld(group, { now, effects });
    out.push(...effects);
  }
  for (const e of state.pending) out.push(...decideGroup(group, e, now).effects);
  return { org: state.org, name: state.name, version, deleted: false, group, pending: [] };
}

/**
 * A group deleted while it was not loaded has no spec to route its waiting calls by
 * (Q2 went with the document): they are rejected as for an unknown number. Members an
 * older record names by id are told; a v5 record names them against the document, gone
 * now, and they learn it from the tombstone's answer to their next report (`tombstone`).
 */
function dropRestored(state: GroupActorState, record: GroupRecord, out: Out): void {
  for (const callId of record.queue) out.push({ type: "rejectCall", callId, reason: "groupDeleted" });
  for (const agentId of presentOf(record, undefined) ?? []) out.push({ type: "toAgent", message: { type: "membershipEnded", groupId: state.name, agentId } });
}

function applyDelete(state: GroupActorState, version: string, now: number, out: Out): GroupActorState {
  if (state.deleted) return state.version === version ? state : { ...state, version };
  if (state.group !== undefined) out.push(...decideGroup(state.group, { type: "groupDeleted" }, now).effects);
  else if (state.restored !== undefined) dropRestored(state, state.restored, out);
  const tomb: GroupActorState = { org: state.org, name: state.name, version, deleted: true, group: undefined, pending: [] };
  for (const e of state.pending) if (e.type !== "timerFired") out.push(...tombstone(tomb, e));
  return tomb;
}

/** Effects that may leave unwritten: losing them with a crash costs a retry, never a call. */
function replayable(e: GroupHostEffect | TimerEffect): boolean {
  switch (e.type) {
    case "publish":
    case "startTimer":
    case "cancelTimer":
      return true;
    case "toAgent":
      return e.message.type === "bid" || e.message.type === "noBid";
    default:
      return false;
  }
}

/**
 * Whether a decision must be written before it is answered and its effects leave
 * (lib/runtime/decider.ts `durable`). What a group must not lose is a call: its leaving
 * (to Q2/Q6, abandoned, ended by signaling's report) and its timers are written. Its
 * arrival is not, when all it does is queue the call (answer, bid, timers, notices): the
 * signaling node that holds the call tells a group that lost it (held.ts), and a write
 * there would cost every call a bus message.
 * A connected call is not in the record at all: a loaded group learns it back
 * from its agent and signaling (adoption.ts), so its end by the agent's report (agents.ts)
 * is not written either. Who rings and who answered is not: the agent writes its
 * reservation, and a loaded group learns from its members' first reports which of its
 * calls hold them (restore.ts reconcile), so a grant and an answer are in memory until
 * the next write (the call's end, deferred, shares it).
 * An agent's report or refusal is written only when it logs a member in (the record's
 * `presentBits` are whom a loaded group asks; a stale extra one only costs a request) or
 * changed more than bids: a bid lost with a crash is repaired by the protocol (the
 * agent's grant is released as not needed and it solicits again).
 */
function isDurable(event: GroupMessage | TimerFired, out: Out, joined: boolean): boolean {
  switch (event.type) {
    case "grant":
    case "legAnswered":
      return false;
    case "callArrived":
    case "callsHeld":
      return !out.every((e) => replayable(e) || e.type === "arrivalAnswer" || e.type === "callerAudio");
    case "agentStatus":
    case "refuse":
      return joined || !out.every(replayable);
    default:
      return true;
  }
}

/** A logged-out member's report that it is logged in: the one replica change the record keeps. */
function joins(group: GroupState, event: GroupMessage | TimerFired): boolean {
  if (event.type !== "agentStatus" || event.availability === "loggedOut") return false;
  return group.members.get(event.agentId)?.availability === "loggedOut";
}

/**
 * How long the group's deferrable writes wait for company (lib/runtime/kind.ts
 * `commitDelayMs`): the end of a call and its agent's free report arrive within a few
 * milliseconds of each other, and under load many more decisions share the write.
 */
export const GROUP_COMMIT_DELAY_MS = 20;

/**
 * Decisions nobody waits for (decider.ts `deferrable`): the end of a connected call, unless
 * it bids for a waiting call or commands signaling. Signaling does not wait for its
 * answer; the agent's free report that follows writes both at once. Agents' reports are
 * not deferred: an agent's later messages to the group queue behind the answer.
 */
function isDeferrable(event: GroupMessage | TimerFired, out: Out): boolean {
  return event.type === "connectedCallEnded" && out.every((e) => e.type === "publish" || (e.type === "toAgent" && e.message.type === "callEnded"));
}

/** The arriving call's entry audio goes into the answer to its arrival (`ArrivalAnswer`). */
function answered(event: GroupMessage | TimerFired, e: GroupEffect | TimerEffect): GroupHostEffect | TimerEffect {
  return event.type === "callArrived" && e.type === "callerAudio" && e.callId === event.callId ? { type: "arrivalAnswer", audio: e } : e;
}

/** The hosting decider. `loaded` marks states fresh from the store: their first decision refetches the document. */
export function decideGroupActor(loaded: WeakSet<object>) {
  /**
   * Whether the effects may leave before the write (lib/runtime/decider.ts `early`): a
   * call's arrival and an agent's report, when every effect is one the protocol repairs if
   * it is lost or repeated. The agent writes its reservation before its grant leaves, so
   * ringing still follows one write, and none of these commands a phone:
   * - `bid`: lost (the write landed, the node died before it left), the bid times out and
   *   the call is offered again, or a loaded group's status requests solicit again;
   *   repeated (the write failed; the sender retries and it is decided again), an agent
   *   reserved for that call ignores it; sent for a decision whose write never landed,
   *   the agent's grant meets a group that has no such bid and is released as notNeeded.
   * - `publish`: a notice for metrics and supervisors (countNotice, EventPublisher): lost or
   *   counted twice only when a write fails or the node dies, as an outbox re-run already
   *   counts it twice; no routing depends on it.
   * - `callerAudio`: states what the caller hears next, so a repeat restarts a prompt and a
   *   loss leaves the current audio (ringback) until the next one; signaling does not
   *   play media yet.
   * - start/cancel timer: state, written with the decision, never released early.
   * Anything else (ringAgent, routeCall, rejectCall, other agent messages, fetchConfig)
   * waits for the write as before.
   */
  const early = (event: GroupMessage | TimerFired, out: Out): boolean =>
    (event.type === "callArrived" || event.type === "agentStatus") &&
    out.every(
      (e) =>
        e.type === "publish" ||
        e.type === "callerAudio" ||
        e.type === "arrivalAnswer" ||
        e.type === "startTimer" ||
        e.type === "cancelTimer" ||
        (e.type === "toAgent" && e.message.type === "bid"),
    );
  return (state: GroupActorState, event: GroupMessage | TimerFired, now: number): { state: GroupActorState; effects: Out; durable?: boolean; deferrable?: boolean; early?: boolean } => {
    const out: Out = [];
    const fresh = loaded.delete(state);
    if (fresh && event.type !== "configChanged" && event.type !== "groupDeleted") out.push({ type: "fetchConfig" });
    let next: GroupActorState;
    switch (event.type) {
      case "getSnapshot":
      case "explainCall":
        return { state, effects: out };
      case "configChanged":
        next = applyConfig(state, event.spec, event.version, now, out);
        break;
      case "groupDeleted":
        next = applyDelete(state, event.version, now, out);
        break;
      default:
        if (state.deleted) {
          out.push(...tombstone(state, event));
          next = state;
        } else if (state.group === undefined) {
          // A new group has no timers; a restored one keeps its calls' timers until its spec is back.
          if (event.type === "timerFired" && state.restored === undefined) return { state, effects: out };
          if (!fresh && state.pending.length === 0) out.push({ type: "fetchConfig" });
          next = { ...state, pending: [...state.pending.slice(-(MAX_PENDING - 1)), event] };
        } else {
          const joined = joins(state.group, event);
          for (const e of decideGroup(state.group, event, now).effects) out.push(answered(event, e));
          // The domain updates `group` in place; a new outer object makes the runtime look at it (it writes only changed bytes).
          return { state: { ...state }, effects: out, durable: isDurable(event, out, joined), deferrable: isDeferrable(event, out), early: early(event, out) };
        }
    }
    return { state: next === state ? { ...state } : next, effects: out };
  };
}

// ---------------------------------------------------------------- persistence

interface Persisted {
  readonly org: string;
  readonly name: string;
  readonly version: string;
  readonly deleted: boolean;
  /** persist.ts GroupRecord; v2 kept the spec and replicas; before v2 a string (snapshot.ts JSON, escaped once more). */
  readonly group: GroupRecord | GroupRecordV2 | string | null;
  readonly pending: readonly (GroupEvent | TimerFired)[];
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Plain JSON around the domain's compact record (persist.ts); the protobuf schema covers messages only. */
export function encodeGroupActorState(s: GroupActorState): Uint8Array {
  const group = s.group !== undefined ? toGroupRecord(s.group) : (s.restored ?? null);
  const p: Persisted = { org: s.org, name: s.name, version: s.version, deleted: s.deleted, group, pending: s.pending };
  return enc.encode(JSON.stringify(p));
}

export function decodeGroupActorState(b: Uint8Array): GroupActorState {
  const p = JSON.parse(dec.decode(b)) as Persisted;
  const base = { org: p.org, name: p.name, version: p.version, deleted: p.deleted, pending: p.pending };
  if (p.group === null) return { ...base, group: undefined };
  if (typeof p.group === "string") return { ...base, group: decodeLegacyGroupState(p.group) };
  if (p.group.v === 2) return { ...base, group: fromGroupRecordV2(p.group) };
  return { ...base, group: undefined, restored: p.group };
}

// ---------------------------------------------------------------- snapshot (ask)

/** Waiting calls in queue order, then connected ones. */
function callsOf(queue: readonly string[], all: Iterable<QueuedCall>): QueuedCall[] {
  const byId = new Map([...all].map((c) => [c.callId, c]));
  return [...queue.flatMap((id) => byId.get(id) ?? []), ...[...byId.values()].filter((c) => c.phase === "connected")];
}

export function groupSnapshot(s: GroupActorState): ringmesh.v1.GroupSnapshot.$Properties {
  const g = s.group;
  if (g === undefined) {
    // Loaded but its spec not back yet: the calls as written; members and settings follow the spec.
    const r = s.restored;
    return { groupId: s.name, version: s.version, deleted: s.deleted, ...(r !== undefined ? { calls: callsOf(r.queue, recordCalls(r)).map(callView) } : {}) };
  }
  return {
    groupId: s.name,
    version: s.version,
    deleted: s.deleted,
    calls: callsOf(g.queue, g.calls.values()).map(callView),
    // seq 0: the agent never reported, so its presence in the replica is a placeholder.
    members: [...g.members.values()].filter((m) => m.member).map((m) => ({ agentId: m.agentId, availability: m.availability, presence: m.seq > 0 ? m.presence : "" })),
    ringSeconds: g.spec.routing.ringSeconds,
    maxWaitSeconds: g.spec.queue.maxWaitSeconds,
  };
}

function callView(c: QueuedCall): ringmesh.v1.QueuedCallView.$Properties {
  return {
    callId: c.callId,
    caller: c.caller,
    phase: c.phase,
    arrivedAt: c.arrivedAt,
    enqueuedAt: c.enqueuedAt,
    rounds: roundsStarted(c),
    ringing: c.legs.map((l) => l.agentId),
    agentId: c.agentId ?? "",
  };
}

// ---------------------------------------------------------------- effects

function noticeFields(groupId: string, n: GroupNotice) {
  switch (n.name) {
    case "callQueued":
      return { name: n.name, groupId, callId: n.callId };
    case "callFinished":
      return { name: n.name, groupId, callId: n.callId, outcome: n.outcome, reason: n.reason, waitMs: n.waitMs };
    case "offerFinished":
      return { name: n.name, groupId, callId: n.callId, agentId: n.agentId, outcome: n.outcome };
    case "callCompleted":
      return { name: n.name, groupId, callId: n.callId, agentId: n.agentId, talkMs: n.talkMs };
  }
}

function countNotice(metrics: GroupMetrics, org: string, group: string, n: GroupNotice): void {
  if (n.name === "callQueued") metrics.offered(org, group);
  if (n.name !== "callFinished") return;
  // Calls turned away on arrival were never queued, yet they were offered to the group.
  if (n.reason === "noAgentsLoggedIn" || n.reason === "queueFull") metrics.offered(org, group);
  metrics.finished(org, group, n.outcome, n.reason, n.waitMs);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchAndTell(kind: ActorKind<GroupActorState, GroupMessage, GroupHostEffect>, deps: GroupKindDeps, ctx: EffectContext): Promise<void> {
  const { org, name } = splitActorId(ctx.self.id);
  for (let attempt = 1; ; attempt++) {
    try {
      const cfg = await deps.config.group(org, name);
      const message: GroupMessage = cfg === undefined ? { type: "groupDeleted", version: "" } : { type: "configChanged", spec: cfg.spec, version: cfg.version };
      await ctx.tell(kind, ctx.self.id, message);
      return;
    } catch (err) {
      if (attempt >= 5) {
        ctx.logger.error({ err }, "could not load the group's document; it is fetched again on the next load");
        return;
      }
      await sleep(200 * 2 ** attempt);
    }
  }
}

export function runGroupEffects(kind: ActorKind<GroupActorState, GroupMessage, GroupHostEffect>, deps: GroupKindDeps) {
  return async (effects: readonly GroupHostEffect[], ctx: EffectContext): Promise<void> => {
    const { org, name } = splitActorId(ctx.self.id);
    const base = ctx.commit;
    const tasks: Promise<void>[] = [];
    for (const [i, e] of effects.entries()) {
      switch (e.type) {
        case "toAgent":
          // Unacknowledged: bid timeouts, reservation expiry, probes and the resync on load repair a lost one.
          ctx.post(agentAddress, routingActorId(org, e.message.agentId), e.message);
          break;
        case "publish":
          countNotice(deps.metrics, org, name, e.event);
          deps.events.publish(org, noticeFields(name, e.event), `${base}:${i}`);
          break;
        case "fetchConfig":
          tasks.push(fetchAndTell(kind, deps, ctx));
          break;
        case "arrivalAnswer":
          // Left with the answer to callArrived (reply).
          break;
        default:
          deps.signaling.send(org, name, e, `${base}:${i}`);
      }
    }
    await Promise.all(tasks);
  };
}

export function createGroupKind(deps: GroupKindDeps): ActorKind<GroupActorState, GroupMessage, GroupHostEffect> {
  const loaded = new WeakSet<object>();
  const decide = decideGroupActor(loaded);
  const kind: ActorKind<GroupActorState, GroupMessage, GroupHostEffect> = {
    kind: GROUP_KIND,
    commitDelayMs: GROUP_COMMIT_DELAY_MS,
    // A group reloaded with members logged in asks each of them for its state (restore.ts),
    // waking every one of their actors: cheaper to stay active while anyone is logged in.
    // Connected calls are in memory only (adoption.ts): a group holding some stays.
    keepActive: (s) => s.group !== undefined && (presentCount(s.group) > 0 || s.group.calls.size > 0),
    initial(id) {
      const { org, name } = splitActorId(id);
      const s: GroupActorState = { org, name, version: "", deleted: false, group: undefined, pending: [] };
      loaded.add(s);
      return s;
    },
    decide(state, event, now) {
      const d = decide(state, event, now);
      const id = `${d.state.org}.${d.state.name}`;
      if (d.state.group !== undefined) deps.metrics.live.seen(id, d.state.org, d.state.name, d.state.group);
      else deps.metrics.live.forget(id);
      return d;
    },
    codec: {
      encodeEvent: encodeGroupMessage,
      decodeEvent: decodeGroupMessage,
      encodeState: encodeGroupActorState,
      decodeState(b) {
        const s = decodeGroupActorState(b);
        loaded.add(s);
        return s;
      },
    },
    reply(decision, event) {
      if (event.type === "callArrived") {
        const answer = decision.effects.find((e) => e.type === "arrivalAnswer");
        return answer === undefined ? undefined : encodeCallCommand(decision.state.name, answer.audio);
      }
      if (event.type === "getSnapshot") return ringmesh.v1.GroupSnapshot.encode(groupSnapshot(decision.state)).finish();
      if (event.type === "explainCall") {
        const s = decision.state;
        return ringmesh.v1.CallExplanation.encode(callExplanation(s.name, s.group, event.callId)).finish();
      }
      return undefined;
    },
  };
  const run = runGroupEffects(kind, deps);
  return { ...kind, effects: run };
}
