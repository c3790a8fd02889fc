/** Agent actor: the decider that owns one agent's state across all of its groups. */
export { decideAgent } from "./src/domain/decide.js";
export { createAgentState, encodeAgentState, decodeAgentState } from "./src/domain/state.js";
export type { AgentState, Membership, Reservation, ActiveCall, Collection } from "./src/domain/state.js";
export { moveAgent, type AgentPhase } from "./src/domain/fsm.js";
export { betterBid } from "./src/domain/bids.js";
export { resync } from "./src/domain/offers.js";
export type { AgentEvent, AgentCommand, SignalingReport } from "./src/domain/events.js";
export type { AgentEffect, AgentNotice, AgentPublish, SendToGroup } from "./src/domain/effects.js";
export { createAgentKind, decideAgentActor, agentSnapshot, agentCommandReply, encodeAgentActorState, decodeAgentActorState } from "./src/kind.js";
export type { AgentActorState, AgentHostEffect, AgentKindDeps } from "./src/kind.js";
export { agentActorService } from "./src/module.js";
