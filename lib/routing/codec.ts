/**
 * Actor messages of the routing core on the wire: domain events ⇄ the GroupEvent /
 * AgentEvent envelopes of proto/ringmesh/v1/routing.proto. The one place these
 * messages change shape; decoding checks every enumerated word, so a bad payload is
 * rejected (the runtime answers `bad_message`) instead of reaching a decider.
 *
 * Only types come from the services' domain folders, so this module (and the actor
 * kinds that use it) add no import cycle.
 */
import type { AnswerGroupSpec, Destination, Member, Presence, RingableDeviceKind } from "../documents/model.js";
import { RINGABLE_DEVICE_KINDS } from "../documents/model.js";
import { ringmesh } from "../generated/pb.js";
import type { AgentEvent, ConfigChanged, GroupDeleted, GroupEvent } from "./messages.js";
import { WireFormatError } from "./errors.js";
import type { Availability, OfferOutcome, RefuseReason } from "./protocol.js";

const pb = ringmesh.v1;

// ---------------------------------------------------------------- host-level events

/** configChanged as the host sends it: the spec plus the document version it came from. */
export interface VersionedConfig extends ConfigChanged {
  readonly version: string;
}

export interface VersionedDelete extends GroupDeleted {
  readonly version: string;
}

/** Ask-only query: the answer is a snapshot of the actor (GroupSnapshot / AgentSnapshot). */
export interface GetSnapshot {
  readonly type: "getSnapshot";
}

/** Ask-only query: the answer is the group's decision log for one call (CallExplanation). */
export interface ExplainCallQuery {
  readonly type: "explainCall";
  readonly callId: string;
}

/** Everything a group actor receives over the wire. */
export type GroupMessage = Exclude<GroupEvent, ConfigChanged | GroupDeleted> | VersionedConfig | VersionedDelete | GetSnapshot | ExplainCallQuery;

/** The User document at `version`: the agent's ringable devices and presence (M5, M7). */
export interface UserChanged {
  readonly type: "userChanged";
  readonly devices: readonly RingableDeviceKind[];
  readonly presence: Presence;
  readonly version: string;
  readonly deleted: boolean;
}

/** Everything an agent actor receives over the wire. */
export type AgentMessage = AgentEvent | UserChanged | GetSnapshot;

// ---------------------------------------------------------------- words

export const AVAILABILITIES: readonly Availability[] = ["free", "reserved", "onCall", "wrapUp", "onBreak", "loggedOut"];
export const PRESENCES: readonly Presence[] = ["available", "busy"];
const REFUSE_REASONS: readonly RefuseReason[] = ["reservedElsewhere", "onCall", "wrapUp", "onBreak", "loggedOut", "busyPresence"];
const RESERVATION_END_REASONS = ["expired", "loggedOut", "busyPresence", "onCall"] as const;
const LEG_FAIL_REASONS = ["declined", "busy", "unreachable"] as const;
const OFFER_OUTCOMES: readonly OfferOutcome[] = ["answered", "missed", "declined", "busy", "unreachable", "cancelled", "notNeeded"];

/** The value if it is one of `allowed`; a WireFormatError naming the field otherwise. */
export function word<T extends string>(value: string | null | undefined, allowed: readonly T[], field: string): T {
  const v = value ?? "";
  if (!(allowed as readonly string[]).includes(v)) throw new WireFormatError(`${field}: unknown value ${JSON.stringify(v)}`);
  return v as T;
}

export function devicesOf(values: readonly string[] | null | undefined, field = "devices"): RingableDeviceKind[] {
  return (values ?? []).map((d) => word(d, RINGABLE_DEVICE_KINDS, field));
}

/** int64 fields decode as Long when the `long` package is present; instants and counters stay below 2^53. */
export function num(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : v.toNumber();
}

function str(v: string | null | undefined): string {
  return v ?? "";
}

function need<T>(v: T | null | undefined, field: string): T {
  if (v === null || v === undefined) throw new WireFormatError(`${field}: missing`);
  return v;
}

// ---------------------------------------------------------------- AnswerGroupSpec

