/**
 * The messages answer-group actors and agent actors exchange (SPEC §3.2).
 *
 * The agent actor is the only authority on what an agent is doing. A group keeps a
 * replica of each member's availability, fed by `agentStatus`, and uses it to pick
 * candidates; it may only ring an agent after that agent granted it a reservation.
 * An agent grants at most one reservation at a time, so it never has two offers.
 *
 * Becoming free (login, end of wrap-up or break, an offer that ended unanswered):
 * the agent solicits every group it is logged in to and grants the bid whose call
 * has waited longest (ties: better level in that call's group, then group id).
 *
 *   agent A                      group G1                   group G2
 *     |-- agentStatus(free, solicit=e) -->|                       |
 *     |-- agentStatus(free, solicit=e) ---------------------------->|
 *     |<-- bid(call c1, waitingSince t1, solicit=e) --|             |
 *     |<-- bid(call c7, waitingSince t0, solicit=e) ----------------|   t0 < t1
 *     |   (all groups replied, or COLLECT_WINDOW_MS passed)         |
 *     |-- grant(c7, reservation r, expiresAt) ----------------------->|
 *     |-- refuse(c1, reservedElsewhere) -->|                         |
 *     |                                   |           ring A's devices (M7) for M10
 *     |<-- offerEnded(c7, r, answered | missed | declined | ...) ----|
 *     |       ... on the call ...          (signaling: callGone c7)  |
 *     |-- agentStatus(wrapUp, not holding c7) ---------------------->|  G2: c7 ended
 *     |   wrap-up (M9 of G2), then free again: solicit again
 *
 * A call arriving while an agent sits free (not soliciting) makes its group send an
 * unsolicited `bid`; a free agent grants it at once (every older call elsewhere
 * would already have been bid when the agent became free), an agent that is
 * soliciting adds it to the bids it is weighing, any other agent refuses with the
 * reason, which also corrects the group's replica.
 *
 * Nothing stays stuck when a message or an actor is lost:
 * - a grant carries `expiresAt`; if no `offerEnded` arrives by then the agent frees
 *   itself and tells the group (`reservationEnded(expired)`), which cancels any leg;
 * - a group forgets an unanswered bid after BID_TIMEOUT_MS;
 * - an agent on a call probes its group every CALL_PROBE_INTERVAL_MS; a group that
 *   no longer knows the call answers `callStatus(alive=false)` and the agent is freed;
 *   one that does sends `connect` to signaling again, which reports a call it no
 *   longer has as gone (its unacknowledged `callGone` may have been lost);
 * - a connected call's end reaches its group as the agent's next report, which no
 *   longer names the call in `holding` (one message instead of a second report);
 * - signaling reports (leg failed, call ended) reach the agent actor directly too,
 *   and every handler is idempotent (stale reservation numbers are ignored);
 * - `seq` orders an agent's status reports, so a late one never overwrites a newer.
 */
import type { Presence, RingableDeviceKind } from "../documents/model.js";

export type GroupId = string;
export type AgentId = string;
export type CallId = string;

export const COLLECT_WINDOW_MS = 1_000;
export const BID_TIMEOUT_MS = 3_000;
/** Slack on top of M10 before an agent gives up on a reservation nobody closed. */
export const RESERVATION_GRACE_MS = 5_000;
export const CALL_PROBE_INTERVAL_MS = 300_000;

/** What an agent is doing, as one group sees it ("loggedOut" = not logged in to that group). */
export type Availability = "free" | "reserved" | "onCall" | "wrapUp" | "onBreak" | "loggedOut";

// ---------------------------------------------------------------- agent → group

