/**
 * How one routing actor addresses the other kind: kind names and event encoders. Actor
 * ids are `<org>.<name>` (lib/subjects.ts actorId); messages inside carry the names.
 */
import type { Addressable } from "../runtime/index.js";
import { actorId } from "../subjects.js";
import { encodeAgentMessage, encodeGroupMessage, type AgentMessage, type GroupMessage } from "./codec.js";

export const GROUP_KIND = "group";
export const AGENT_KIND = "agent";

export const groupAddress: Addressable<GroupMessage> = { kind: GROUP_KIND, codec: { encodeEvent: encodeGroupMessage } };
export const agentAddress: Addressable<AgentMessage> = { kind: AGENT_KIND, codec: { encodeEvent: encodeAgentMessage } };

/** `acme.support` → { org: "acme", name: "support" }; ids are always two tokens here. */
export function splitActorId(id: string): { org: string; name: string } {
  const dot = id.indexOf(".");
  if (dot <= 0 || dot !== id.lastIndexOf(".")) throw new Error(`routing actor id must be <org>.<name>: ${JSON.stringify(id)}`);
  return { org: id.slice(0, dot), name: id.slice(dot + 1) };
}

export const routingActorId = (org: string, name: string): string => actorId(org, name);
