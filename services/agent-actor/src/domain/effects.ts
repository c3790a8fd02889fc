import type { AgentId, GroupId, ToGroup } from "../../../../lib/routing/protocol.js";
import type { AgentPhase } from "./fsm.js";

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
