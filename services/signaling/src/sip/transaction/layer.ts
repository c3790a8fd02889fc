import { BRANCH_MAGIC_COOKIE } from "../constants.js";
import { SipParseError } from "../errors.js";
import { ownString, type SipRequest, type SipResponse } from "../message.js";
import type { Destination, Flow } from "../transport/types.js";
import type { TransactionContext } from "./base.js";
import { InviteClientTransaction, NonInviteClientTransaction, type ClientTransaction, type ClientTransactionUser } from "./client.js";
import { InviteServerTransaction, NonInviteServerTransaction, type ServerTransaction } from "./server.js";

/**
 * Server transaction key, RFC 3261 §17.2.3: branch + sent-by + method, where ACK matches
 * the INVITE. CANCEL has its own key (method CANCEL) and finds its INVITE through
 * `inviteKeyFor`. Requests from RFC 2543 elements (no magic cookie) fall back to the
 * dialog identifiers and the top Via, a simplification of §17.2.3's rules.
 */
export function serverKey(req: SipRequest, method: string = req.method === "ACK" ? "INVITE" : req.method): string | undefined {
  const via = req.topVia;
  if (via === undefined) return undefined;
  const branch = via.branch;
  if (branch?.startsWith(BRANCH_MAGIC_COOKIE) === true) {
    return `${branch}|${via.host.toLowerCase()}:${via.port ?? ""}|${method}`;
  }
  const cseq = req.cseq;
  return `2543|${req.callId ?? ""}|${req.fromTag ?? ""}|${cseq?.seq ?? ""}|${via.host}:${via.port ?? ""}|${branch ?? ""}|${method}`;
}

/** Client transaction key, RFC 3261 §17.1.3: top Via branch + CSeq method. */
export function clientKey(msg: SipRequest | SipResponse): string | undefined {
  const branch = msg.topVia?.branch;
  const method = msg.cseq?.method;
  return branch === undefined || method === undefined ? undefined : `${branch}|${method}`;
}

/**
 * Owns every live transaction and forgets each one when it terminates, so counts return to zero.
 * A stored key is flattened (`ownString`): built from slices of the received text, it would
 * keep that text and half a dozen string pieces for the transaction's 32 s linger.
 */
export class TransactionLayer {
  private readonly servers = new Map<string, ServerTransaction>();
  private readonly clients = new Map<string, ClientTransaction>();

  constructor(readonly ctx: TransactionContext) {}

  get serverCount(): number {
    return this.servers.size;
  }

  get clientCount(): number {
    return this.clients.size;
  }

  findServer(req: SipRequest): ServerTransaction | undefined {
    const key = serverKey(req);
    return key === undefined ? undefined : this.servers.get(key);
  }

  /** The INVITE server transaction a CANCEL targets (RFC 3261 §9.2: same key as the INVITE but for the method). */
  findInviteFor(cancel: SipRequest): InviteServerTransaction | undefined {
    const key = serverKey(cancel, "INVITE");
    const t = key === undefined ? undefined : this.servers.get(key);
    return t?.kind === "invite-server" ? t : undefined;
  }

  createServer(req: SipRequest, flow: Flow): ServerTransaction {
    const found = serverKey(req);
    if (found === undefined || req.method === "ACK") throw new SipParseError(400, "Malformed Via Header");
    const key = ownString(found);
    const t = req.method === "INVITE" ? new InviteServerTransaction(req, flow, this.ctx, key) : new NonInviteServerTransaction(req, flow, this.ctx, key);
    this.servers.set(key, t);
    t.onTerminated(() => {
      if (this.servers.get(key) === t) this.servers.delete(key);
    });
    return t;
  }

  /** Shutdown: every live transaction is abandoned (timers disarmed) and forgotten. */
  close(): void {
    for (const t of [...this.servers.values(), ...this.clients.values()]) t.abandon();
    this.servers.clear();
    this.clients.clear();
  }

  findClient(res: SipResponse): ClientTransaction | undefined {
    const key = clientKey(res);
    return key === undefined ? undefined : this.clients.get(key);
  }

  /**
   * Starts a client transaction for `req` (which must carry this endpoint's Via with a
   * fresh branch) towards `dest`. Rejects with `SipTransportError` when no flow can be opened.
   */
  async request(req: SipRequest, dest: Destination | Flow, tu: ClientTransactionUser): Promise<ClientTransaction> {
    const found = clientKey(req);
    if (found === undefined || req.method === "ACK") throw new SipParseError(400, "Request needs a Via branch and a CSeq");
    const key = ownString(found);
    const flow = "send" in dest ? dest : await this.ctx.sender.flowTo(dest);
    const t = req.method === "INVITE" ? new InviteClientTransaction(req, flow, this.ctx, key, tu) : new NonInviteClientTransaction(req, flow, this.ctx, key, tu);
    this.clients.set(key, t);
    t.onTerminated(() => {
      if (this.clients.get(key) === t) this.clients.delete(key);
    });
    t.start();
    return t;
  }
}