export function destinationFromPb(d: ringmesh.v1.Destination.$Properties | null | undefined, field: string): Destination {
  const m = need(d, field);
  switch (m.type) {
    case "group":
      return { type: "group", group: str(m.group) };
    case "user":
      return { type: "user", user: str(m.user) };
    case "voicemail":
      return { type: "voicemail", user: str(m.user) };
    case "ivr":
      return { type: "ivr", ivr: str(m.ivr) };
    case "external":
      return { type: "external", number: str(m.number) };
    case "announcement":
      return { type: "announcement", announcement: str(m.announcement) };
    case "disconnect":
      return { type: "disconnect" };
    default:
      throw new WireFormatError(`${field}.type: unknown value ${JSON.stringify(m.type)}`);
  }
}

function memberFromPb(m: ringmesh.v1.Member.$Properties): Member {
  const user = str(m.user);
  const skillLevel = m.skillLevel ?? 3;
  if (m.ringOrder === null || m.ringOrder === undefined) return { user, skillLevel };
  return { user, skillLevel, ringOrder: m.ringOrder };
}

/**
 * The config messages carry a validated spec with every field set, so absent
 * sub-messages are an error rather than a place for defaults.
 */
export function specFromPb(s: ringmesh.v1.AnswerGroupSpec.$Properties): AnswerGroupSpec {
  const on = need(s.offeredNumber, "spec.offeredNumber");
  const q = need(s.queue, "spec.queue");
  const r = need(s.routing, "spec.routing");
  const a = need(s.announcements, "spec.announcements");
  const c = need(s.callback, "spec.callback");
  return {
    type: word(s.type, ["customerService"] as const, "spec.type"),
    displayName: str(s.displayName),
    billingId: str(s.billingId),
    number: str(s.number),
    hiddenFromDirectory: s.hiddenFromDirectory ?? false,
    allowNumberDisplay: s.allowNumberDisplay ?? false,
    offeredNumber: { show: word(on.show, ["group", "caller"] as const, "spec.offeredNumber.show"), prefix: str(on.prefix), suffix: str(on.suffix) },
    schedule: str(s.schedule),
    queue: {
      maxWaitSeconds: q.maxWaitSeconds ?? 0,
      maxRingAttempts: q.maxRingAttempts ?? 0,
      maxQueueLength: q.maxQueueLength ?? 0,
      noAgentsDestination: destinationFromPb(q.noAgentsDestination, "spec.queue.noAgentsDestination"),
      overflowDestination: destinationFromPb(q.overflowDestination, "spec.queue.overflowDestination"),
    },
    routing: {
      mode: word(r.mode, ["skills", "ordered"] as const, "spec.routing.mode"),
      presenceAware: r.presenceAware ?? false,
      longestIdle: r.longestIdle ?? true,
      ringDevices: devicesOf(r.ringDevices, "spec.routing.ringDevices"),
      simultaneousAgents: r.simultaneousAgents ?? 1,
      wrapUpSeconds: r.wrapUpSeconds ?? 0,
      ringSeconds: r.ringSeconds ?? 20,
      autoLogoutAfterMissed: r.autoLogoutAfterMissed ?? 0,
    },
    members: (s.members ?? []).map(memberFromPb),
    supervisors: [...(s.supervisors ?? [])],
    announcements: {
      entry: str(a.entry),
      hold: str(a.hold),
      progress: str(a.progress),
      progressIntervalSeconds: a.progressIntervalSeconds ?? 0,
      ringbackOnOffer: a.ringbackOnOffer ?? false,
      announcePosition: a.announcePosition ?? false,
      announceEstimatedWait: a.announceEstimatedWait ?? false,
    },
    callback: {
      enabled: c.enabled ?? false,
      ringSeconds: c.ringSeconds ?? 0,
      attempts: c.attempts ?? 0,
      validityMinutes: c.validityMinutes ?? 0,
      agentMetadata: str(c.agentMetadata),
      agentAnnouncement: str(c.agentAnnouncement),
      offerAnnouncement: str(c.offerAnnouncement),
      offerAfterOpenMinutes: c.offerAfterOpenMinutes ?? 0,
      offerWhenQueuedAbove: c.offerWhenQueuedAbove ?? 0,
      offerWhenLongestWaitMinutes: c.offerWhenLongestWaitMinutes ?? 0,
      offerWhenEstimatedWaitMinutes: c.offerWhenEstimatedWaitMinutes ?? 0,
      stopBeforeCloseMinutes: c.stopBeforeCloseMinutes ?? 0,
    },
  };
}

// ---------------------------------------------------------------- group events

