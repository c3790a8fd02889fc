/**
 * How a domain registers an actor kind with the runtime. The decider stays pure
 * (`decider.ts`); everything impure (I/O, other actors, async work) happens in `effects`,
 * which runs only after the decision is durably written, and whose async results come
 * back to the actor as new events via `ctx.tell(ctx.self…)`.
 */
import type { Logger } from "../log.js";
import type { Decide, Decision } from "./decider.js";

export interface Codec<S, E> {
  encodeEvent(e: E): Uint8Array;
  decodeEvent(b: Uint8Array): E;
  encodeState(s: S): Uint8Array;
  decodeState(b: Uint8Array): S;
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

/** What an effect runner may do. Messages sent from here carry keys derived from the committed revision. */
export interface EffectContext {
  readonly self: ActorRef;
  /** Fencing epoch (lease revision at activation) of the activation that committed these effects. */
  readonly epoch: number;
  /** KV revision of the state write that released these effects. */
  readonly revision: number;
  readonly logger: Logger;
  now(): number;
  tell<E2>(kind: Addressable<E2>, id: string, event: E2, opts?: SendOptions): Promise<void>;
  ask<E2>(kind: Addressable<E2>, id: string, event: E2, opts?: SendOptions): Promise<Uint8Array | undefined>;
}

export interface ActorKind<S, E, F> {
  /** Subject token. */
  readonly kind: string;
  initial(id: string): S;
  readonly decide: Decide<S, E, F>;
  readonly codec: Codec<S, E>;
  /**
   * Runs the non-timer effects of one committed batch, in order, after the state write.
   * Effects of successive commits run one after another. Not re-run after a crash:
   * effects are at most once (an outbox is future work).
   */
  effects?(effects: readonly F[], ctx: EffectContext): Promise<void> | void;
  /** The answer to an `ask`, computed from the decision (pure). */
  reply?(decision: Decision<S, F>, event: E): Uint8Array | undefined;
}

/** Erased form the runtime stores; kinds are registered with their own S, E, F. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance hole: a registry of heterogeneous kinds; typed at the registration boundary
export type AnyActorKind = ActorKind<any, any, any>;
