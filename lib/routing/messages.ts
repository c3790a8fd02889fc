/**
 * The message and effect types of the two routing deciders (group and agent), kept in
 * lib/ so the wire codec and the hosting code can name them without importing a
 * service (the domain folders re-export them).
 */
import type { AnswerGroupSpec, Destination, Presence, RingableDeviceKind } from "../documents/model.js";
import type { AgentId, CallId, GroupId, OfferOutcome, ToAgent, ToGroup } from "./protocol.js";

/** What one agent is doing, across all of its groups (diagram in services/agent-actor/src/domain/fsm.ts). */
export type AgentPhase = "available" | "collecting" | "reserved" | "onCall" | "wrapUp" | "onBreak";

// ---------------------------------------------------------------- group events

/**
 * Signaling: a call reached the group number and the group is open. Asked, not told: the
 * answer carries the call's entry audio (queue-actor kind.ts `ArrivalAnswer`).
 */
export interface CallArrived {
  readonly type: "callArrived";
  readonly callId: CallId;
  readonly caller: string;
  /** First arrival on the platform when the call overflowed here from another group (§3.6). */
  readonly firstArrivedAt?: number;
}

/** Signaling: the caller hung up before being connected. */
export interface CallerHungUp {
  readonly type: "callerHungUp";
  readonly callId: CallId;
}

/** Signaling: one device of an offered agent answered (M7: the first answer wins). */
export interface LegAnswered {
  readonly type: "legAnswered";
  readonly callId: CallId;
  readonly agentId: AgentId;
  /**
   * Signaling connected the call on this answer, as it does since it stopped waiting for
   * the group. Absent from an older node in a rolling upgrade: that one waits for `connect`.
   */
  readonly connected?: true;
}

/** Signaling: every device of an offered agent failed. Not a miss (§3.6 M11). */
export interface LegFailed {
  readonly type: "legFailed";
  readonly callId: CallId;
  readonly agentId: AgentId;
  readonly reason: "declined" | "busy" | "unreachable";
}

/** Signaling: a connected call ended (either side hung up). */
export interface ConnectedCallEnded {
  readonly type: "connectedCallEnded";
  readonly callId: CallId;
}

/** The group's document changed; the next decision uses the new spec (live config). */
export interface ConfigChanged {
  readonly type: "configChanged";
  readonly spec: AnswerGroupSpec;
}

/** The group's document was deleted: nothing of the group keeps running (SPEC §2). */
export interface GroupDeleted {
  readonly type: "groupDeleted";
}

/**
 * The cluster: the signaling node that minted these calls (its id and run are in every
 * call id) is gone, so nobody holds their dialogs any more. Waiting calls count as
 * abandoned, connected calls as ended. Repeats change nothing.
 */
export interface SignalingNodeGone {
  readonly type: "signalingNodeGone";
  readonly nodeId: string;
  /** The run of that node (its CallIdMinter epoch); calls of other runs are not touched. */
  readonly epoch: string;
}

/** One call a signaling node holds waiting at the group (`CallsHeld`). */
export interface HeldCall {
  readonly callId: CallId;
  readonly caller: string;
  /** First arrival on the platform (§3.6: an overflowed call keeps it). */
  readonly firstArrivedAt: number;
  /** When signaling announced the call to this group: its place in the queue and its Q1. */
  readonly enqueuedAt: number;
}

/**
 * Signaling: calls it holds waiting at this group. Its answer to the group's `askHeld`,
 * and what it tells every group holding its waiting calls when a host of groups leaves.
 * A group writes nothing when a call arrives, so a group back after its owner died learns
 * its waiting calls from here (queue-actor held.ts).
 */
export interface CallsHeld {
  readonly type: "callsHeld";
  readonly calls: readonly HeldCall[];
}

export type SignalingEvent = CallArrived | CallerHungUp | LegAnswered | LegFailed | ConnectedCallEnded | CallsHeld;
export type GroupEvent = SignalingEvent | ConfigChanged | GroupDeleted | ToGroup | SignalingNodeGone;

// ---------------------------------------------------------------- group effects

export interface SendToAgent {
  readonly type: "toAgent";
  readonly message: ToAgent;
}

/** What one device shows while it rings (G7). */
export interface DeviceOffer {
  readonly kind: RingableDeviceKind;
  /** The number shown: caller or group number per G7, with its prefix or suffix. */
  readonly from: string;
  /** Desktop softphones also show where the call comes from, so they get both numbers. */
  readonly group?: { readonly number: string; readonly name: string };
}

/** Ring every listed device of a reserved agent at once (M7 parallel fork) for M10. */
export interface RingAgent {
  readonly type: "ringAgent";
  readonly callId: CallId;
  readonly agentId: AgentId;
  readonly reservation: number;
  readonly devices: readonly DeviceOffer[];
  readonly ringSeconds: number;
  /** G3: legs that leave the platform (mobile devices through the trunk) are billed to it. */
  readonly billingId: string;
}

