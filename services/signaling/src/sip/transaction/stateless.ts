import type { SipRequest } from "../message.js";

/** A new request the TU refuses before any state is kept for it (RFC 3261 §8.2.7): overload and drain 503s. */
export interface Refusal {
  readonly status: number;
  readonly reason?: string;
  readonly headers?: readonly (readonly [string, string])[];
}

/**
 * How long a stateless refusal is remembered: a retransmission of the request can only
 * have been sent before the response reached its client, so it arrives within the
 * response's trip plus however far this node's receive queue is behind; T4 (the longest a
 * message stays in the network, RFC 3261 §17.1.2.2) bounds the first.
 */
export const REFUSAL_MEMORY_MS = 5000;
/** At most this many remembered refusals; the oldest go first. */
export const MAX_REMEMBERED_REFUSALS = 50_000;

/**
 * The requests this node refused statelessly, by server transaction key, for
 * REFUSAL_MEMORY_MS: a retransmission of one gets the same refusal instead of being judged
 * again. Otherwise an INVITE whose 503 left late (the node was behind) and whose client
 * retransmitted meanwhile could be admitted on the retransmission, ringing an agent for a
 * caller that has already taken the 503. A stateful transaction would remember the same
 * thing for 32 s with a timer per request; this keeps a key and an instant, in one
 * insertion-ordered map swept from its oldest end on every insert.
 */
export class RefusalMemory {
  private readonly entries = new Map<string, { readonly at: number; readonly refusal: Refusal }>();

  constructor(private readonly max = MAX_REMEMBERED_REFUSALS) {}

  get size(): number {
    return this.entries.size;
  }

  remember(key: string, refusal: Refusal, now: number): void {
    for (const [k, e] of this.entries) {
      if (e.at > now - REFUSAL_MEMORY_MS && this.entries.size < this.max) break;
      this.entries.delete(k);
    }
    this.entries.set(key, { at: now, refusal });
  }

  /** The refusal already sent for `key`, while remembered. */
  find(key: string, now: number): Refusal | undefined {
    const e = this.entries.get(key);
    return e === undefined || e.at <= now - REFUSAL_MEMORY_MS ? undefined : e.refusal;
  }
}

/**
 * RFC 3261 §8.2.7: a stateless UAS makes its To-tag deterministically, so that a
 * retransmitted request gets the same one. FNV-1a over Call-ID, From-tag and the top Via
 * branch: 32 bits, as §19.3 asks of a tag.
 */
export function statelessTag(req: SipRequest): string {
  const text = `${req.callId ?? ""}\n${req.fromTag ?? ""}\n${req.topVia?.branch ?? ""}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `sl${(h >>> 0).toString(16).padStart(8, "0")}`;
}