function groupToPb(e: GroupMessage): ringmesh.v1.GroupEvent.$Properties {
  switch (e.type) {
    case "callArrived":
      return { callArrived: { callId: e.callId, caller: e.caller, ...(e.firstArrivedAt !== undefined ? { firstArrivedAt: e.firstArrivedAt } : {}) } };
    case "callerHungUp":
      return { callerHungUp: { callId: e.callId } };
    case "legAnswered":
      return { legAnswered: { callId: e.callId, agentId: e.agentId, ...(e.connected === true ? { connected: true } : {}) } };
    case "legFailed":
      return { legFailed: { callId: e.callId, agentId: e.agentId, reason: e.reason } };
    case "connectedCallEnded":
      return { connectedCallEnded: { callId: e.callId } };
    case "signalingNodeGone":
      return { signalingNodeGone: { nodeId: e.nodeId, epoch: e.epoch } };
    case "callsHeld":
      return { callsHeld: { calls: e.calls.map((c) => ({ callId: c.callId, caller: c.caller, firstArrivedAt: c.firstArrivedAt, enqueuedAt: c.enqueuedAt })) } };
    case "configChanged":
      return { configChanged: { spec: e.spec, version: e.version } };
    case "groupDeleted":
      return { groupDeleted: { version: e.version } };
    case "getSnapshot":
      return { getSnapshot: {} };
    case "explainCall":
      return { explainCall: { callId: e.callId } };
    case "agentStatus":
      return {
        agentStatus: {
          agentId: e.agentId,
          groupId: e.groupId,
          seq: e.seq,
          availability: e.availability,
          presence: e.presence,
          idleSince: e.idleSince,
          neverCalled: e.neverCalled,
          devices: [...e.devices],
          ...(e.solicit !== undefined ? { solicit: e.solicit } : {}),
          ...(e.holding !== undefined ? { callId: e.holding.callId, reservation: e.holding.reservation } : {}),
        },
      };
    case "grant":
      return { grant: { agentId: e.agentId, groupId: e.groupId, callId: e.callId, reservation: e.reservation, seq: e.seq, expiresAt: e.expiresAt } };
    case "refuse":
      return { refuse: { agentId: e.agentId, groupId: e.groupId, callId: e.callId, reason: e.reason } };
    case "reservationEnded":
      return { reservationEnded: { agentId: e.agentId, groupId: e.groupId, callId: e.callId, reservation: e.reservation, reason: e.reason } };
    case "callProbe":
      return { callProbe: { agentId: e.agentId, groupId: e.groupId, callId: e.callId } };
  }
}

