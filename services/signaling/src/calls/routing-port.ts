/**
 * How signaling reports to the routing actors: group events (`callArrived`,
 * `callerHungUp`, `legAnswered`, `legFailed`, `connectedCallEnded`) and the agent
 * reports (`legGone`, `callGone`). Every report carries a key derived from the call and
 * what happened, so a retried report is applied once.
 *
 * `tell…` resolves after the actor's commit and is retried until then; `post…` costs one
 * bus message instead of two and resolves unless the receiver refused it (runtime `post`),
 * so it is only for reports whose loss the protocol repairs (manager.ts says how, per report).
 *
 * `arrive` is the one ask: the group's answer, which a call needs anyway (it says the group
 * took the call, and admission control times it), carries what the group first tells
 * signaling about it, the caller's entry audio (queue-actor kind.ts `arrivalAnswer`), so
 * that is not a message of its own. The group does not write the arrival: this node holds
 * the call and tells a group that lost it (`callsHeld`, queue-actor held.ts).
 */
import { agentAddress, groupAddress, routingActorId } from "../../../../lib/routing/addresses.js";
import type { CallArrived, SignalingEvent, SignalingReport } from "../../../../lib/routing/messages.js";
import { decodeCallCommand, type CallCommand } from "../../../../lib/routing/outbound.js";
import type { Runtime } from "../../../../lib/runtime/index.js";

export interface RoutingPort {
  /** Resolves after the group's commit with the command its answer carries, if any. */
  arrive(org: string, group: string, event: CallArrived, key: string): Promise<CallCommand | undefined>;
  tellGroup(org: string, group: string, event: Exclude<SignalingEvent, CallArrived>, key: string): Promise<void>;
  tellAgent(org: string, agent: string, report: SignalingReport, key: string): Promise<void>;
  postGroup(org: string, group: string, event: SignalingEvent, key: string): Promise<void>;
  postAgent(org: string, agent: string, report: SignalingReport, key: string): Promise<void>;
}

export function runtimeRoutingPort(runtime: Pick<Runtime, "ask" | "tell" | "post">): RoutingPort {
  return {
    arrive: async (org, group, event, key) => {
      const answer = await runtime.ask(groupAddress, routingActorId(org, group), event, { idempotencyKey: key });
      if (answer === undefined || answer.length === 0) return undefined;
      try {
        return decodeCallCommand(answer).command;
      } catch {
        // The call is taken either way; an answer this node cannot read (a newer group's, in a
        // rolling upgrade) costs the caller its entry audio, not the call.
        return undefined;
      }
    },
    tellGroup: (org, group, event, key) => runtime.tell(groupAddress, routingActorId(org, group), event, { idempotencyKey: key }),
    tellAgent: (org, agent, report, key) => runtime.tell(agentAddress, routingActorId(org, agent), report, { idempotencyKey: key }),
    postGroup: (org, group, event, key) => runtime.post(groupAddress, routingActorId(org, group), event, { idempotencyKey: key }),
    postAgent: (org, agent, report, key) => runtime.post(agentAddress, routingActorId(org, agent), report, { idempotencyKey: key }),
  };
}
