/**
 * A small actor kind for runtime tests: a counter with tagged additions, timers and a
 * handler that can be made to throw. JSON codecs (protobuf comes later). And a relay kind
 * whose effects message a counter.
 */
import { startTimer, cancelTimer, type Decide } from "../../lib/runtime/decider.js";
import type { ActorKind, Codec, EffectContext } from "../../lib/runtime/index.js";

export interface CounterState {
  readonly count: number;
  /** Tags applied so far, in order (the test checks each appears once). */
  readonly tags: readonly string[];
  readonly fired: readonly string[];
}

export type CounterEvent =
  | { readonly type: "add"; readonly n: number; readonly tag: string }
  | { readonly type: "get" }
  /** Adds one without recording a tag or emitting an effect: a small state write, for the benchmark. */
  | { readonly type: "inc" }
  | { readonly type: "arm"; readonly timerId: string; readonly inMs: number }
  | { readonly type: "cancel"; readonly timerId: string }
  | { readonly type: "boom" };

export type CounterEffect = { readonly type: "applied"; readonly tag: string; readonly count: number } | { readonly type: "fired"; readonly timerId: string };

export interface CounterReply {
  readonly count: number;
  readonly tags: readonly string[];
  readonly fired: readonly string[];
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The JSON codec the test kinds use for their events and states. */
export function jsonCodec<S, E>(): Codec<S, E> {
  return {
    encodeEvent: (e) => enc.encode(JSON.stringify(e)),
    decodeEvent: (b) => JSON.parse(dec.decode(b)) as E,
    encodeState: (s) => enc.encode(JSON.stringify(s)),
    decodeState: (b) => JSON.parse(dec.decode(b)) as S,
  };
}

export const decideCounter: Decide<CounterState, CounterEvent, CounterEffect> = (state, event, now) => {
  switch (event.type) {
    case "add": {
      const count = state.count + event.n;
      return { state: { ...state, count, tags: [...state.tags, event.tag] }, effects: [{ type: "applied", tag: event.tag, count }] };
    }
    case "get":
      return { state, effects: [] };
    case "inc":
      return { state: { ...state, count: state.count + 1 }, effects: [] };
    case "arm":
      return { state, effects: [startTimer(event.timerId, now + event.inMs)] };
    case "cancel":
      return { state, effects: [cancelTimer(event.timerId)] };
    case "boom":
      throw new Error("boom");
    case "timerFired":
      return { state: { ...state, fired: [...state.fired, event.timerId] }, effects: [{ type: "fired", timerId: event.timerId }] };
  }
};

export type EffectSink = (effect: CounterEffect, ctx: EffectContext) => void;

export function counterKind(sink: EffectSink = () => undefined, kind = "counter"): ActorKind<CounterState, CounterEvent, CounterEffect> {
  return {
    kind,
    initial: () => ({ count: 0, tags: [], fired: [] }),
    decide: decideCounter,
    codec: jsonCodec<CounterState, CounterEvent>(),
    effects(effects, ctx) {
      for (const e of effects) sink(e, ctx);
    },
    reply: (decision) => enc.encode(JSON.stringify({ count: decision.state.count, tags: decision.state.tags, fired: decision.state.fired } satisfies CounterReply)),
  };
}

export function readReply(b: Uint8Array | undefined): CounterReply {
  if (b === undefined) throw new Error("expected a reply");
  return JSON.parse(dec.decode(b)) as CounterReply;
}

/**
 * A relay: each `relay` event is committed, then its effect runner tells (or, with `post`,
 * posts to) the counter actor `to` to add one with the same tag (a message sent by an
 * effect, keyed by the runtime). `hooks` let a test process die or stall around that send.
 */
export type RelayEvent = { readonly type: "relay"; readonly to: string; readonly tag: string; readonly post?: boolean };
export type RelayEffect = { readonly type: "forward"; readonly to: string; readonly tag: string; readonly post?: boolean };
export interface RelayState {
  readonly relayed: number;
}

export interface RelayHooks {
  beforeSend?(effect: RelayEffect, ctx: EffectContext): Promise<void> | void;
  afterSend?(effect: RelayEffect, ctx: EffectContext): Promise<void> | void;
}

export function relayKind(counter: ActorKind<CounterState, CounterEvent, CounterEffect>, hooks: RelayHooks = {}, kind = "relay"): ActorKind<RelayState, RelayEvent, RelayEffect> {
  return {
    kind,
    initial: () => ({ relayed: 0 }),
    decide: (state, event) =>
      event.type === "relay" ? { state: { relayed: state.relayed + 1 }, effects: [{ type: "forward", to: event.to, tag: event.tag, post: event.post }] } : { state, effects: [] },
    codec: jsonCodec<RelayState, RelayEvent>(),
    async effects(effects, ctx) {
      for (const e of effects) {
        await hooks.beforeSend?.(e, ctx);
        const add: CounterEvent = { type: "add", n: 1, tag: e.tag };
        if (e.post === true) ctx.post(counter, e.to, add, { timeoutMs: 20_000 });
        else await ctx.tell(counter, e.to, add, { timeoutMs: 20_000 });
        await hooks.afterSend?.(e, ctx);
      }
    },
  };
}