export type CancelRingReason = "answeredElsewhere" | "timeout" | "callerHungUp" | "revoked" | "routedAway";

export interface CancelRing {
  readonly type: "cancelRing";
  readonly callId: CallId;
  readonly agentId: AgentId;
  readonly reason: CancelRingReason;
}

export interface Connect {
  readonly type: "connect";
  readonly callId: CallId;
  readonly agentId: AgentId;
  /**
   * The group does not hold the call (connected calls are not in its record) and an agent
   * says it does: signaling answers `legAnswered` while this agent holds the call, and
   * `connectedCallEnded` (to the group only) once it is gone.
   */
  readonly check?: true;
}

export type RouteReason = "noAgentsLoggedIn" | "lastMemberLeft" | "allDeclined" | "maxRingAttempts" | "queueFull" | "maxWait" | "groupDeleted";

/** Send the call out of the queue: Q2 (no agents, Q3) or Q6 (Q4, Q1). */
export interface RouteCall {
  readonly type: "routeCall";
  readonly callId: CallId;
  readonly setting: "Q2" | "Q6";
  readonly destination: Destination;
  readonly reason: RouteReason;
  /** G3: charged if the destination leaves the platform. */
  readonly billingId: string;
}

export type Prompt =
  | { readonly kind: "announcement"; readonly name: string }
  | { readonly kind: "position"; readonly position: number }
  | { readonly kind: "estimatedWait"; readonly minutes: number; readonly confident: boolean };

/** What the caller hears next: the prompts in order, then a steady background. */
export interface CallerAudio {
  readonly type: "callerAudio";
  readonly callId: CallId;
  readonly play: readonly Prompt[];
  readonly then: { readonly kind: "hold"; readonly name: string } | { readonly kind: "ringback" } | { readonly kind: "silence" };
}

export type CallOutcome = "answered" | "abandoned" | "overflowed" | "timedOut" | "noAgents";

/** Events for metrics and supervisors; only `outcome` and `reason` are meant as labels. */
export type GroupNotice =
  | { readonly name: "callQueued"; readonly callId: CallId }
  | {
      readonly name: "callFinished";
      readonly callId: CallId;
      readonly outcome: CallOutcome;
      /** `answeredLate`: the answer crossed the offer's end (M10, a revocation) and signaling connected it anyway. */
      readonly reason: RouteReason | "answered" | "answeredLate" | "callerHungUp";
      /** From first arrival (§3.6 overflow continuity). */
      readonly waitMs: number;
    }
  | { readonly name: "offerFinished"; readonly callId: CallId; readonly agentId: AgentId; readonly outcome: OfferOutcome }
  | { readonly name: "callCompleted"; readonly callId: CallId; readonly agentId: AgentId; readonly talkMs: number };

export interface Publish {
  readonly type: "publish";
  readonly event: GroupNotice;
}

/**
 * A group just loaded asks every signaling node which of its calls they hold waiting
 * (answered with `callsHeld`): its arrivals are not written (queue-actor kind.ts
 * isDurable). The only command about no one call: it goes to every node (`heldCallsAsk`).
 */
export interface AskHeld {
  readonly type: "askHeld";
}

export type GroupEffect = SendToAgent | RingAgent | CancelRing | Connect | RouteCall | CallerAudio | AskHeld | Publish;

// ---------------------------------------------------------------- agent events

/** Commands from the agent, a supervisor (M2) or an integration, through the API. */
export type AgentCommand =
  | { readonly type: "login"; readonly groupId: GroupId }
  | { readonly type: "logout"; readonly groupId: GroupId }
  | { readonly type: "setPresence"; readonly presence: Presence }
  | { readonly type: "startBreak" }
  | { readonly type: "endBreak" }
  /** M9: the agent is done with its wrap-up before M9 ran out and takes calls again. */
  | { readonly type: "endWrapUp" }
  | { readonly type: "devicesChanged"; readonly devices: readonly RingableDeviceKind[] };

/** Signaling reports sent straight to the agent, so it is freed even if its group is silent. */
export type SignalingReport =
  /** The offer to this agent ended without an answer (failed, cancelled). */
  | { readonly type: "legGone"; readonly callId: CallId }
  /** The connected call this agent was on ended. */
  | { readonly type: "callGone"; readonly callId: CallId };

export type AgentEvent = AgentCommand | SignalingReport | ToAgent;

// ---------------------------------------------------------------- agent effects

export interface SendToGroup {
  readonly type: "toGroup";
  readonly message: ToGroup;
}

/** Events for the API and metrics; `state` is a bounded label. */
export type AgentNotice =
  | { readonly name: "agentState"; readonly agentId: AgentId; readonly state: AgentPhase }
  /** M11: the agent is told it was logged out of a group (§3.6). */
  | { readonly name: "loggedOutForMissedCalls"; readonly agentId: AgentId; readonly groupId: GroupId; readonly misses: number };

export interface AgentPublish {
  readonly type: "publish";
  readonly event: AgentNotice;
}

export type AgentEffect = SendToGroup | AgentPublish;
