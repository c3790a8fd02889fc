import type { Destination, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { AgentId, CallId, OfferOutcome, ToAgent } from "../../../../lib/routing/protocol.js";

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
}

export type RouteReason = "noAgentsLoggedIn" | "lastMemberLeft" | "allDeclined" | "maxRingAttempts" | "queueFull" | "maxWait";

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
      readonly reason: RouteReason | "answered" | "callerHungUp";
      /** From first arrival (§3.6 overflow continuity). */
      readonly waitMs: number;
    }
  | { readonly name: "offerFinished"; readonly callId: CallId; readonly agentId: AgentId; readonly outcome: OfferOutcome }
  | { readonly name: "callCompleted"; readonly callId: CallId; readonly agentId: AgentId; readonly talkMs: number };

export interface Publish {
  readonly type: "publish";
  readonly event: GroupNotice;
}

export type GroupEffect = SendToAgent | RingAgent | CancelRing | Connect | RouteCall | CallerAudio | Publish;
