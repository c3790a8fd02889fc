import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Clock } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../../lib/log.js";
import { KNOWN_METHODS, type BaseTimers } from "./constants.js";
import { SipParseError, sipResponseFor } from "./errors.js";
import { createResponse, ownString, SipRequest, statusClass, type SipMessage, type SipResponse } from "./message.js";
import { parseMessage } from "./parser.js";
import type { MessageSender } from "./transaction/base.js";
import type { ClientTransaction, ClientTransactionUser } from "./transaction/client.js";
import { serverKey, TransactionLayer } from "./transaction/layer.js";
import type { InviteServerTransaction, ServerTransaction } from "./transaction/server.js";
import { RefusalMemory, statelessTag, type Refusal } from "./transaction/stateless.js";
import { stampVia } from "./transport/layer.js";
import type { Destination, Flow } from "./transport/types.js";

/**
 * The transaction user seam: what the registrar / B2BUA plugs in later. Everything the
 * protocol can answer without application knowledge is answered before it gets here.
 */
export interface TransactionUser {
  /**
   * A new request (not ACK or CANCEL) the TU refuses before anything is kept for it:
   * answered statelessly (RFC 3261 §8.2.7), so refusing stays cheap on an overloaded node.
   */
  refuse?(req: SipRequest, flow: Flow): Refusal | undefined;
  /** A new request, with the server transaction to answer it through (`txn.reply(...)`). */
  onRequest(txn: ServerTransaction): void;
  /** An ACK that matched no transaction: the ACK for a 2xx, which belongs to the dialog (RFC 3261 §17.1.1.3, §13.3.1.4). */
  onAck?(ack: SipRequest, flow: Flow): void;
  /** The INVITE was CANCELled while proceeding: 200 went to the CANCEL and 487 to the INVITE (RFC 3261 §9.2). */
  onCancel?(txn: InviteServerTransaction, cancel: SipRequest): void;
  /** A response with no client transaction, e.g. a retransmitted 2xx the UA core must re-ACK (RFC 3261 §13.2.2.4). */
  onStrayResponse?(res: SipResponse, flow: Flow): void;
  /** In-dialog requests (To-tag present) for dialogs this returns false for are answered 481 (RFC 3261 §12.2.2). */
  hasDialog?(req: SipRequest): boolean;
}

export interface EndpointOptions {
  /** The transport layer (`TransportLayer`), or a fake in tests. */
  readonly sender: MessageSender;
  readonly clock: Clock;
  readonly tu: TransactionUser;
  readonly registry?: Registry;
  readonly logger?: Logger;
  /** Methods the TU handles; others it knows by name get 405 with `Allow` (RFC 3261 §8.2.1). */
  readonly allow?: readonly string[];
  /** Body types accepted, advertised in OPTIONS answers (RFC 3261 §11.2). */
  readonly accept?: readonly string[];
  /** Option tags the TU supports; a `Require` naming others gets 420 (RFC 3261 §8.2.2.3). */
  readonly supported?: readonly string[];
  readonly timers?: BaseTimers;
}

const DEFAULT_ALLOW = ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS"] as const;
const URI_SCHEMES = new Set(["sip", "sips", "tel"]);
const KNOWN = new Set<string>(KNOWN_METHODS);
const METHOD_LABELS = [...KNOWN_METHODS, "other"];
const CLASS_LABELS = ["1xx", "2xx", "3xx", "4xx", "5xx", "6xx"];

interface Metrics {
  requests: Counter<"method">;
  requestsSent: Counter<"method">;
  responsesSent: Counter<"class">;
  responsesReceived: Counter<"class">;
  retransmissions: Counter<"direction">;
  firstResponse: Histogram<"side" | "method">;
  parseErrors: Counter<"outcome">;
  internalErrors: Counter;
}

/**
 * The stateless front of the SIP stack: parses what transports deliver, answers the
 * protocol-level cases (malformed, 483, 405/501, 416, 420, OPTIONS, CANCEL, 481), and
 * hands everything else to the TU inside a server transaction. Never throws back into a
 * transport: an error is answered when a response can be routed, counted either way.
 */
export class Endpoint {
  readonly transactions: TransactionLayer;
  private readonly metrics: Metrics;
  private readonly log: Logger;
  private readonly allow: ReadonlySet<string>;
  private readonly allowHeader: string;
  private readonly supported: ReadonlySet<string>;
  private readonly refused = new RefusalMemory();

