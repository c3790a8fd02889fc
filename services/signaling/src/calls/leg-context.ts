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
 * What a leg's dialog accepts (RFC 3261 §20.5): re-INVITE and UPDATE (RFC 3311) and INFO
 * (RFC 6086) are relayed to the other leg once the call is connected.
 */
export const DIALOG_ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE, INFO";

/** Methods a leg hands to the call (the relay) rather than answering itself. */
export const RELAYED_METHODS: ReadonlySet<string> = new Set(["INVITE", "UPDATE", "INFO"]);

/**
 * What a leg answers itself for a request inside its dialog other than BYE and the
 * relayed methods: OPTIONS 200 with what the dialog allows (§11.2), anything else 405.
 */
export function answerLocally(txn: ServerTransaction): void {
  if (txn.request.method === "OPTIONS") txn.reply(200, { headers: [["Allow", DIALOG_ALLOW], ["Accept", "application/sdp"]] });
  else txn.reply(405, { headers: [["Allow", DIALOG_ALLOW]] });
}

/** §12.2.2: a request older than the last one in the dialog. */
export function refuseOutOfOrder(txn: ServerTransaction): void {
  txn.reply(500, { reason: "CSeq Out Of Order" });
}
