/**
 * Across processes, group actors send CallCommands on `ringmesh.v1.call.<org>.<callId>`.
 * Every signaling node listens to all of them and acts only on calls it minted (the
 * node id is in the call id); the others belong to another node's dialogs. A group's
 * askHeld (on `ringmesh.v1.call.<org>`) is for every node.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import { decodeCallCommand, IDEMPOTENCY_HEADER } from "../../../../lib/routing/outbound.js";
import { PREFIX, subjects } from "../../../../lib/subjects.js";
import type { CallCommandSink } from "./bridge.js";
import { nodeOfCallId } from "./call-id.js";

export interface CommandSubscription {
  stop(): void;
}

export function subscribeCallCommands(nc: NatsConnection, sink: CallCommandSink, log: Logger): CommandSubscription {
  const sub = nc.subscribe(subjects.allCalls(), {
    callback: (err, m) => {
      if (err !== null) {
        log.warn({ err: errorMessage(err) }, "call command subscription error");
        return;
      }
      try {
        // ringmesh.v1.call.<org>.<callId>, or ringmesh.v1.call.<org> for an askHeld (every node answers)
        const org = m.subject.slice(PREFIX.length + 1).split(".")[1] ?? "";
        const { groupId, command } = decodeCallCommand(m.data);
        if (command.type !== "askHeld" && nodeOfCallId(command.callId) !== sink.nodeId) return;
        sink.deliver(org, groupId, command, m.headers?.get(IDEMPOTENCY_HEADER) ?? "");
      } catch (err) {
        log.warn({ err: errorMessage(err), subject: m.subject }, "undecodable call command dropped");
      }
    },
  });
  return { stop: () => sub.unsubscribe() };
}
