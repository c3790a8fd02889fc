/**
 * How a domain registers an actor kind with the runtime. The decider stays pure
 * (`decider.ts`); everything impure (I/O, other actors, async work) happens in `effects`,
 * which runs only after the decision is durably written (unless the decider declares it
 * `early`), and whose async results come back to the actor as new events via
 * `ctx.tell(ctx.self…)`.
 */
import type { Logger } from "../log.js";
import type { Decide, Decision } from "./decider.js";

export interface Codec<S, E> {
  encodeEvent(e: E): Uint8Array;
  decodeEvent(b: Uint8Array): E;
  encodeState(s: S): Uint8Array;
  decodeState(b: Uint8Array): S;
}

/** How the outbox persists a commit's non-timer effects (default: JSON with Map/Set/bytes tagged, `outbox.ts`). */
export interface EffectCodec<F> {
  encode(effects: readonly F[]): Uint8Array;
  decode(b: Uint8Array): F[];
}

export interface ActorRef {
  readonly kind: string;
  readonly id: string;
}

export interface SendOptions {
  /** Overall deadline for delivery (and the answer, for ask). Default: the runtime's `defaultTimeoutMs`. */
  timeoutMs?: number;
  /** Duplicate-suppression key; the same key is applied at most once by the actor. Default: a fresh random key. */
  idempotencyKey?: string;
}

/** What a caller needs to address a kind: its name and how to encode its events (any ActorKind is one). */
export interface Addressable<E> {
  readonly kind: string;
  readonly codec: { encodeEvent(e: E): Uint8Array };
}

/**
 * What an effect runner may do. `tell`/`ask` without an explicit key get
 * `<commit>><target kind>.<target id>#<n>`, n counting the sends to
 * that target in this run: the same key when the outbox re-runs these effects, provided
 * the runner sends to each target in an order fixed by the effects (not by timing).
 */
export interface EffectContext {
  readonly self: ActorRef;
  /** Fencing epoch (revision of its claim write; before v5 records, of its lease) of the activation that committed these effects (also on a re-run by a successor). */
  readonly epoch: number;
  /**
   * KV revision of the state write that released these effects (also on a re-run); for
   * effects released before their write (decider.ts `early`) or without one, the revision
   * of the last write before them.
   */
  readonly revision: number;
  /**
   * Names the batch that released these effects, unique per actor across owners:
   * `<kind>.<id>@<epoch>.<revision>` for a written commit, `…+<n>` for the n-th batch of
   * non-durable decisions applied in memory after it (decider.ts `durable`), and
   * `<kind>.<id>@<epoch>.e<n>` for the n-th release of early effects (decider.ts `early`)
   * by the activation of that epoch. Keys derived from it never collide: an epoch is the
   * revision of one claim write, so no two activations of any node or process share it,
   * and `n` counts per activation without reset (a revision would not do: the write is not
   * done yet, and the one it lands at may also carry a later release). A re-run of a
   * written commit derives the same keys; early effects are never re-run, and a decision
   * made again (after a failed write) gets a new `n`, hence new keys: a true repeat, which
   * is what `early` accepts.
   */
  readonly commit: string;
  readonly logger: Logger;
  now(): number;
  tell<E2>(kind: Addressable<E2>, id: string, event: E2, opts?: SendOptions): Promise<void>;
  ask<E2>(kind: Addressable<E2>, id: string, event: E2, opts?: SendOptions): Promise<Uint8Array | undefined>;
  /**
   * Sends without waiting for the commit, for protocols that repair a lost message
   * themselves. The message leaves before `post` returns, so posts to one target arrive in
   * the order they were made. The receiver answers only a refusal (moving, overloaded, …)
   * and the server a missing receiver; the runtime then resends in the background with the
   * same key until the deadline. What is still lost: a message taken in by an owner that
   * dies before committing it, or dropped by a broken connection. Actors that use `post`
   * must resync on load and time out what they wait for.
   */
  post<E2>(kind: Addressable<E2>, id: string, event: E2, opts?: SendOptions): void;
}

export interface ActorKind<S, E, F> {
  /** Subject token. */
  readonly kind: string;
  initial(id: string): S;
  readonly decide: Decide<S, E, F>;
  readonly codec: Codec<S, E>;
  /**
   * Runs the non-timer effects of one committed batch, in order, after the state write
   * (those of `early` decisions: right after the decision, before it, at most once each
   * time the decision is made). Effects of successive commits run one after another.
   *
   * At least once (`outbox.ts`): the effects are persisted with the commit, and if the
   * owner dies before this returns, the next activation runs them again with the same
   * `ctx.epoch`/`ctx.revision` (entries older than `effectReplayMs` are dropped). So every
   * receiver must drop duplicates by key: actors of this runtime do (for the key's
   * deadline plus a margin); anything else a runner talks to (signaling, publishers) must
   * dedupe by the key the runner derives from `<commit>:<index>`.
   * A runner that throws counts as run (it is not retried). Effects committed by a
   * deposed owner before its successor's claim may run on both (same keys); effects of a
   * write after the claim never run anywhere (that write fails its CAS).
   */
  effects?(effects: readonly F[], ctx: EffectContext): Promise<void> | void;
  /**
   * How long the write of deferrable decisions (decider.ts `deferrable`) may wait for
   * more decisions to share it. Default 0: every durable batch is written at once.
   */
  readonly commitDelayMs?: number;
  /**
   * While this holds for its state, an idle actor is not passivated (it still moves on
   * rebalancing and stops with its node). For actors whose reactivation costs more than
   * staying: with one lease per node an idle active actor costs memory only.
   */
  readonly keepActive?: (state: S) => boolean;
  /** Persists effects in the outbox; default JSON (`outbox.ts` `jsonEffectCodec`). */
  readonly effectCodec?: EffectCodec<F>;
  /** The answer to an `ask`, computed from the decision (pure). */
  reply?(decision: Decision<S, F>, event: E): Uint8Array | undefined;
}

/** Erased form the runtime stores; kinds are registered with their own S, E, F. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance hole: a registry of heterogeneous kinds; typed at the registration boundary
export type AnyActorKind = ActorKind<any, any, any>;
