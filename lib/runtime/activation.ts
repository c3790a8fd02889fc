/**
 * One activation of one actor on this node: claim, state, timers, mailbox, commit loop.
 *
 *   acquiring ──claim written──▶ loading ──timer index claimed──▶ active ◀──▶ quarantined
 *       │                                                           │
 *       └──claimed by a live node: forward mailbox──▶ stopped ◀─────┴── passivate / node lease lost / fenced
 *
 * Single ownership: the state record names its owner, a node and that node's lease session
 * (`node-lease.ts`). An activation reads the record; if it names another session whose node
 * lease still holds it, the actor is held elsewhere (forward, or wait until it is released
 * or that lease expires). Otherwise it *claims* the record: a CAS write (a create when there
 * is none) naming this node and session. The claim's revision is the activation's fencing
 * epoch, and every later write is a CAS on the last revision, so once a successor has
 * claimed, every write of a previous owner fails — the state bucket itself enforces the
 * fence, whatever that owner's clock or lease renewals think. Effects and replies of a
 * batch are released only after that batch's CAS write succeeded, so a fenced owner
 * releases nothing — except effects the decider declared `early` (decider.ts), which
 * leave before the write while the lease is locally valid, as non-durable ones do.
 * Passivation and hand-off write the record with the owner cleared, so a
 * successor claims at once; after a crash it claims once the dead node's lease expired.
 *
 * Decisions applied without a write (decider.ts `durable: false`) have no CAS to stop
 * them: their answers and effects are released only while the node's lease is locally
 * valid (`leaseOk`), which ends before the server can expire the key and let a successor
 * claim (a margin covers clock-rate differences over one lease).
 *
 * Effects at least once (`outbox.ts`): a batch's non-timer effects are written in its
 * record; they leave it with the first write after their run returned (or the one at
 * passivation); a new activation re-runs what it finds there, with the original epoch and
 * revision (so the same keys), before its own effects.
 *
 * A handler that throws may have mutated the state object in place, so the in-memory
 * state is dropped: the record is reloaded, the items before the failing one (not yet
 * committed or answered) are decided again and committed; it alone fails.
 *
 * Timers also live in the timer index (`timer-index.ts`): lowered ahead of a commit that
 * brings a timer earlier (or that leaves effects in the outbox: then to the commit time,
 * so that after a crash the actor's next owner wakes it to run them), set exactly at
 * activation and passivation. That is what lets an
 * actor with pending timers sleep, and a crashed owner's timers fire without a message.
 */
import type { Clock, TimerHandle } from "../clock.js";
import type { Logger } from "../log.js";
import { kvKeys } from "../subjects.js";
import { isTimerEffect, type Decision, type TimerEffect, type TimerFired } from "./decider.js";
import { CorruptRecordError, decodeRecord, encodeRecordWith, NEVER, RecentLog, recordEpoch, SKEW_MARGIN_MS, type Remembered } from "./envelope.js";
import { jsonEffectCodec, OutboxEntry } from "./outbox.js";
import type { WireStatus } from "./errors.js";
import type { AnyActorKind, EffectContext } from "./kind.js";
import { Mailbox } from "./mailbox.js";
import type { RuntimeMetrics } from "./metrics.js";
import { earliest, IndexWriter } from "./timer-index.js";
import { KvConflictError, type InboundMessage, type Transport } from "./transport.js";

export interface MsgItem {
  readonly t: "msg";
  readonly kind: string;
  readonly raw: InboundMessage;
  readonly data: Uint8Array;
  /** `idemDigest` of the idempotency key. */
  readonly idem: string | undefined;
  readonly deadline: number;
  /** False for `tell`: no answer is computed, sent or remembered. */
  readonly wantsReply: boolean;
  readonly hops: number;
  /** Sent here because the actor's record names this node (`H.holder`). */
  readonly holder: boolean;
}

interface TimerItem {
  readonly t: "timer";
  readonly timerId: string;
  readonly fireAt: number;
}

type Item = MsgItem | TimerItem;

interface BatchResult {
  state: unknown;
  timers: Map<string, number>;
  added: Map<string, Remembered>;
  dirty: boolean;
  /** Some change came from a durable decision (decider.ts `durable`): the batch must be written. */
  durable: boolean;
  /** Some change came from a durable decision that is not deferrable: written at once. */
  urgent: boolean;
  effects: unknown[];
  /** Effects of early decisions (decider.ts `early`) not yet released: they leave before the write. */
  early: unknown[];
  outcomes: (() => void)[];
  /** Messages decided (answered after the commit); not the one whose handler threw. */
  msgs: MsgItem[];
  /** The item at `index` threw; the result covers the items before it. */
  crashed: { index: number; err: unknown } | undefined;
}

/** Decided, unwritten, unanswered: see `Activation.hold`. */
interface Held {
  readonly r: BatchResult;
  readonly items: Item[];
  readonly until: number;
}

const minOf = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

export type Phase = "acquiring" | "loading" | "active" | "quarantined" | "stopping" | "stopped";

