export type { SendToGroup, AgentNotice, AgentPublish, AgentEffect } from "../../../../lib/routing/messages.js";
