import type { AgentId, CallId } from "../../../../lib/routing/protocol.js";

/**
 * Timer ids of the group actor. Agent ids are safe tokens; call ids come from
 * signaling and may contain anything, so they always come last.
 */
export type GroupTimer =
  | { readonly kind: "maxWait"; readonly callId: CallId }
  | { readonly kind: "progress"; readonly callId: CallId }
  | { readonly kind: "ring"; readonly agentId: AgentId; readonly callId: CallId }
  | { readonly kind: "bid"; readonly agentId: AgentId; readonly callId: CallId }
  | { readonly kind: "check"; readonly callId: CallId }
  | { readonly kind: "sync" };

export const maxWaitTimer = (callId: CallId): string => `maxWait::${callId}`;
export const progressTimer = (callId: CallId): string => `progress::${callId}`;
export const ringTimer = (agentId: AgentId, callId: CallId): string => `ring:${agentId}:${callId}`;
/** A check on a call an agent named and the group does not have (adoption.ts). */
export const checkTimer = (callId: CallId): string => `check::${callId}`;
export const bidTimer = (agentId: AgentId, callId: CallId): string => `bid:${agentId}:${callId}`;
/** Members that have not answered the status request of a load are asked again (restore.ts). */
export const SYNC_TIMER = "sync::";

export function parseGroupTimer(timerId: string): GroupTimer | undefined {
  const first = timerId.indexOf(":");
  const second = timerId.indexOf(":", first + 1);
  if (first < 0 || second < 0) return undefined;
  const kind = timerId.slice(0, first);
  const agentId = timerId.slice(first + 1, second);
  const callId = timerId.slice(second + 1);
  switch (kind) {
    case "maxWait":
    case "progress":
    case "check":
      return { kind, callId };
    case "ring":
    case "bid":
      return { kind, agentId, callId };
    case "sync":
      return { kind };
    default:
      return undefined;
  }
}