export interface ActivationOptions {
  readonly mailboxCapacity: number;
  readonly maxBatch: number;
  readonly recentKeys: number;
  readonly leasePollMs: number;
  readonly restartBaseMs: number;
  readonly restartMaxMs: number;
  readonly maxRestarts: number;
  readonly restartWindowMs: number;
  readonly quarantineMs: number;
  /** Outbox entries committed longer ago than this at activation are dropped, not re-run (`outbox.ts`). */
  readonly effectReplayMs: number;
  /** Test knob: false skips the local lease-expiry check so tests can exercise the storage fence. */
  readonly localLeaseGuard: boolean;
}

/** What the claim loop found (`Activation.tryClaim`). */
type ClaimResult =
  /** `tookOver`: the record named another owner, whose lease had ended. */
  | { readonly t: "claimed"; readonly tookOver: boolean }
  | { readonly t: "held"; readonly owner: string }
  | { readonly t: "notNamed" }
  | { readonly t: "conflict" }
  /** This node's lease is not locally valid right now: no claim may name it. */
  | { readonly t: "wait" };

/** What an activation needs from its node. */
export interface ActivationHost {
  readonly nodeId: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: RuntimeMetrics;
  readonly transport: Transport;
  readonly options: ActivationOptions;
  respond(raw: InboundMessage, status: WireStatus, data?: Uint8Array, message?: string): void;
  /** `holder`: `node` is the one the actor's record names (`H.holder`). */
  forward(item: MsgItem, node: string, holder?: boolean): void;
  isAlive(kind: string, node: string): boolean;
  /** This node's lease session once usable, or undefined at `deadline` (`node-lease.ts`). */
  leaseSession(deadline: number): Promise<string | undefined>;
  /** Whether `session` is still this node's lease, locally valid. */
  leaseOk(session: string): boolean;
  /** Whether the owner a record names is live: its node lease holds its session (records before v5: its per-actor lease). */
  ownerLive(key: string, owner: string, session: string): Promise<boolean>;
  /** Asks `node`, which the record names, to activate the actor for its timers. */
  poke(kind: string, id: string, node: string): void;
  redispatch(kind: string, items: MsgItem[]): void;
  removed(act: Activation): void;
  /** For the effects committed by `epoch` at `revision` (a re-run keeps the original ones), named `commit` (kind.ts `EffectContext.commit`). */
  effectContext(act: Activation, epoch: number, revision: number, commit: string): EffectContext;
  /** This activation wrote its timer-index key (undefined: deleted). */
  indexed(act: Activation, fireAt: number | undefined): void;
}

export class Activation {
  readonly key: string;
  phase: Phase = "acquiring";
  epoch = 0;
  /** The node-lease session this activation claimed under ("" until it has one). */
  session = "";
  private stateRev = 0;
  private state: unknown;
  private timers = new Map<string, number>();
  private readonly timerHandles = new Map<string, { fireAt: number; handle: TimerHandle }>();
  private recent = new RecentLog();
  /** The outbox entries of the last committed record, oldest first (acknowledged ones until the next write). */
  private outbox: OutboxEntry[] = [];
  /** Effects that could not be encoded, or of non-durable decisions: run once from memory, never persisted. */
  private volatile: OutboxEntry[] = [];
  /** In-memory entries not named after a commit: their `EffectContext.commit`. */
  private readonly nameOf = new WeakMap<OutboxEntry, string>();
  /** Batches of non-durable decisions applied in memory since the last write. */
  private softSeq = 0;
  /** Releases of early effects by this activation; never reset, as these names carry no revision. */
  private earlySeq = 0;
  /** The state as last written, to skip writes of batches that changed nothing. */
  private savedState: Uint8Array = new Uint8Array(0);
  /** Deferrable decisions waiting to share a write (`hold`). */
  private held: Held | undefined;
  private flushTimer: TimerHandle | undefined;
  /** Memory cannot be trusted (a handler threw and the reload failed): reload before deciding anything. */
  private stale = false;
  private index: IndexWriter | undefined;
  private readonly mailbox: Mailbox<Item>;
  private deferred: MsgItem[] = [];
  private pumping: Promise<void> | undefined;
  private effectsChain: Promise<void> = Promise.resolve();
  private backoffUntil = 0;
  private backoffTimer: TimerHandle | undefined;
  private quarantineTimer: TimerHandle | undefined;
  private crashes: number[] = [];
  lastActivity: number;
  private stopping: Promise<void> | undefined;
  private readonly log: Logger;
  /** The kind's child of the handling-time histogram, resolved once instead of per message. */
  private readonly handling: { observe(seconds: number): void };

  /**
   * `onlyIfNamed`: started because another node found the record naming this node; claims
   * only a record that still names this session, else hands its messages back to routing.
   */
  constructor(
    readonly kind: AnyActorKind,
    readonly id: string,
    private readonly host: ActivationHost,
    private readonly onlyIfNamed = false,
  ) {
    this.key = kvKeys.actor(kind.kind, id);
    this.mailbox = new Mailbox<Item>(host.options.mailboxCapacity);
    this.lastActivity = host.clock.now();
    this.log = host.logger.child({ actor: this.key });
    this.handling = host.metrics.handlingSeconds.labels({ kind: kind.kind });
  }

  /** Reads the phase afresh (it changes across awaits). */
  private is(p: Phase): boolean {
    return this.phase === p;
  }

  get depth(): number {
    return this.mailbox.depth + this.deferred.length;
  }

