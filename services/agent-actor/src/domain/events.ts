import type { Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { CallId, GroupId, ToAgent } from "../../../../lib/routing/protocol.js";

/** Commands from the agent, a supervisor (M2) or an integration, through the API. */
export type AgentCommand =
  | { readonly type: "login"; readonly groupId: GroupId }
  | { readonly type: "logout"; readonly groupId: GroupId }
  | { readonly type: "setPresence"; readonly presence: Presence }
  | { readonly type: "startBreak" }
  | { readonly type: "endBreak" }
  | { readonly type: "devicesChanged"; readonly devices: readonly RingableDeviceKind[] };

/** Signaling reports sent straight to the agent, so it is freed even if its group is silent. */
export type SignalingReport =
  /** The offer to this agent ended without an answer (failed, cancelled). */
  | { readonly type: "legGone"; readonly callId: CallId }
  /** The connected call this agent was on ended. */
  | { readonly type: "callGone"; readonly callId: CallId };

export type AgentEvent = AgentCommand | SignalingReport | ToAgent;