  constructor(private readonly opts: EndpointOptions) {
    this.log = opts.logger ?? silentLogger();
    this.allow = new Set([...(opts.allow ?? DEFAULT_ALLOW), "ACK", "CANCEL", "OPTIONS"]);
    this.allowHeader = [...this.allow].join(", ");
    this.supported = new Set(opts.supported ?? []);
    this.metrics = createMetrics(opts.registry ?? new Registry(), () => this.transactions);
    const countingSender: MessageSender = {
      sendResponse: (res, flow) => {
        this.metrics.responsesSent.inc({ class: statusClass(res.status) });
        return opts.sender.sendResponse(res, flow);
      },
      sendOn: (flow, msg) => opts.sender.sendOn(flow, msg),
      flowTo: (dest) => opts.sender.flowTo(dest),
    };
    this.transactions = new TransactionLayer({
      clock: opts.clock,
      sender: countingSender,
      ...(opts.timers !== undefined ? { base: opts.timers } : {}),
      hooks: {
        onRetransmission: (direction) => this.metrics.retransmissions.inc({ direction }),
        onFirstResponse: (side, method, seconds) => this.metrics.firstResponse.observe({ side, method: methodLabel(method) }, seconds),
      },
    });
  }

  /** Bytes from a transport, with the flow they came on. Never throws. */
  readonly receive = (data: Buffer, flow: Flow): void => {
    let msg: SipMessage;
    try {
      msg = parseMessage(data, { stream: flow.protocol === "TCP" || flow.protocol === "TLS" });
    } catch (err) {
      this.rejectUnparseable(err, flow);
      return;
    }
    try {
      if (msg.kind === "request") this.onRequest(msg, flow);
      else this.onResponse(msg, flow);
    } catch (err) {
      this.metrics.internalErrors.inc();
      this.log.error({ err: errorMessage(err), flow: flow.id }, "sip message handling failed");
    }
  };

  /** Starts a client transaction (UAC side, for the B2BUA's outbound legs). */
  request(req: SipRequest, dest: Destination | Flow, tu: ClientTransactionUser): Promise<ClientTransaction> {
    this.metrics.requestsSent.inc({ method: methodLabel(req.method) });
    return this.transactions.request(req, dest, tu);
  }

  private rejectUnparseable(err: unknown, flow: Flow): void {
    if (err instanceof SipParseError && err.context !== undefined && err.context.method !== "ACK") {
      const req = new SipRequest(err.context.method, "", err.context.headers);
      stampVia(req, flow.remote);
      this.metrics.parseErrors.inc({ outcome: "answered" });
      this.sendStateless(createResponse(req, err.status, { reason: err.reason }), flow);
      return;
    }
    this.metrics.parseErrors.inc({ outcome: "dropped" });
    this.log.debug({ flow: flow.id, reason: errorMessage(err) }, "dropped unparseable sip message");
  }

  private sendStateless(res: SipResponse, flow: Flow): void {
    this.metrics.responsesSent.inc({ class: statusClass(res.status) });
    this.opts.sender.sendResponse(res, flow).catch((err: unknown) => {
      this.log.debug({ err: errorMessage(err), flow: flow.id }, "stateless response not sent");
    });
  }

  private onRequest(req: SipRequest, flow: Flow): void {
    stampVia(req, flow.remote);
    this.metrics.requests.inc({ method: methodLabel(req.method) });
    const existing = this.transactions.findServer(req);
    if (existing !== undefined) {
      existing.receiveRequest(req);
      return;
    }
    if (req.method === "ACK") {
      this.opts.tu.onAck?.(req, flow);
      return;
    }
    const early = this.protocolAnswer(req);
    if (early === undefined && req.method !== "CANCEL" && this.refusedStatelessly(req, flow)) return;
    const txn = this.transactions.createServer(req, flow);
    if (early !== undefined) {
      txn.reply(early.status, { headers: early.headers ?? [] });
      return;
    }
    if (req.method === "CANCEL") {
      this.onCancel(req, txn);
      return;
    }
    if (req.method === "OPTIONS" && req.toTag === undefined) {
      txn.reply(200, { headers: [["Allow", this.allowHeader], ["Accept", (this.opts.accept ?? ["application/sdp"]).join(", ")], ["Supported", [...this.supported].join(", ")]] });
      return;
    }
    try {
      this.opts.tu.onRequest(txn);
    } catch (err) {
      this.metrics.internalErrors.inc();
      this.log.error({ err: errorMessage(err), method: req.method }, "transaction user failed");
      const { status, reason } = sipResponseFor(err);
      if (txn.lastResponse === undefined || txn.lastResponse.status < 200) {
        try {
          txn.reply(status, { reason });
        } catch {
          // The TU already finished the transaction; nothing left to answer.
        }
      }
    }
  }

  /**
   * What the TU refuses outright (`TransactionUser.refuse`) gets its answer without a
   * transaction; a retransmission of it, the same answer (`RefusalMemory`).
   */
  private refusedStatelessly(req: SipRequest, flow: Flow): boolean {
    const key = serverKey(req);
    if (key === undefined) return false;
    const now = this.opts.clock.now();
    const again = this.refused.find(key, now);
    const refusal = again ?? this.opts.tu.refuse?.(req, flow);
    if (refusal === undefined) return false;
    if (again === undefined) this.refused.remember(ownString(key), refusal, now);
    else this.metrics.retransmissions.inc({ direction: "absorbed" });
    this.sendStateless(createResponse(req, refusal.status, { ...(refusal.reason !== undefined ? { reason: refusal.reason } : {}), headers: refusal.headers ?? [], toTag: statelessTag(req) }), flow);
    return true;
  }

