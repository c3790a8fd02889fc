/**
 * The effect outbox: effects at least once across crashes.
 *
 * A commit that has non-timer effects writes them, encoded, into the same state record
 * (one CAS: the state and the effects it releases land together or not at all). Once the
 * kind's `effects` runner has returned for a commit, that entry is acknowledged in memory
 * and the next commit leaves it out of the record — no write of its own. Passivation
 * writes one last record without the acknowledged entries. An activation that finds
 * entries in the record it claims re-runs them, oldest first and before any effect of
 * its own, with the epoch and revision they were committed with, so every idempotency
 * key the runner derives from them is the same as the first time.
 *
 * Effects of early decisions (decider.ts `early`) never enter it: they left before the
 * write, and a re-run by a successor would repeat them under keys nobody has seen (their
 * names carry no revision), for decisions whose effects the decider allows to be lost.
 *
 * Entries older than `effectReplayMs` at activation are dropped, not re-run: past the
 * receivers' duplicate window (a key is kept until its message's deadline plus a skew
 * margin) a replay could be applied a second time, and a minutes-old command (ring this
 * agent) would act on a world that has moved on.
 */
import type { EffectCodec } from "./kind.js";
import { encodeOutboxRecord, type OutboxRecord } from "./envelope.js";

/** One commit's effects as the activation tracks them. */
export class OutboxEntry {
  /** Encoded for the record; recomputed once the revision is known. */
  private encoded: Uint8Array | undefined;
  /** The runner returned (or threw) for these effects: the next commit drops the entry. */
  done = false;
  /** Handed to the effect chain (by this activation). */
  scheduled = false;
  /** Not persisted (its effects could not be encoded): run once, from memory. */
  volatile = false;

  constructor(
    readonly epoch: number,
    /** 0 until the commit that carries it has landed. */
    public revision: number,
    readonly at: number,
    readonly bytes: Uint8Array,
    /** Decoded effects, when this activation produced them (a replay decodes `bytes`). */
    readonly effects: readonly unknown[] | undefined,
  ) {}

  static fromRecord(r: OutboxRecord, ownRevision: number): OutboxEntry {
    return new OutboxEntry(r.epoch, r.revision === 0 ? ownRevision : r.revision, r.at, r.effects, undefined);
  }

  landed(revision: number): void {
    this.revision = revision;
    this.encoded = undefined;
  }

  encode(): Uint8Array {
    return (this.encoded ??= encodeOutboxRecord({ epoch: this.epoch, revision: this.revision, at: this.at, effects: this.bytes }));
  }

  same(o: { readonly epoch: number; readonly revision: number }): boolean {
    return this.epoch === o.epoch && this.revision === o.revision;
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const TAG = "$rm";

/**
 * The default effect codec: JSON, with Map, Set, Uint8Array and bigint tagged so they come
 * back as themselves (effects are data, STYLE §1; anything else — functions, class
 * instances — does not survive and needs the kind's own `effectCodec`).
 */
export const jsonEffectCodec: EffectCodec<unknown> = {
  encode(effects) {
    return enc.encode(
      JSON.stringify(effects, function (this: Record<string, unknown>, k: string, v: unknown) {
        const raw = this[k];
        if (raw instanceof Map) return { [TAG]: "map", v: [...raw] };
        if (raw instanceof Set) return { [TAG]: "set", v: [...raw] };
        if (raw instanceof Uint8Array) return { [TAG]: "bytes", v: Buffer.from(raw).toString("base64") };
        if (typeof raw === "bigint") return { [TAG]: "bigint", v: raw.toString() };
        return v;
      }),
    );
  },
  decode(b) {
    return JSON.parse(dec.decode(b), (_k: string, v: unknown) => {
      if (typeof v !== "object" || v === null || !(TAG in v)) return v;
      const t = v as { [TAG]: string; v: unknown };
      switch (t[TAG]) {
        case "map":
          return new Map(t.v as [unknown, unknown][]);
        case "set":
          return new Set(t.v as unknown[]);
        case "bytes":
          return new Uint8Array(Buffer.from(t.v as string, "base64"));
        case "bigint":
          return BigInt(t.v as string);
        default:
          return v;
      }
    }) as unknown[];
  },
};