  /** False when the mailbox is full (the caller answers `overloaded`). */
  offer(item: MsgItem): boolean {
    this.lastActivity = this.host.clock.now();
    switch (this.phase) {
      case "quarantined":
        this.host.respond(item.raw, "quarantined", undefined, `${this.key} is quarantined after repeated crashes`);
        return true;
      case "stopping":
      case "stopped":
        this.deferred.push(item);
        if (this.phase === "stopped") this.flushDeferred();
        return true;
      default:
        if (!this.mailbox.offer(item)) return false;
        if (this.phase === "active") this.kick();
        return true;
    }
  }

  // ── claim ────────────────────────────────────────────────────────────────

  private leaseOk(): boolean {
    return !this.host.options.localLeaseGuard || this.host.leaseOk(this.session);
  }

  /** Claim the state record (waiting out a departed owner's node lease), then serve. */
  async start(): Promise<void> {
    const { clock, transport, options, metrics } = this.host;
    const giveUpAt = clock.now() + transport.leaseTtlMs + 2000;
    const session = await this.host.leaseSession(giveUpAt);
    if (this.phase !== "acquiring") return;
    if (session === undefined) {
      this.fail("moving", `${this.key}: node ${this.host.nodeId} holds no lease`);
      return;
    }
    this.session = session;
    let holder = "?";
    let r: ClaimResult | undefined;
    for (;;) {
      if (!this.is("acquiring")) return;
      r = undefined;
      try {
        r = await this.tryClaim();
      } catch (err) {
        if (err instanceof CorruptRecordError) {
          this.log.warn({ err }, "activation failed to load state");
          this.fail("moving", `${this.key} could not load its state`);
          return;
        }
        this.log.debug({ err }, "state read or claim failed");
      }
      if (r?.t === "claimed") break;
      if (!this.is("acquiring")) return;
      if (r?.t === "conflict") continue;
      if (r?.t === "notNamed") {
        // Whoever sent these found the record naming us; it no longer does: route them afresh.
        this.phase = "stopped";
        const items = this.mailbox.drain();
        this.host.removed(this);
        this.host.redispatch(this.kind.kind, items.filter((it): it is MsgItem => it.t === "msg"));
        this.flushDeferred();
        return;
      }
      if (r?.t === "held") {
        holder = r.owner;
        if (this.host.isAlive(this.kind.kind, r.owner)) {
          this.phase = "stopped";
          const items = this.mailbox.drain();
          this.host.removed(this);
          const msgs = items.filter((it): it is MsgItem => it.t === "msg");
          for (const it of msgs) this.host.forward(it, r.owner, true);
          // Woken by the timer index with nothing to forward: the holder may have no activation to fire them.
          if (msgs.length === 0) this.host.poke(this.kind.kind, this.id, r.owner);
          this.flushDeferred();
          return;
        }
      }
      if (clock.now() >= giveUpAt) {
        this.fail("moving", `${this.key} still claimed by ${holder}`);
        return;
      }
      await new Promise<void>((res) => clock.setTimeout(res, options.leasePollMs));
    }
    if (r.tookOver) metrics.takeovers.inc({ kind: this.kind.kind });
    if (!this.is("acquiring")) {
      // Stopped while the claim was in flight: give the record back rather than leave it claimed.
      await this.release();
      return;
    }
    this.phase = "loading";
    try {
      await this.claimIndex();
    } catch (err) {
      this.log.warn({ err }, "activation failed to load state");
      await this.release();
      this.fail("moving", `${this.key} could not load its state`);
      return;
    }
    if (!this.is("loading")) return;
    this.phase = "active";
    metrics.activations.inc({ kind: this.kind.kind });
    this.log.info({ epoch: this.epoch, rev: this.stateRev }, "actor activated");
    this.armTimers();
    // Before any effect of this activation: effects of successive commits stay in order.
    this.scheduleOutbox();
    this.kick();
  }

  /**
   * One read and, unless another live owner holds the record, one claim write: the record
   * as read, stamped with this node and session (epoch 0: "the claim's own revision",
   * `recordEpoch`). From its revision on, older owners' writes fail their CAS.
   */
  private async tryClaim(): Promise<ClaimResult> {
    const { states } = this.host.transport;
    const { nodeId } = this.host;
    const entry = await states.get(this.key);
    const rec = entry === undefined ? undefined : decodeRecord(entry.value);
    const mine = rec !== undefined && rec.owner === nodeId && rec.session === this.session;
    if (this.onlyIfNamed && !mine) return { t: "notNamed" };
    const tookOver = rec !== undefined && rec.owner !== "" && !mine;
    if (tookOver) {
      // A session of our own node id other than the one we hold is over: our key holds ours.
      const ownEarlier = rec.owner === nodeId && rec.session !== "";
      if (!ownEarlier && (await this.host.ownerLive(this.key, rec.owner, rec.session))) return { t: "held", owner: rec.owner };
    }
    // Checked after the reads: a claim names a session that must still be ours when it lands.
    if (!this.leaseOk()) return { t: "wait" };
    let state: unknown;
    let timers = new Map<string, number>();
    let recent = new RecentLog();
    let outbox: OutboxEntry[] = [];
    if (entry === undefined || rec === undefined) {
      state = this.kind.initial(this.id);
    } else {
      state = this.kind.codec.decodeState(rec.state);
      timers = new Map(rec.timers);
      recent = RecentLog.from(rec.recent);
      outbox = rec.outbox.map((o) => OutboxEntry.fromRecord(o, entry.revision));
    }
    const now = this.host.clock.now();
    const expired = outbox.filter((e) => e.at < now - this.host.options.effectReplayMs);
    outbox = outbox.filter((e) => e.at >= now - this.host.options.effectReplayMs);
    const plan = recent.plan(new Map(), now, this.host.options.recentKeys);
    const stateBytes = this.kind.codec.encodeState(state);
    const claim = encodeRecordWith({ epoch: 0, owner: nodeId, session: this.session, timers }, plan.section, stateBytes, outbox.map((e) => e.encode()));
    try {
      this.stateRev = entry === undefined ? await states.create(this.key, claim) : await states.update(this.key, claim, entry.revision);
    } catch (err) {
      if (err instanceof KvConflictError) return { t: "conflict" };
      throw err;
    }
    this.epoch = this.stateRev;
    this.host.metrics.stateWrites.inc({ kind: this.kind.kind });
    this.state = state;
    this.saved(stateBytes);
    recent.apply(plan);
    this.timers = timers;
    this.recent = recent;
    this.outbox = outbox;
    if (expired.length > 0) {
      this.host.metrics.effectsExpired.inc({ kind: this.kind.kind }, expired.length);
      this.log.warn({ n: expired.length, oldest: expired[0]?.at }, "dropped unacknowledged effects older than effectReplayMs; not re-run");
    }
    return { t: "claimed", tookOver };
  }

