import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import type { AgentId, CallId, ToGroup } from "../../../../lib/routing/protocol.js";

/** Signaling: a call reached the group number and the group is open. */
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

export type SignalingEvent = CallArrived | CallerHungUp | LegAnswered | LegFailed | ConnectedCallEnded;
export type GroupEvent = SignalingEvent | ConfigChanged | ToGroup;
