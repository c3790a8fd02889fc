/**
 * The SignalingPort the group actors use when signaling may run in the same process.
 * Commands for calls this node's signaling holds (the node id is in the call id) are
 * handed over in-process; any other command goes out as a CallCommand on the call's
 * subject, where the node that holds the call picks it up (`commands.ts`); a group's
 * askHeld goes out for every node. `ringmesh
 * start` builds one bridge and gives it to both the queue-actor and signaling modules.
 */
import { natsPublisher, nullPublisher, subjectSignalingPort, type CallCommand, type SignalingPort } from "../../../../lib/routing/outbound.js";
import type { NodeContext } from "../../../../lib/service.js";
import { nodeOfCallId } from "./call-id.js";

export interface CallCommandSink {
  readonly nodeId: string;
  /** Never throws; `key` identifies the effect (a resend carries the same key). */
  deliver(org: string, groupId: string, command: CallCommand, key: string): void;
}

export class CallCommandBridge {
  private sink: CallCommandSink | undefined;

  attach(sink: CallCommandSink): void {
    this.sink = sink;
  }

  detach(sink: CallCommandSink): void {
    if (this.sink === sink) this.sink = undefined;
  }

  /** The factory `createQueueActorService({ signaling })` takes. */
  readonly port = (ctx: Pick<NodeContext, "nc">): SignalingPort => {
    const remote = subjectSignalingPort(ctx.nc !== undefined ? natsPublisher(ctx.nc) : nullPublisher);
    // Without NATS every call is this process's own, whatever its id looks like.
    const embedded = ctx.nc === undefined;
    return {
      send: (org, groupId, command, key) => {
        const sink = this.sink;
        // An askHeld is for every node, this one included through its subscription (commands.ts).
        const local = embedded || (command.type !== "askHeld" && nodeOfCallId(command.callId) === sink?.nodeId);
        if (sink !== undefined && local) sink.deliver(org, groupId, command, key);
        else remote.send(org, groupId, command, key);
      },
    };
  };
}
