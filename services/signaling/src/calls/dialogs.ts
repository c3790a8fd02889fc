/**
 * The dialogs this node is a party to, by RFC 3261 §12 dialog id (Call-ID, local tag,
 * remote tag). In-dialog requests and stray 2xx responses are routed to their owner
 * through it; the endpoint answers 481 to tagged requests for ids not here (§12.2.2).
 */
import type { SipRequest, SipResponse } from "../sip/message.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import type { Flow } from "../sip/transport/types.js";

export interface DialogOwner {
  readonly side: "caller" | "agent";
  /** A request inside the dialog (BYE, re-INVITE, ...) with its server transaction. */
  onRequest(txn: ServerTransaction): void;
  /** The ACK for a 2xx this side sent. */
  onAck?(ack: SipRequest): void;
  /** A 2xx that arrived after its client transaction was gone: re-ACK it (§13.2.2.4). */
  onStray2xx?(res: SipResponse, flow: Flow): void;
}

export function dialogKey(callId: string, localTag: string, remoteTag: string): string {
  return `${callId}\u0000${localTag}\u0000${remoteTag}`;
}

export class DialogTable {
  private readonly dialogs = new Map<string, DialogOwner>();

  get size(): number {
    return this.dialogs.size;
  }

  count(side: DialogOwner["side"]): number {
    let n = 0;
    for (const d of this.dialogs.values()) if (d.side === side) n++;
    return n;
  }

  add(key: string, owner: DialogOwner): void {
    this.dialogs.set(key, owner);
  }

  remove(key: string, owner: DialogOwner): void {
    if (this.dialogs.get(key) === owner) this.dialogs.delete(key);
  }

  /** For a request received: our tag is in To, the peer's in From. */
  forRequest(req: SipRequest): DialogOwner | undefined {
    const { callId, toTag, fromTag } = req;
    if (callId === undefined || toTag === undefined || fromTag === undefined) return undefined;
    return this.dialogs.get(dialogKey(callId, toTag, fromTag));
  }

  /** For a response received to our request: our tag is in From, the peer's in To. */
  forResponse(res: SipResponse): DialogOwner | undefined {
    const { callId, toTag, fromTag } = res;
    if (callId === undefined || toTag === undefined || fromTag === undefined) return undefined;
    return this.dialogs.get(dialogKey(callId, fromTag, toTag));
  }
}
