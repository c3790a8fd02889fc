import type { Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { AgentId, Bid, CallId, GroupId, OfferTerms } from "../../../../lib/routing/protocol.js";
import { decodeState, encodeState } from "../../../../lib/routing/snapshot.js";
import type { AgentPhase } from "./fsm.js";

/** Per group the agent is logged in to. */
export interface Membership {
  /** M11: consecutive offers from this group that timed out unanswered. */
  misses: number;
  /** When the agent logged in to this group; absent in states written before it was kept. */
  since?: number;
}

/** The one reservation an agent may hold (one offer at a time, SPEC §3.2). */
export interface Reservation {
  readonly id: number;
  readonly groupId: GroupId;
  readonly callId: CallId;
  readonly terms: OfferTerms;
  /** Its timer ran out once and the group was asked where the offer stands (`onReservationExpired`). */
  readonly probed?: boolean;
}

export interface ActiveCall {
  readonly groupId: GroupId;
  readonly callId: CallId;
  /** M9 of the group, in case the call ends by a signaling report rather than the group. */
  readonly wrapUpSeconds: number;
}

/** Bids being weighed after the agent became free. */
export interface Collection {
  readonly epoch: number;
  /** Groups that have not answered the solicitation yet. */
  awaiting: GroupId[];
  /** At most one bid per group, the latest. */
  bids: Bid[];
}

export interface AgentState {
  readonly agentId: AgentId;
  phase: AgentPhase;
  /**
   * When the agent's state as people see it last changed: a change of availability
   * (status.ts availabilityOf), or logging in to a first group or out of the last.
   * Moving between available and collecting keeps it. Absent in older states.
   */
  stateSince?: number;
  /** M9: when the current wrap-up ends by itself; set while the phase is wrapUp. */
  wrapUpEndsAt?: number;
  presence: Presence;
  devices: RingableDeviceKind[];
  groups: Map<GroupId, Membership>;
  /** M6: when the agent last became free. */
  idleSince: number;
  /** M6: no connected call since the agent logged in. */
  neverCalled: boolean;
  /** Orders this agent's status reports (protocol.ts). */
  seq: number;
  lastReservation: number;
  lastEpoch: number;
  collection?: Collection;
  reservation?: Reservation;
  /**
   * The last reservation that ended without a call. Signaling connects a call on its
   * first 2xx, so an answer can cross the offer's end (M10, a revocation): the group then
   * says the call is alive here (`callStatus`), and this is the offer it names.
   */
  endedOffer?: Reservation;
  call?: ActiveCall;
}

export function createAgentState(agentId: AgentId, devices: readonly RingableDeviceKind[], presence: Presence = "available"): AgentState {
  return {
    agentId,
    phase: "available",
    presence,
    devices: [...devices],
    groups: new Map(),
    idleSince: 0,
    neverCalled: true,
    seq: 0,
    lastReservation: 0,
    lastEpoch: 0,
  };
}

export function encodeAgentState(state: AgentState): string {
  return encodeState(state);
}

export function decodeAgentState(json: string): AgentState {
  return decodeState(json) as AgentState;
}
