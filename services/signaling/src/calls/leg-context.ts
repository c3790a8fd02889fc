/**
 * What both call legs need from the SIP stack, and the small helpers they share:
 * our Contact for a transport, where an in-dialog request goes, the SDP of a message.
 */
import type { Clock } from "../../../../lib/clock.js";
import type { Logger } from "../../../../lib/log.js";
import { BASE_TIMERS, type BaseTimers } from "../sip/constants.js";
import type { Endpoint } from "../sip/endpoint.js";
import { parseUri } from "../sip/grammar.js";
import type { SipMessage } from "../sip/message.js";
import type { MessageSender } from "../sip/transaction/base.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import { destinationForUri, type RequestTarget, type TransportLayer } from "../sip/transport/layer.js";
import type { Destination, Flow } from "../sip/transport/types.js";
import type { DialogTable } from "./dialogs.js";
import type { SessionDescription } from "./media.js";

export interface LegContext {
  readonly endpoint: Pick<Endpoint, "request">;
  readonly layer: Pick<TransportLayer, "via" | "sentBy"> & MessageSender;
  readonly dialogs: DialogTable;
  readonly clock: Clock;
  readonly log: Logger;
  readonly timers?: BaseTimers;
  /**
   * Set in a cluster: this node's id, stamped into the agent legs' tags and branches so
   * the node holding a device's connection hands what the device sends back to this
   * node (sip/transport/relay.ts).
   */
  readonly node?: string;
}

export function baseTimers(ctx: LegContext): BaseTimers {
  return ctx.timers ?? BASE_TIMERS;
}

/**
 * Our Contact for requests on `route`: in-dialog requests from the peer come back to this
 * node, or to the node whose connection relays for it.
 */
export function contactFor(ctx: LegContext, route: RequestTarget): string {
  const protocol = typeof route === "string" ? route : route.protocol;
  const transport = protocol === "UDP" ? "" : `;transport=${protocol.toLowerCase()}`;
  return `<sip:ringmesh@${ctx.layer.sentBy(route)}${transport}>`;
}

/**
 * Where an in-dialog request goes. The flow the dialog was set up on, while it is open
 * (always, for UDP: the peer's source address, which is what gets through NAT); a
 * closed connection falls back to the remote target when its host is an IP literal.
 */
export function inDialogRoute(flow: Flow | undefined, remoteTarget: string): Flow | Destination | undefined {
  if (flow !== undefined && flow.isOpen()) return flow;
  const uri = parseUri(remoteTarget);
  return uri === undefined ? undefined : destinationForUri(uri);
}

export function sdpOf(msg: SipMessage): SessionDescription | undefined {
  if (msg.body.length === 0) return undefined;
  return { body: msg.body, contentType: msg.contentType ?? "application/sdp" };
}

/** The URI inside a Contact value, or undefined when absent or malformed. */
export function remoteTargetOf(msg: SipMessage): string | undefined {
  const c = msg.contacts;
  if (c === null || c === "*") return undefined;
  return c[0]?.uri.raw;
}

/**
 * A re-INVITE on either leg (hold, codec change, session refresh) is not passed through
 * yet: 488 leaves the session as it is (RFC 3261 §14.2).
 */
export function refuseReinvite(txn: ServerTransaction): void {
  txn.reply(488, { headers: [["Warning", '399 ringmesh "re-INVITE not supported yet"']] });
}
