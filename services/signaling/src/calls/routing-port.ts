/**
 * How signaling reports to the routing actors: group events (`callArrived`,
 * `callerHungUp`, `legAnswered`, `legFailed`, `connectedCallEnded`) and the agent
 * reports (`legGone`, `callGone`). Every report carries a key derived from the call and
 * what happened, so a retried report is applied once.
 */
import { agentAddress, groupAddress, routingActorId } from "../../../../lib/routing/addresses.js";
import type { SignalingEvent, SignalingReport } from "../../../../lib/routing/messages.js";
import type { Runtime } from "../../../../lib/runtime/index.js";

export interface RoutingPort {
  tellGroup(org: string, group: string, event: SignalingEvent, key: string): Promise<void>;
  tellAgent(org: string, agent: string, report: SignalingReport, key: string): Promise<void>;
}

export function runtimeRoutingPort(runtime: Pick<Runtime, "tell">): RoutingPort {
  return {
    tellGroup: (org, group, event, key) => runtime.tell(groupAddress, routingActorId(org, group), event, { idempotencyKey: key }),
    tellAgent: (org, agent, report, key) => runtime.tell(agentAddress, routingActorId(org, agent), report, { idempotencyKey: key }),
  };
}