  /** Answers that need no application: RFC 3261 §16.3 (483), §8.2.1 (405/501), §8.2.2.1 (416), §8.2.2.3 (420), §12.2.2 (481). */
  private protocolAnswer(req: SipRequest): { status: number; headers?: [string, string][] } | undefined {
    if (!KNOWN.has(req.method)) return { status: 501, headers: [["Allow", this.allowHeader]] };
    if (!this.allow.has(req.method)) return { status: 405, headers: [["Allow", this.allowHeader]] };
    if (req.maxForwards === 0 && req.method !== "OPTIONS") return { status: 483 };
    const scheme = req.requestUri?.scheme;
    if (scheme === undefined || !URI_SCHEMES.has(scheme)) return { status: 416 };
    if (req.method !== "CANCEL") {
      const unsupported = req.headers
        .getAll("require")
        .flatMap((v) => v.split(","))
        .map((t) => t.trim())
        .filter((t) => t.length > 0 && !this.supported.has(t));
      if (unsupported.length > 0) return { status: 420, headers: [["Unsupported", unsupported.join(", ")]] };
    }
    if (req.method !== "CANCEL" && req.toTag !== undefined && !(this.opts.tu.hasDialog?.(req) ?? false)) return { status: 481 };
    return undefined;
  }

  private onCancel(cancel: SipRequest, txn: ServerTransaction): void {
    const invite = this.transactions.findInviteFor(cancel);
    if (invite === undefined) {
      txn.reply(481);
      return;
    }
    txn.reply(200);
    if (invite.state === "Proceeding") {
      invite.reply(487);
      this.opts.tu.onCancel?.(invite, cancel);
    }
  }

  private onResponse(res: SipResponse, flow: Flow): void {
    this.metrics.responsesReceived.inc({ class: statusClass(res.status) });
    const txn = this.transactions.findClient(res);
    if (txn !== undefined) txn.receiveResponse(res);
    else this.opts.tu.onStrayResponse?.(res, flow);
  }
}

function methodLabel(method: string): string {
  return KNOWN.has(method) ? method : "other";
}

function createMetrics(registry: Registry, layer: () => TransactionLayer): Metrics {
  const requests = new Counter({ name: "sip_requests_received_total", help: "SIP requests received, by method", labelNames: ["method"], registers: [registry] });
  const requestsSent = new Counter({
    name: "sip_requests_sent_total",
    help: "SIP requests sent in client transactions (B2BUA legs), by method; ACKs and retransmissions not counted",
    labelNames: ["method"],
    registers: [registry],
  });
  const responsesSent = new Counter({ name: "sip_responses_sent_total", help: "SIP responses sent, by status class", labelNames: ["class"], registers: [registry] });
  const responsesReceived = new Counter({ name: "sip_responses_received_total", help: "SIP responses received, by status class", labelNames: ["class"], registers: [registry] });
  const retransmissions = new Counter({
    name: "sip_retransmissions_total",
    help: "Retransmissions sent by timers A/E/G, and retransmitted messages absorbed by transactions",
    labelNames: ["direction"],
    registers: [registry],
  });
  const firstResponse = new Histogram({
    name: "sip_transaction_response_seconds",
    help: "Time from a request to the first response in its transaction, provisional or final: sent by this node (side server) or received from the peer (side client)",
    labelNames: ["side", "method"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 32],
    registers: [registry],
  });
  const parseErrors = new Counter({ name: "sip_parse_errors_total", help: "Unparseable SIP messages, answered (4xx/5xx) or dropped", labelNames: ["outcome"], registers: [registry] });
  const internalErrors = new Counter({ name: "sip_internal_errors_total", help: "Errors raised while handling a parsed SIP message", registers: [registry] });
  new Gauge({
    name: "sip_transactions",
    help: "Live SIP transactions",
    labelNames: ["side"],
    registers: [registry],
    collect() {
      this.set({ side: "server" }, layer().serverCount);
      this.set({ side: "client" }, layer().clientCount);
    },
  });
  for (const method of METHOD_LABELS) {
    requests.inc({ method }, 0);
    requestsSent.inc({ method }, 0);
  }
  for (const c of CLASS_LABELS) {
    responsesSent.inc({ class: c }, 0);
    responsesReceived.inc({ class: c }, 0);
  }
  for (const direction of ["sent", "absorbed"]) retransmissions.inc({ direction }, 0);
  for (const outcome of ["answered", "dropped"]) parseErrors.inc({ outcome }, 0);
  return { requests, requestsSent, responsesSent, responsesReceived, retransmissions, firstResponse, parseErrors, internalErrors };
}
