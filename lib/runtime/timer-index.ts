/**
 * The timer index: how a passivated or orphaned actor's persisted timers fire without a
 * message to wake it.
 *
 * One key per actor with pending timers in the `timers` bucket: `<kind>.<id>` →
 * `"<epoch> <fireAt>"`. Invariant (I1): whenever an actor's committed state record holds
 * timers, its index key exists and its fireAt ≤ the earliest of them. Hence the index may
 * wake an actor early (it then finds nothing due and goes back to sleep), never late.
 *
 *  - Write-ahead: before committing a record whose earliest timer is earlier than the key
 *    (or with no key), the owner lowers/creates the key; only then the state write.
 *  - Never raised or deleted while active (a stale-early key costs nothing: the actor is
 *    awake). Activation and passivation set the key to the record's exact earliest
 *    (deleting it when there are none), so sleeping actors are woken at the right time.
 *  - Fencing (I2): a writer only CASes over a value it has seen (its own write, or a read
 *    whose epoch ≤ its own), and an activation re-stamps an existing key with its epoch
 *    right after claiming the state. So once a newer owner has touched the key, an older
 *    owner's later writes fail their CAS, re-read, see the newer epoch and give up. The
 *    one write an older owner can still land is a create on an absent key: always an
 *    early (harmless) wake-up.
 *
 * Every node watches the keys of the kinds it hosts and wakes, at their fireAt, the ones
 * it owns by rendezvous and does not host already (`TimerSweep`). A membership change
 * re-evaluates ownership, so a crashed owner's actors are woken by their new owner.
 */
import type { Clock, TimerHandle } from "../clock.js";
import type { Logger } from "../log.js";
import { KvConflictError, type KvBucket, type KvEntry, type Subscription } from "./transport.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface IndexValue {
  readonly epoch: number;
  readonly fireAt: number;
}

/**
 * Epochs are state revisions of claim writes (`activation.ts`), marked `s`. Values written
 * before that hold per-actor lease revisions, another sequence that cannot be compared with
 * them: they read as epoch 0, older than any claim, so the first claim after an upgrade
 * re-stamps them instead of taking them for a newer owner's.
 */
const CLAIM_EPOCH = "s";

export function encodeIndex(v: IndexValue): Uint8Array {
  return enc.encode(`${v.epoch} ${v.fireAt} ${CLAIM_EPOCH}`);
}

/** An unreadable value reads as "epoch 0, due now": the safe side of I1. */
export function decodeIndex(b: Uint8Array): IndexValue {
  const [e, f, mark] = dec.decode(b).split(" ");
  const epoch = mark === CLAIM_EPOCH ? Number(e) : 0;
  const fireAt = Number(f);
  return Number.isFinite(epoch) && Number.isFinite(fireAt) ? { epoch, fireAt } : { epoch: 0, fireAt: 0 };
}

export function earliest(timers: ReadonlyMap<string, number>): number | undefined {
  let min: number | undefined;
  for (const t of timers.values()) if (min === undefined || t < min) min = t;
  return min;
}

/** What the writer last saw of its key. */
type Belief = { present: false } | { present: true; revision: number; value: IndexValue };

/**
 * One activation's writer of its index key. Calls are serialised by the activation (its
 * commit loop), so the belief is only changed by this writer or by a newer owner.
 * Each method resolves false when a newer owner holds the key (this activation is stale).
 */
export class IndexWriter {
  private belief: Belief = { present: false };

  constructor(
    private readonly bucket: KvBucket,
    private readonly key: string,
    private readonly epoch: number,
    /** What the key now holds, after each write and after the claim (even without a write). */
    private readonly onKnown: (fireAt: number | undefined) => void,
  ) {}

  private async reread(): Promise<boolean> {
    const e = await this.bucket.get(this.key);
    if (e === undefined) {
      this.belief = { present: false };
      return true;
    }
    const value = decodeIndex(e.value);
    if (value.epoch > this.epoch) return false;
    this.belief = { present: true, revision: e.revision, value };
    return true;
  }

  /** Re-stamps an existing key with this epoch and the exact earliest fireAt (or deletes it). Fences older owners. */
  async claim(fireAt: number | undefined): Promise<boolean> {
    if (!(await this.reread())) return false;
    const ok = await this.write(fireAt, (b) => (b.present ? b.value.epoch === this.epoch && b.value.fireAt === fireAt : fireAt === undefined));
    // Also when nothing was written: a node whose copy of the index missed a delete learns it here.
    if (ok) this.onKnown(fireAt);
    return ok;
  }