function groupFromPb(m: ringmesh.v1.GroupEvent): GroupMessage {
  switch (m.event) {
    case "callArrived": {
      const x = need(m.callArrived, "callArrived");
      const first = x.firstArrivedAt;
      return { type: "callArrived", callId: str(x.callId), caller: str(x.caller), ...(first !== null && first !== undefined ? { firstArrivedAt: num(first) } : {}) };
    }
    case "callerHungUp":
      return { type: "callerHungUp", callId: str(need(m.callerHungUp, "callerHungUp").callId) };
    case "legAnswered": {
      const x = need(m.legAnswered, "legAnswered");
      return { type: "legAnswered", callId: str(x.callId), agentId: str(x.agentId), ...(x.connected === true ? { connected: true as const } : {}) };
    }
    case "legFailed": {
      const x = need(m.legFailed, "legFailed");
      return { type: "legFailed", callId: str(x.callId), agentId: str(x.agentId), reason: word(x.reason, LEG_FAIL_REASONS, "legFailed.reason") };
    }
    case "connectedCallEnded":
      return { type: "connectedCallEnded", callId: str(need(m.connectedCallEnded, "connectedCallEnded").callId) };
    case "signalingNodeGone": {
      const x = need(m.signalingNodeGone, "signalingNodeGone");
      return { type: "signalingNodeGone", nodeId: str(x.nodeId), epoch: str(x.epoch) };
    }
    case "callsHeld": {
      const x = need(m.callsHeld, "callsHeld");
      return {
        type: "callsHeld",
        calls: (x.calls ?? []).map((c) => ({ callId: str(c.callId), caller: str(c.caller), firstArrivedAt: num(c.firstArrivedAt), enqueuedAt: num(c.enqueuedAt) })),
      };
    }
    case "configChanged": {
      const x = need(m.configChanged, "configChanged");
      return { type: "configChanged", spec: specFromPb(need(x.spec, "configChanged.spec")), version: str(x.version) };
    }
    case "groupDeleted":
      return { type: "groupDeleted", version: str(need(m.groupDeleted, "groupDeleted").version) };
    case "getSnapshot":
      return { type: "getSnapshot" };
    case "explainCall":
      return { type: "explainCall", callId: str(need(m.explainCall, "explainCall").callId) };
    case "agentStatus": {
      const x = need(m.agentStatus, "agentStatus");
      const solicit = x.solicit;
      return {
        type: "agentStatus",
        agentId: str(x.agentId),
        groupId: str(x.groupId),
        seq: num(x.seq),
        availability: word(x.availability, AVAILABILITIES, "agentStatus.availability"),
        presence: word(x.presence, PRESENCES, "agentStatus.presence"),
        idleSince: num(x.idleSince),
        neverCalled: x.neverCalled ?? false,
        devices: devicesOf(x.devices, "agentStatus.devices"),
        ...(solicit !== null && solicit !== undefined ? { solicit: num(solicit) } : {}),
        ...(x.callId !== null && x.callId !== undefined && x.callId !== "" ? { holding: { callId: x.callId, reservation: num(x.reservation) } } : {}),
      };
    }
    case "grant": {
      const x = need(m.grant, "grant");
      return {
        type: "grant",
        agentId: str(x.agentId),
        groupId: str(x.groupId),
        callId: str(x.callId),
        reservation: num(x.reservation),
        seq: num(x.seq),
        expiresAt: num(x.expiresAt),
      };
    }
    case "refuse": {
      const x = need(m.refuse, "refuse");
      return { type: "refuse", agentId: str(x.agentId), groupId: str(x.groupId), callId: str(x.callId), reason: word(x.reason, REFUSE_REASONS, "refuse.reason") };
    }
    case "reservationEnded": {
      const x = need(m.reservationEnded, "reservationEnded");
      return {
        type: "reservationEnded",
        agentId: str(x.agentId),
        groupId: str(x.groupId),
        callId: str(x.callId),
        reservation: num(x.reservation),
        reason: word(x.reason, RESERVATION_END_REASONS, "reservationEnded.reason"),
      };
    }
    case "callProbe": {
      const x = need(m.callProbe, "callProbe");
      return { type: "callProbe", agentId: str(x.agentId), groupId: str(x.groupId), callId: str(x.callId) };
    }
    default:
      throw new WireFormatError("GroupEvent: no event set");
  }
}

export function encodeGroupMessage(e: GroupMessage): Uint8Array {
  return pb.GroupEvent.encode(groupToPb(e)).finish();
}

export function decodeGroupMessage(b: Uint8Array): GroupMessage {
  return groupFromPb(pb.GroupEvent.decode(b));
}

// ---------------------------------------------------------------- agent events

function agentToPb(e: AgentMessage): ringmesh.v1.AgentEvent.$Properties {
  switch (e.type) {
    case "login":
      return { login: { groupId: e.groupId } };
    case "logout":
      return { logout: { groupId: e.groupId } };
    case "setPresence":
      return { setPresence: { presence: e.presence } };
    case "startBreak":
      return { startBreak: {} };
    case "endBreak":
      return { endBreak: {} };
    case "endWrapUp":
      return { endWrapUp: {} };
    case "devicesChanged":
      return { devicesChanged: { devices: [...e.devices] } };
    case "legGone":
      return { legGone: { callId: e.callId } };
    case "callGone":
      return { callGone: { callId: e.callId } };
    case "userChanged":
      return { userChanged: { devices: [...e.devices], presence: e.presence, version: e.version, deleted: e.deleted } };
    case "getSnapshot":
      return { getSnapshot: {} };
    case "bid":
      return {
        bid: {
          groupId: e.groupId,
          agentId: e.agentId,
          callId: e.callId,
          waitingSince: e.waitingSince,
          level: e.level,
          terms: { ...e.terms },
          ...(e.solicit !== undefined ? { solicit: e.solicit } : {}),
        },
      };
    case "noBid":
      return { noBid: { groupId: e.groupId, agentId: e.agentId, solicit: e.solicit } };
    case "offerEnded":
      return { offerEnded: { groupId: e.groupId, agentId: e.agentId, callId: e.callId, reservation: e.reservation, outcome: e.outcome } };
    case "callEnded":
      return { callEnded: { groupId: e.groupId, agentId: e.agentId, callId: e.callId, wrapUpSeconds: e.wrapUpSeconds } };
    case "callStatus":
      return { callStatus: { groupId: e.groupId, agentId: e.agentId, callId: e.callId, alive: e.alive, ringing: e.ringing } };
    case "membershipEnded":
      return { membershipEnded: { groupId: e.groupId, agentId: e.agentId } };
    case "statusRequest":
      return { statusRequest: { groupId: e.groupId, agentId: e.agentId } };
  }
}

