/**
 * What the signaling node does with requests the SIP stack hands up: REGISTER goes to
 * the registrar; INVITEs and in-dialog requests go to the call manager (calls/). A node
 * without routing actors (no call manager) answers a known group or user number 503
 * with Retry-After and anything else 404. While the node drains, new INVITE and
 * REGISTER get 503 so phones and proxies try another node; in-dialog requests (BYE)
 * are still served. Past the configured load (admission/), new INVITE and REGISTER get
 * 503 with Retry-After before any other work. Both refusals are `refuse`, which the
 * endpoint answers statelessly (no transaction is kept for a refused request).
 */
import { isInternalNumber } from "../../../lib/documents/model.js";
import { isE164 } from "../../../lib/documents/numbers.js";
import { errorMessage } from "../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../lib/log.js";
import type { AdmissionControl } from "./admission/control.js";
import type { CallManager } from "./calls/manager.js";
import type { TransactionUser } from "./sip/endpoint.js";
import type { SipRequest, SipResponse } from "./sip/message.js";
import type { InviteServerTransaction, ServerTransaction } from "./sip/transaction/server.js";
import type { Refusal } from "./sip/transaction/stateless.js";
import type { Flow } from "./sip/transport/types.js";
import type { Directory } from "./registrar/directory.js";
import type { Registrar } from "./registrar/registrar.js";

/** Seconds a caller is told to wait before retrying a number routing cannot take yet, or a draining node. */
export const RETRY_AFTER_SECONDS = 30;

const DRAINING: Refusal = { status: 503, reason: "Draining", headers: [["Retry-After", String(RETRY_AFTER_SECONDS)]] };

export class SignalingTu implements TransactionUser {
  private draining = false;
  private readonly inflight = new Set<Promise<void>>();
  private readonly log: Logger;

  constructor(
    private readonly registrar: Registrar,
    private readonly directory: Directory,
    logger?: Logger,
    private readonly calls?: CallManager,
    private readonly admission?: AdmissionControl,
  ) {
    this.log = logger ?? silentLogger();
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Stops taking INVITE/REGISTER; resolves when the REGISTERs in flight are answered, or after `maxMs`. */
  async drain(maxMs: number): Promise<void> {
    this.draining = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inflight]), new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
  }

  onAck(ack: SipRequest): void {
    this.calls?.onAck(ack);
  }

  onCancel(txn: InviteServerTransaction): void {
    this.calls?.onCancel(txn);
  }

  onStrayResponse(res: SipResponse, flow: Flow): void {
    this.calls?.onStrayResponse(res, flow);
  }

  hasDialog(req: SipRequest): boolean {
    return this.calls?.hasDialog(req) ?? false;
  }

  /** A draining or overloaded node refuses new INVITEs and REGISTERs before keeping anything for them (the endpoint answers statelessly). */
  refuse(req: SipRequest, flow: Flow): Refusal | undefined {
    if (req.toTag !== undefined || (req.method !== "INVITE" && req.method !== "REGISTER")) return undefined;
    if (this.draining) return DRAINING;
    const v = this.admission === undefined ? undefined : req.method === "INVITE" ? this.admission.invite() : this.admission.register(flow.remote.address);
    return v === undefined || v.admit ? undefined : { status: 503, reason: "Overloaded", headers: [["Retry-After", String(v.retryAfter)]] };
  }

  onRequest(txn: ServerTransaction): void {
    const req = txn.request;
    if (req.toTag !== undefined && this.calls !== undefined) {
      this.calls.onInDialog(txn);
      return;
    }
    switch (req.method) {
      case "REGISTER": {
        const p = this.registrar.handle(txn).catch((err: unknown) => {
          this.log.error({ err: errorMessage(err) }, "registrar failed");
        });
        this.inflight.add(p);
        void p.finally(() => this.inflight.delete(p));
        return;
      }
      case "INVITE":
        if (this.calls !== undefined && txn.kind === "invite-server") this.calls.onInvite(txn);
        else this.answerInvite(txn);
        return;
      default:
        // BYE (or anything else allowed) outside a dialog this node knows.
        txn.reply(481);
    }
  }

  /** Without routing actors: nothing can take the call yet. */
  private answerInvite(txn: ServerTransaction): void {
    const req = txn.request;
    const target = req.requestUri;
    const user = target?.user ?? "";
    const host = target?.host ?? "";
    const fromHost = req.from?.uri.host ?? "";
    // Internal numbers are dialled within the caller's own organisation (SPEC §1): the caller's domain decides.
    const callerOrg = this.directory.orgOfDomain(fromHost);
    const group = isE164(user) || isInternalNumber(user) ? this.directory.numberTarget(user, callerOrg) : undefined;
    const knownUser = this.directory.account(host, user) !== undefined;
    if (group !== undefined || knownUser) {
      txn.reply(503, { reason: "Routing Not Available", headers: [["Retry-After", String(RETRY_AFTER_SECONDS)]] });
      return;
    }
    txn.reply(404);
  }
}