  private async claimIndex(): Promise<void> {
    const index = new IndexWriter(this.host.transport.timers, this.key, this.epoch, (fireAt) => this.host.indexed(this, fireAt));
    const due = minOf(earliest(this.timers), this.outbox.length > 0 ? this.host.clock.now() : undefined);
    if (!(await index.claim(due))) throw new Error(`timer index of ${this.key} claimed by a newer owner`);
    this.index = index;
  }

  /**
   * Writes the record with the owner cleared, so a successor claims at once instead of
   * waiting for this node's lease to expire. It carries what memory holds beyond the last
   * write (non-durable decisions) and drops acknowledged outbox entries, so the next
   * activation does not re-run them. Skipped when memory or the lease cannot be trusted:
   * the record then stays claimed until this session ends (or this node is asked to serve
   * it again, `H.holder`).
   */
  private async release(): Promise<void> {
    if (this.stale || this.stateRev === 0 || !this.leaseOk()) return;
    const { options, metrics } = this.host;
    const kept = this.outbox.filter((e) => !e.done);
    const plan = this.recent.plan(new Map(), this.host.clock.now(), options.recentKeys);
    const state = this.kind.codec.encodeState(this.state);
    const record = encodeRecordWith({ epoch: this.epoch, owner: "", session: "", timers: this.timers }, plan.section, state, kept.map((e) => e.encode()));
    try {
      const revision = await this.host.transport.states.update(this.key, record, this.stateRev);
      metrics.stateWrites.inc({ kind: this.kind.kind });
      this.log.debug({ epoch: this.epoch, rev: revision, n: 0 }, "committed");
      this.stateRev = revision;
      this.saved(state);
      this.recent.apply(plan);
      this.outbox = kept;
    } catch (err) {
      if (err instanceof KvConflictError) {
        metrics.fencedWrites.inc({ kind: this.kind.kind });
        this.lose("state write fenced");
      } else this.log.warn({ err }, "record not released; it stays claimed until this node's session ends or it is served here again");
    }
  }

  // ── timers ───────────────────────────────────────────────────────────────

  /** Makes the armed clock timers match `this.timers` (absolute fireAt: no countdown restarts). */
  private armTimers(): void {
    const { clock } = this.host;
    for (const [id, h] of this.timerHandles) {
      if (this.timers.get(id) !== h.fireAt) {
        clock.clearTimeout(h.handle);
        this.timerHandles.delete(id);
      }
    }
    for (const [timerId, fireAt] of this.timers) {
      if (this.timerHandles.has(timerId)) continue;
      const handle = clock.setTimeout(() => {
        this.timerHandles.delete(timerId);
        if (this.phase === "stopped") return;
        this.mailbox.pushInternal({ t: "timer", timerId, fireAt });
        this.kick();
      }, fireAt - clock.now());
      this.timerHandles.set(timerId, { fireAt, handle });
    }
  }

  private disarmTimers(): void {
    for (const h of this.timerHandles.values()) this.host.clock.clearTimeout(h.handle);
    this.timerHandles.clear();
    if (this.quarantineTimer !== undefined) this.host.clock.clearTimeout(this.quarantineTimer);
    this.quarantineTimer = undefined;
  }

  // ── processing ───────────────────────────────────────────────────────────