function agentFromPb(m: ringmesh.v1.AgentEvent): AgentMessage {
  switch (m.event) {
    case "login":
      return { type: "login", groupId: str(need(m.login, "login").groupId) };
    case "logout":
      return { type: "logout", groupId: str(need(m.logout, "logout").groupId) };
    case "setPresence":
      return { type: "setPresence", presence: word(need(m.setPresence, "setPresence").presence, PRESENCES, "setPresence.presence") };
    case "startBreak":
      return { type: "startBreak" };
    case "endBreak":
      return { type: "endBreak" };
    case "endWrapUp":
      return { type: "endWrapUp" };
    case "devicesChanged":
      return { type: "devicesChanged", devices: devicesOf(need(m.devicesChanged, "devicesChanged").devices, "devicesChanged.devices") };
    case "legGone":
      return { type: "legGone", callId: str(need(m.legGone, "legGone").callId) };
    case "callGone":
      return { type: "callGone", callId: str(need(m.callGone, "callGone").callId) };
    case "userChanged": {
      const x = need(m.userChanged, "userChanged");
      return {
        type: "userChanged",
        devices: devicesOf(x.devices, "userChanged.devices"),
        presence: word(x.presence, PRESENCES, "userChanged.presence"),
        version: str(x.version),
        deleted: x.deleted ?? false,
      };
    }
    case "getSnapshot":
      return { type: "getSnapshot" };
    case "bid": {
      const x = need(m.bid, "bid");
      const t = need(x.terms, "bid.terms");
      const solicit = x.solicit;
      return {
        type: "bid",
        groupId: str(x.groupId),
        agentId: str(x.agentId),
        callId: str(x.callId),
        waitingSince: num(x.waitingSince),
        level: x.level ?? 0,
        terms: {
          ringSeconds: t.ringSeconds ?? 0,
          wrapUpSeconds: t.wrapUpSeconds ?? 0,
          autoLogoutAfterMissed: t.autoLogoutAfterMissed ?? 0,
          presenceAware: t.presenceAware ?? false,
        },
        ...(solicit !== null && solicit !== undefined ? { solicit: num(solicit) } : {}),
      };
    }
    case "noBid": {
      const x = need(m.noBid, "noBid");
      return { type: "noBid", groupId: str(x.groupId), agentId: str(x.agentId), solicit: num(x.solicit) };
    }
    case "offerEnded": {
      const x = need(m.offerEnded, "offerEnded");
      return {
        type: "offerEnded",
        groupId: str(x.groupId),
        agentId: str(x.agentId),
        callId: str(x.callId),
        reservation: num(x.reservation),
        outcome: word(x.outcome, OFFER_OUTCOMES, "offerEnded.outcome"),
      };
    }
    case "callEnded": {
      const x = need(m.callEnded, "callEnded");
      return { type: "callEnded", groupId: str(x.groupId), agentId: str(x.agentId), callId: str(x.callId), wrapUpSeconds: x.wrapUpSeconds ?? 0 };
    }
    case "callStatus": {
      const x = need(m.callStatus, "callStatus");
      return { type: "callStatus", groupId: str(x.groupId), agentId: str(x.agentId), callId: str(x.callId), alive: x.alive ?? false, ringing: x.ringing ?? false };
    }
    case "membershipEnded": {
      const x = need(m.membershipEnded, "membershipEnded");
      return { type: "membershipEnded", groupId: str(x.groupId), agentId: str(x.agentId) };
    }
    case "statusRequest": {
      const x = need(m.statusRequest, "statusRequest");
      return { type: "statusRequest", groupId: str(x.groupId), agentId: str(x.agentId) };
    }
    default:
      throw new WireFormatError("AgentEvent: no event set");
  }
}

export function encodeAgentMessage(e: AgentMessage): Uint8Array {
  return pb.AgentEvent.encode(agentToPb(e)).finish();
}

export function decodeAgentMessage(b: Uint8Array): AgentMessage {
  return agentFromPb(pb.AgentEvent.decode(b));
}