export interface AgentStatus {
  readonly type: "agentStatus";
  readonly agentId: AgentId;
  readonly groupId: GroupId;
  /** Increases with every report of this agent; older reports are ignored. */
  readonly seq: number;
  readonly availability: Availability;
  readonly presence: Presence;
  /** M6: when the agent last became free (end of wrap-up or break, or login). */
  readonly idleSince: number;
  /** M6: no connected call since login; such agents count as longest idle. */
  readonly neverCalled: boolean;
  /** Ringable device kinds the user has; the group intersects them with M7. */
  readonly devices: readonly RingableDeviceKind[];
  /** Set when the agent just became free: the group must answer `bid` or `noBid` with it. */
  readonly solicit?: number;
  /**
   * The call of this group that holds the agent (reserved: with the reservation; on the
   * call: reservation 0). A group that lost in-memory decisions with a crash learns
   * from it where its offers stand (queue-actor restore.ts).
   */
  readonly holding?: { readonly callId: CallId; readonly reservation: number };
}

export interface Grant {
  readonly type: "grant";
  readonly agentId: AgentId;
  readonly groupId: GroupId;
  readonly callId: CallId;
  readonly reservation: number;
  readonly seq: number;
  readonly expiresAt: number;
}

export type RefuseReason = "reservedElsewhere" | "onCall" | "wrapUp" | "onBreak" | "loggedOut" | "busyPresence";

export interface Refuse {
  readonly type: "refuse";
  readonly agentId: AgentId;
  readonly groupId: GroupId;
  readonly callId: CallId;
  readonly reason: RefuseReason;
}

export interface ReservationEnded {
  readonly type: "reservationEnded";
  readonly agentId: AgentId;
  readonly groupId: GroupId;
  readonly callId: CallId;
  readonly reservation: number;
  readonly reason: "expired" | "loggedOut" | "busyPresence" | "onCall";
}

export interface CallProbe {
  readonly type: "callProbe";
  readonly agentId: AgentId;
  readonly groupId: GroupId;
  readonly callId: CallId;
}

export type ToGroup = AgentStatus | Grant | Refuse | ReservationEnded | CallProbe;

// ---------------------------------------------------------------- group → agent

/** Group settings the agent applies to an offer it grants. */
export interface OfferTerms {
  /** M10. */
  readonly ringSeconds: number;
  /** M9, used if the call ends without the group telling (signaling report). */
  readonly wrapUpSeconds: number;
  /** M11. */
  readonly autoLogoutAfterMissed: number;
  /** M5: a busy-red agent refuses. */
  readonly presenceAware: boolean;
}

export interface Bid {
  readonly type: "bid";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
  readonly callId: CallId;
  /** First arrival of the call on the platform (wait continues across overflow). */
  readonly waitingSince: number;
  /** M4 level of the agent in this group; ties between equal waits go to the better level. */
  readonly level: number;
  readonly terms: OfferTerms;
  readonly solicit?: number;
}

export interface NoBid {
  readonly type: "noBid";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
  readonly solicit: number;
}

export type OfferOutcome = "answered" | "missed" | "declined" | "busy" | "unreachable" | "cancelled" | "notNeeded";

export interface OfferEnded {
  readonly type: "offerEnded";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
  readonly callId: CallId;
  readonly reservation: number;
  readonly outcome: OfferOutcome;
}

export interface CallEnded {
  readonly type: "callEnded";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
  readonly callId: CallId;
  /** M9 of the group whose call ended, as configured now. */
  readonly wrapUpSeconds: number;
}

export interface CallStatus {
  readonly type: "callStatus";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
  readonly callId: CallId;
  /** The call is connected to this agent. */
  readonly alive: boolean;
  /** The call is still offered to this agent: its reservation stands. */
  readonly ringing: boolean;
}

/** The agent was removed from the group's members (M1): it is logged out there. */
export interface MembershipEnded {
  readonly type: "membershipEnded";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
}

/**
 * A group that just loaded does not keep its members' replicas in its record (they
 * change with every call, and the agents are the authority): it asks each member it
 * last saw logged in, and the agent answers with `agentStatus` to that group only.
 */
export interface StatusRequest {
  readonly type: "statusRequest";
  readonly groupId: GroupId;
  readonly agentId: AgentId;
}

export type ToAgent = Bid | NoBid | OfferEnded | CallEnded | CallStatus | MembershipEnded | StatusRequest;