  private kick(): void {
    if (this.pumping !== undefined || (this.phase !== "active" && this.phase !== "stopping")) return;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.mailbox.depth > 0 && this.backoffTimer === undefined) this.kick();
    });
  }

  private async pump(): Promise<void> {
    const { clock, options } = this.host;
    while ((this.phase === "active" || this.phase === "stopping") && (this.mailbox.depth > 0 || this.heldDue())) {
      const now = clock.now();
      if (now < this.backoffUntil) {
        if (this.backoffTimer === undefined) {
          this.backoffTimer = clock.setTimeout(() => {
            this.backoffTimer = undefined;
            this.kick();
          }, this.backoffUntil - now);
        }
        return;
      }
      if (!this.leaseOk()) {
        this.lose("lease expired locally before a write");
        return;
      }
      if (this.stale) {
        const reloaded = await this.reload();
        if (reloaded === "lost") return;
        if (reloaded === "failed") {
          this.backoffUntil = clock.now() + options.restartBaseMs;
          continue;
        }
      }
      await this.processBatch(this.mailbox.take(options.maxBatch));
    }
  }

  /**
   * Decides a batch item by item on a working copy of timers and keys. The state object
   * itself may be mutated in place by the decider (the routing deciders do, for speed), so
   * after a throw neither it nor `this.state` can be trusted: see `processBatch`.
   */
  private decideBatch(batch: readonly Item[], now: number, firstPass: boolean, held?: BatchResult): BatchResult {
    const { metrics } = this.host;
    const kindName = this.kind.kind;
    const r: BatchResult =
      held === undefined
        ? { state: this.state, timers: new Map(this.timers), added: new Map(), dirty: false, durable: false, urgent: false, effects: [], early: [], outcomes: [], msgs: [], crashed: undefined }
        : { ...held, state: this.state, timers: new Map(this.timers), added: new Map(held.added), effects: [...held.effects], early: [], outcomes: [...held.outcomes], msgs: [...held.msgs], crashed: undefined };
    const recent = this.recent;
    for (const [i, item] of batch.entries()) {
      let event: unknown;
      if (item.t === "timer") {
        if (r.timers.get(item.timerId) !== item.fireAt) continue;
        r.timers.delete(item.timerId);
        event = { type: "timerFired", timerId: item.timerId } satisfies TimerFired;
      } else {
        r.msgs.push(item);
        if (item.deadline < now) {
          r.outcomes.push(() => this.host.respond(item.raw, "deadline", undefined, "deadline passed before the actor got to it"));
          continue;
        }
        if (item.idem !== undefined && (recent.has(item.idem) || r.added.has(item.idem))) {
          if (firstPass) metrics.duplicates.inc({ kind: kindName });
          const stored = (r.added.get(item.idem) ?? recent.get(item.idem))?.reply;
          r.outcomes.push(() => this.host.respond(item.raw, "ok", item.wantsReply ? stored : undefined));
          continue;
        }
        try {
          event = this.kind.codec.decodeEvent(item.data);
        } catch (err) {
          r.outcomes.push(() => this.host.respond(item.raw, "bad_message", undefined, err instanceof Error ? err.message : String(err)));
          continue;
        }
      }
      let decision: Decision<unknown, unknown>;
      try {
        decision = this.kind.decide(r.state, event, now);
      } catch (err) {
        if (item.t === "msg") r.msgs.pop();
        r.crashed = { index: i, err };
        return r;
      }
      const reply = item.t === "msg" && item.wantsReply && this.kind.reply !== undefined ? this.kind.reply(decision, event) : undefined;
      let changed = decision.state !== r.state || item.t === "timer";
      // Not ahead of effects that an earlier decision of this batch left waiting for the write.
      const out = decision.early === true && r.effects.length === 0 ? r.early : r.effects;
      for (const eff of decision.effects) {
        changed = true;
        if (isTimerEffect(eff as { type: string })) {
          const te = eff as TimerEffect;
          if (te.type === "startTimer") r.timers.set(te.timerId, te.fireAt);
          else r.timers.delete(te.timerId);
        } else {
          out.push(eff);
        }
      }
      r.state = decision.state;
      if (changed) {
        r.dirty = true;
        if (decision.durable !== false) {
          r.durable = true;
          if (decision.deferrable !== true) r.urgent = true;
        }
        if (item.t === "msg" && item.idem !== undefined) {
          const until = item.deadline === Number.MAX_SAFE_INTEGER ? NEVER : item.deadline + SKEW_MARGIN_MS;
          r.added.set(item.idem, { reply, until });
        }
      }
      if (item.t === "msg") r.outcomes.push(() => this.host.respond(item.raw, "ok", reply));
    }
    return r;
  }

  /**
   * A handler that throws fails its own message only. Whatever it did to the state in
   * place is discarded: the state is reloaded from the store and the items before it —
   * not yet committed nor answered — are decided again, then committed as one batch.
   * Items after it go back to the mailbox, behind the restart back-off.
   */
  private async processBatch(batch: Item[]): Promise<void> {
    const { clock } = this.host;
    const startedAt = clock.now();
    const now = startedAt;
    const held = this.takeHeld();
    // Held items were decided but neither written nor answered: after a reload they are decided again.
    let prefix: readonly Item[] = held?.items ?? [];
    let todo: readonly Item[] = batch;
    let requeue: Item[] = [];
    let crash: { err: unknown } | undefined;
    let r = this.decideBatch(todo, now, true, held?.r);
    while (r.crashed !== undefined) {
      const { index, err } = r.crashed;
      const bad = todo[index];
      if (bad.t === "msg") this.host.respond(bad.raw, "handler_failed", undefined, err instanceof Error ? err.message : String(err));
      crash ??= { err };
      requeue = [...todo.slice(index + 1), ...requeue];
      todo = todo.slice(0, index);
      todo = [...prefix, ...todo];
      prefix = [];
      const reloaded = await this.reload();
      if (reloaded !== "ok") {
        // Uncommitted and unanswered: their senders retry with the same keys.
        const unanswered = [...todo, ...(reloaded === "lost" ? requeue : [])];
        for (const it of unanswered) if (it.t === "msg") this.host.respond(it.raw, "moving", undefined, "actor restarting after a handler failure; retry");
        if (reloaded === "failed") this.onCrash(err, requeue);
        return;
      }
      r = this.decideBatch(todo, now, false);
    }

    // Only now: decisions undone by a handler failure are decided again above, and release theirs then.
    if (!this.releaseEarly(r, now)) {
      for (const it of requeue) if (it.t === "msg") this.host.respond(it.raw, "moving", undefined, `${this.key} moved; retry`);
      return;
    }
    if (crash === undefined && r.dirty && r.durable && !r.urgent && this.hold(r, [...prefix, ...todo], held?.until ?? now + (this.kind.commitDelayMs ?? 0), now)) return;
    // Non-durable decisions, and durable ones that changed nothing, stay in memory until the next write.
    const stateBytes = r.dirty && r.durable ? this.kind.codec.encodeState(r.state) : undefined;
    if (r.dirty && (stateBytes === undefined || !this.writeNeeded(r, stateBytes))) this.keepInMemory(r, now);
    else if (r.dirty && !(await this.commit(r, now, stateBytes))) {
      if (crash === undefined) return;
      if (this.is("stopped")) {
        for (const it of requeue) if (it.t === "msg") this.host.respond(it.raw, "moving", undefined, `${this.key} moved; retry`);
      } else this.onCrash(crash.err, requeue);
      return;
    }
    this.state = r.state;
    this.timers = r.timers;
    if (this.phase !== "stopped") this.armTimers();
    for (const o of r.outcomes) o();
    this.scheduleOutbox();
    const seconds = (clock.now() - startedAt) / 1000;
    for (let i = 0; i < r.msgs.length; i++) this.handling.observe(seconds);
    if (crash !== undefined) this.onCrash(crash.err, requeue);
  }

  /**
   * The one state write of a batch, carrying its effects in the outbox and dropping the
   * entries whose runs are acknowledged. False when nothing may be released (lease lost,
   * fenced, or outcome unknown: those paths answered the batch's senders already).
   */
  private async commit(r: BatchResult, now: number, stateBytes = this.kind.codec.encodeState(r.state)): Promise<boolean> {
    const { metrics, options } = this.host;
    const kindName = this.kind.kind;
    if (!this.leaseOk()) {
      this.lose("lease expired locally before a write", r.msgs);
      return false;
    }
    let fresh: OutboxEntry | undefined;
    if (r.effects.length > 0 && this.kind.effects !== undefined) {
      try {
        fresh = new OutboxEntry(this.epoch, 0, now, (this.kind.effectCodec ?? jsonEffectCodec).encode(r.effects), r.effects);
      } catch (err) {
        // Still run them, just not durably: at most once, as before the outbox.
        metrics.effectFailures.inc({ kind: kindName });
        this.log.error({ err }, "effects could not be encoded for the outbox; they run at most once");
        fresh = new OutboxEntry(this.epoch, 0, now, new Uint8Array(0), r.effects);
        fresh.volatile = true;
      }
    }
    const durable = this.outbox.filter((e) => !e.done);
    if (fresh !== undefined && !fresh.volatile) durable.push(fresh);
    const plan = this.recent.plan(r.added, now, options.recentKeys);
    const record = encodeRecordWith(
      { epoch: this.epoch, owner: this.host.nodeId, session: this.session, timers: r.timers },
      plan.section,
      stateBytes,
      durable.map((e) => e.encode()),
    );
    let revision: number;
    try {
      // I1 extended: a record holding effects not yet run has an index key that is due, so
      // whichever node owns the actor after a crash wakes it to run them.
      const next = minOf(earliest(r.timers), durable.length > 0 ? now : undefined);
      if (next !== undefined && this.index !== undefined && !(await this.index.ensureAtMost(next))) {
        this.lose("timer index claimed by a newer owner", r.msgs);
        return false;
      }
      revision = await this.host.transport.states.update(this.key, record, this.stateRev);
    } catch (err) {
      if (err instanceof KvConflictError) {
        metrics.fencedWrites.inc({ kind: kindName });
        this.log.warn({ epoch: this.epoch, rev: this.stateRev }, "fenced write: another owner wrote since; stopping");
        this.lose("state write fenced", r.msgs);
        return false;
      }
      // Outcome unknown: the write may have landed. Senders retry with the same keys, which the
      // persisted recent-keys set absorbs; we restart from whatever the store holds, and if
      // the write did land its effects are in the outbox we reload, and run from there.
      this.log.warn({ err }, "state write failed; restarting from persisted state");
      for (const m of r.msgs) this.host.respond(m.raw, "moving", undefined, "state write failed; retry");
      await this.reload();
      return false;
    }
    metrics.stateWrites.inc({ kind: kindName });
    // Guarded: the object would be built per commit even with debug off.
    if (this.log.isLevelEnabled("debug")) this.log.debug({ epoch: this.epoch, rev: revision, n: r.msgs.length }, "committed");
    this.stateRev = revision;
    this.saved(stateBytes);
    this.recent.apply(plan);
    fresh?.landed(revision);
    this.outbox = durable;
    if (fresh?.volatile === true) this.volatile.push(fresh);
    return true;
  }

  /**
   * Keeps a batch of deferrable decisions decided but unwritten until `until`, so the
   * decisions that follow share its write (kind.ts `commitDelayMs`). Memory moves on;
   * replies and effects wait. False when the batch is due now (or the actor is stopping).
   */
  private hold(r: BatchResult, items: Item[], until: number, now: number): boolean {
    if (now >= until || this.phase !== "active") return false;
    this.held = { r, items, until };
    this.state = r.state;
    this.timers = r.timers;
    this.armTimers();
    this.flushTimer ??= this.host.clock.setTimeout(() => {
      this.flushTimer = undefined;
      this.kick();
    }, until - now);
    return true;
  }

  private takeHeld(): Held | undefined {
    const held = this.held;
    this.held = undefined;
    if (this.flushTimer !== undefined) this.host.clock.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    return held;
  }

  /** Held decisions are written when their delay ran out, or at once when the actor is stopping. */
  private heldDue(): boolean {
    return this.held !== undefined && (this.phase === "stopping" || this.host.clock.now() >= this.held.until);
  }

  private saved(state: Uint8Array): void {
    this.savedState = state;
    this.softSeq = 0;
  }

  /** A durable batch is written only if it changed the state, its timers, or has effects for the outbox. */
  private writeNeeded(r: BatchResult, stateBytes: Uint8Array): boolean {
    if (r.effects.length > 0 && this.kind.effects !== undefined) return true;
    if (r.timers.size !== this.timers.size) return true;
    for (const [id, at] of r.timers) if (this.timers.get(id) !== at) return true;
    return !Buffer.from(stateBytes.buffer, stateBytes.byteOffset, stateBytes.byteLength).equals(this.savedState);
  }

  /**
   * Hands the batch's early effects (decider.ts `early`) to the effect chain before its
   * write, behind everything released before them. Never into the outbox: a record that
   * carried them would have a successor re-run them under another name. False when the
   * lease is not locally valid: nothing is released and the actor stops, as a write
   * would have.
   */
  private releaseEarly(r: BatchResult, now: number): boolean {
    if (r.early.length === 0) return true;
    if (!this.leaseOk()) {
      this.lose("lease expired locally before early effects", r.msgs);
      return false;
    }
    if (this.kind.effects !== undefined) {
      const e = new OutboxEntry(this.epoch, this.stateRev, now, new Uint8Array(0), r.early);
      e.volatile = true;
      this.nameOf.set(e, `${this.key}@${this.epoch}.e${++this.earlySeq}`);
      this.volatile.push(e);
      this.scheduleOutbox();
    }
    r.early = [];
    return true;
  }

  /** Applies a batch without a write: its keys, state and timers go out with the next commit; its effects run once, from memory. */
  private keepInMemory(r: BatchResult, now: number): void {
    this.recent.apply(this.recent.plan(r.added, now, this.host.options.recentKeys));
    if (r.effects.length > 0 && this.kind.effects !== undefined) {
      const e = new OutboxEntry(this.epoch, this.stateRev, now, new Uint8Array(0), r.effects);
      e.volatile = true;
      this.nameOf.set(e, `${this.key}@${e.epoch}.${e.revision}+${++this.softSeq}`);
      this.volatile.push(e);
    }
  }

  /** Hands every committed, not yet scheduled outbox entry to the effect chain, oldest first. */
  private scheduleOutbox(): void {
    if (this.volatile.length === 0 && this.outbox.every((e) => e.scheduled || e.done)) return;
    const run = this.kind.effects?.bind(this.kind);
    const { metrics } = this.host;
    const kindName = this.kind.kind;
    const pending = [...this.outbox, ...this.volatile.splice(0)];
    for (const e of pending) {
      if (e.scheduled || e.done) continue;
      e.scheduled = true;
      if (run === undefined) {
        e.done = true;
        continue;
      }
      const replay = e.effects === undefined;
      this.effectsChain = this.effectsChain.then(async () => {
        try {
          const effects = e.effects ?? (this.kind.effectCodec ?? jsonEffectCodec).decode(e.bytes);
          if (replay) {
            metrics.effectsReplayed.inc({ kind: kindName });
            this.log.info({ epoch: e.epoch, rev: e.revision, n: effects.length }, "re-running effects left unacknowledged by a previous run");
          }
          await run(effects, this.host.effectContext(this, e.epoch, e.revision, this.nameOf.get(e) ?? `${this.key}@${e.epoch}.${e.revision}`));
        } catch (err) {
          metrics.effectFailures.inc({ kind: kindName });
          this.log.error({ err }, "effect runner threw");
        } finally {
          e.done = true;
        }
      });
    }
  }

  // ── supervision ──────────────────────────────────────────────────────────

  /** Counts the crash, puts `rest` back at the front of the mailbox and backs off (or quarantines). The state was already reloaded. */
  private onCrash(err: unknown, rest: Item[]): void {
    const { clock, metrics, options } = this.host;
    const now = clock.now();
    metrics.restarts.inc({ kind: this.kind.kind });
    this.crashes = this.crashes.filter((t) => now - t < options.restartWindowMs);
    this.crashes.push(now);
    this.mailbox.requeueFront(rest);
    if (this.crashes.length >= options.maxRestarts) {
      metrics.quarantines.inc({ kind: this.kind.kind });
      this.log.error({ err, crashes: this.crashes.length }, "actor quarantined after repeated crashes");
      this.phase = "quarantined";
      for (const it of this.mailbox.drain()) {
        if (it.t === "msg") this.host.respond(it.raw, "quarantined", undefined, `${this.key} is quarantined`);
        else this.mailbox.pushInternal(it);
      }
      this.quarantineTimer = clock.setTimeout(() => {
        this.quarantineTimer = undefined;
        if (this.phase !== "quarantined") return;
        this.crashes = [];
        void this.reload().then(() => {
          if (this.phase === "quarantined") this.phase = "active";
          this.kick();
        });
      }, options.quarantineMs);
      return;
    }
    const backoff = Math.min(options.restartMaxMs, options.restartBaseMs * 2 ** (this.crashes.length - 1));
    this.log.warn({ err, backoffMs: backoff }, "handler threw; restarting from persisted state");
    this.backoffUntil = now + backoff;
  }

  /**
   * Replaces everything in memory by the committed record. "lost": someone else owns the
   * actor now (stopped); "failed": the store could not be read, memory stays untrusted
   * (`stale`) and the next batch retries the reload first.
   */
  private async reload(): Promise<"ok" | "lost" | "failed"> {
    try {
      const entry = await this.host.transport.states.get(this.key);
      if (entry === undefined) throw new Error(`state record of ${this.key} vanished`);
      const rec = decodeRecord(entry.value);
      if (rec.owner !== this.host.nodeId || rec.session !== this.session || recordEpoch(rec, entry.revision) !== this.epoch) {
        this.lose("state claimed by a newer owner");
        return "lost";
      }
      this.state = this.kind.codec.decodeState(rec.state);
      this.timers = new Map(rec.timers);
      this.recent = RecentLog.from(rec.recent);
      this.stateRev = entry.revision;
      this.saved(rec.state);
      // Entries this activation knows keep their progress; one it does not know comes from a
      // write whose outcome looked unknown but which landed: its effects have not run yet.
      this.outbox = rec.outbox.map((o) => {
        const e = OutboxEntry.fromRecord(o, entry.revision);
        return this.outbox.find((x) => x.same(e)) ?? e;
      });
      this.stale = false;
      if (this.phase !== "stopped") this.armTimers();
      this.scheduleOutbox();
      return "ok";
    } catch (err) {
      this.stale = true;
      this.log.warn({ err }, "reload failed; will retry before the next batch");
      return "failed";
    }
  }

  // ── stopping ─────────────────────────────────────────────────────────────

  private fail(status: WireStatus, message: string, extra: readonly MsgItem[] = []): void {
    this.phase = "stopped";
    this.disarmTimers();
    for (const m of [...(this.takeHeld()?.r.msgs ?? []), ...extra]) this.host.respond(m.raw, status, undefined, message);
    for (const it of this.mailbox.drain()) if (it.t === "msg") this.host.respond(it.raw, status, undefined, message);
    this.host.removed(this);
    this.flushDeferred();
  }

  /** The node's lease or this claim is gone: stop serving at once; waiting senders retry and reach the new owner. */
  lose(reason: string, inFlight: readonly MsgItem[] = []): void {
    if (this.phase === "stopped") return;
    this.host.metrics.leasesLost.inc({ kind: this.kind.kind });
    this.log.warn({ epoch: this.epoch, reason }, "lease lost; actor stopped locally");
    this.fail("moving", `${this.key} moved: ${reason}`, inFlight);
  }

  private flushDeferred(): void {
    if (this.deferred.length === 0) return;
    const items = this.deferred;
    this.deferred = [];
    this.host.redispatch(this.kind.kind, items);
  }

  /** The kind asks to stay active while idle (kind.ts `keepActive`). */
  wantsToStay(): boolean {
    return this.kind.keepActive?.(this.state) === true;
  }

  /** Finishes queued work, lets effects run, releases the record so a successor can claim it at once. */
  passivate(reason: string): Promise<void> {
    return (this.stopping ??= (async () => {
      if (this.phase === "stopped") return;
      if (this.phase === "acquiring" || this.phase === "loading") {
        this.fail("moving", `${this.key} is moving: ${reason}`);
        return;
      }
      this.phase = "stopping";
      this.kick();
      while (this.pumping !== undefined) await this.pumping;
      await this.effectsChain;
      if (!this.is("stopping")) return;
      this.disarmTimers();
      try {
        // Sleeping actors are woken by the index alone: make it exact while the record is
        // still ours (I1 holds either way), due now if effects remain to be run.
        const unrun = this.outbox.some((e) => !e.done);
        await this.index?.setExact(minOf(earliest(this.timers), unrun ? this.host.clock.now() : undefined));
      } catch (err) {
        this.log.warn({ err }, "timer index not updated at passivation; the actor may wake early");
      }
      if (!this.is("stopping")) return;
      await this.release();
      if (!this.is("stopping")) return;
      this.phase = "stopped";
      this.log.info({ epoch: this.epoch, reason }, "actor passivated");
      for (const it of this.mailbox.drain()) if (it.t === "msg") this.deferred.push(it);
      this.host.removed(this);
      this.flushDeferred();
    })());
  }
}
