/**
 * What the signaling node does with requests the SIP stack hands up: REGISTER goes to
 * the registrar; INVITE is answered here until call routing is wired (TEMPORARY: a later
 * step bridges INVITEs to the group actors; until then a known group or user number gets
 * 503 with Retry-After, anything else 404). While the node drains, new INVITE and
 * REGISTER get 503 so phones and proxies try another node.
 */
import { isInternalNumber } from "../../../lib/documents/model.js";
import { isE164 } from "../../../lib/documents/numbers.js";
import { errorMessage } from "../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../lib/log.js";
import type { TransactionUser } from "./sip/endpoint.js";
import type { ServerTransaction } from "./sip/transaction/server.js";
import type { Directory } from "./registrar/directory.js";
import type { Registrar } from "./registrar/registrar.js";

/** Seconds a caller is told to wait before retrying a number routing cannot take yet, or a draining node. */
export const RETRY_AFTER_SECONDS = 30;

export class SignalingTu implements TransactionUser {
  private draining = false;
  private readonly inflight = new Set<Promise<void>>();
  private readonly log: Logger;

  constructor(
    private readonly registrar: Registrar,
    private readonly directory: Directory,
    logger?: Logger,
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

  onRequest(txn: ServerTransaction): void {
    const req = txn.request;
    if (this.draining && (req.method === "INVITE" || req.method === "REGISTER")) {
      txn.reply(503, { reason: "Draining", headers: [["Retry-After", String(RETRY_AFTER_SECONDS)]] });
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
        this.answerInvite(txn);
        return;
      default:
        // BYE (or anything else allowed) outside a dialog this node knows.
        txn.reply(481);
    }
  }

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
