export type { AgentCommand, SignalingReport, AgentEvent } from "../../../../lib/routing/messages.js";