  /** Write-ahead for a commit: the key exists with fireAt ≤ `fireAt`. */
  ensureAtMost(fireAt: number): Promise<boolean> {
    return this.write(fireAt, (b) => b.present && b.value.fireAt <= fireAt);
  }

  /** The key holds exactly `fireAt` (absent for undefined). */
  setExact(fireAt: number | undefined): Promise<boolean> {
    return this.write(fireAt, (b) => (b.present ? b.value.fireAt === fireAt : fireAt === undefined));
  }

  private async write(wanted: number | undefined, satisfied: (b: Belief) => boolean): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const b = this.belief;
      let fireAt = wanted;
      if (satisfied(b)) {
        if (!b.present || b.value.epoch === this.epoch) return true;
        // An older owner's create on a key we had deleted: re-stamp it (same fireAt, still
        // satisfying) so that its later writes fail their CAS instead of undoing ours.
        fireAt = b.value.fireAt;
      }
      try {
        if (fireAt === undefined) {
          if (b.present) await this.bucket.delete(this.key, b.revision);
          this.belief = { present: false };
        } else {
          const value = { epoch: this.epoch, fireAt };
          const revision = b.present ? await this.bucket.update(this.key, encodeIndex(value), b.revision) : await this.bucket.create(this.key, encodeIndex(value));
          this.belief = { present: true, revision, value };
        }
        this.onKnown(fireAt);
        return true;
      } catch (err) {
        if (!(err instanceof KvConflictError)) throw err;
        if (!(await this.reread())) return false;
      }
    }
    throw new Error(`timer index key ${this.key}: too many concurrent writers`);
  }
}

export interface TimerSweepOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly bucket: KvBucket;
  readonly kinds: readonly string[];
  /** Whether this node should wake the actor now: it owns it by rendezvous and does not host it yet. */
  readonly shouldWake: (kind: string, id: string) => boolean;
  readonly wake: (kind: string, id: string) => void;
  /** Wait before waking the same actor again when a wake did not keep it here (held elsewhere). */
  readonly retryMs: number;
}

interface Pending {
  fireAt: number;
  /** Not before this instant (after a wake attempt). */
  retryAt: number;
}

/** A node's wake-up scheduler over the timer index of the kinds it hosts. */
export class TimerSweep {
  private readonly pending = new Map<string, Map<string, Pending>>();
  private readonly watches: Subscription[] = [];
  private timer: TimerHandle | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private closed = false;

  constructor(private readonly o: TimerSweepOptions) {
    for (const k of o.kinds) this.pending.set(k, new Map());
  }

  start(): void {
    for (const kind of this.o.kinds) {
      this.watches.push(
        this.o.bucket.watch(kind, (key, entry) => this.onEntry(kind, key.slice(kind.length + 1), entry)),
      );
    }
  }

  private onEntry(kind: string, id: string, entry: KvEntry | undefined): void {
    this.note(kind, id, entry === undefined ? undefined : decodeIndex(entry.value).fireAt);
  }

  /** Records the index value of one actor (from the watch, or from this node's own write). */
  note(kind: string, id: string, fireAt: number | undefined): void {
    const m = this.pending.get(kind);
    if (m === undefined) return;
    if (fireAt === undefined) m.delete(id);
    else {
      const p = m.get(id);
      if (p === undefined) m.set(id, { fireAt, retryAt: 0 });
      else p.fireAt = fireAt;
    }
    this.armAt(fireAt ?? Number.POSITIVE_INFINITY);
  }

  /** Re-evaluates soon (membership or local activations changed). */
  request(): void {
    this.armAt(this.o.clock.now());
  }

  private armAt(at: number): void {
    if (this.closed || at >= this.timerAt) return;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = this.o.clock.setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.sweep();
    }, at - this.o.clock.now());
  }

  private sweep(): void {
    const now = this.o.clock.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [kind, m] of this.pending) {
      for (const [id, p] of m) {
        if (!this.o.shouldWake(kind, id)) continue;
        const due = Math.max(p.fireAt, p.retryAt);
        if (due <= now) {
          p.retryAt = now + this.o.retryMs;
          this.o.wake(kind, id);
          next = Math.min(next, p.retryAt);
        } else next = Math.min(next, due);
      }
    }
    this.armAt(next);
  }

  /** How many actors of `kind` this node knows to have pending timers (tests, diagnostics). */
  size(kind: string): number {
    return this.pending.get(kind)?.size ?? 0;
  }

  stop(): void {
    this.closed = true;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    for (const w of this.watches) w.unsubscribe();
  }
}
