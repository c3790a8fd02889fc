/**
 * A handler that mutates its state in place and then throws (the routing deciders mutate
 * for speed) must leave no trace: not in the store, not in memory. The messages batched
 * with it succeed, each once; it alone gets HandlerFailedError. Embedded transport, with
 * state writes held so that messages pile up into one batch behind a commit in flight.
 */
import test from "ava";
import { jsonCodec } from "../../support/runtime-kinds.js";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { decodeRecord } from "../../../lib/runtime/envelope.js";
import { createMemoryTransport, HandlerFailedError, Runtime, type ActorKind, type Transport } from "../../../lib/runtime/index.js";

interface Bag {
  items: string[];
}
type BagEvent = { type: "put"; item: string } | { type: "poison" } | { type: "get" };
type BagEffect = { type: "put"; item: string };

const enc = new TextEncoder();
const dec = new TextDecoder();

function bagKind(ran: BagEffect[]): ActorKind<Bag, BagEvent, BagEffect> {
  return {
    kind: "bag",
    initial: () => ({ items: [] }),
    decide(state, event) {
      switch (event.type) {
        case "put":
          state.items.push(event.item);
          return { state: { ...state }, effects: [{ type: "put", item: event.item }] };
        case "poison":
          // Guards after the mutation: exactly what must never be persisted.
          state.items.push("half-done");
          throw new Error("poisoned");
        default:
          return { state, effects: [] };
      }
    },
    codec: jsonCodec<Bag, BagEvent>(),
    effects(effects) {
      ran.push(...effects);
    },
    reply: (d) => enc.encode(JSON.stringify(d.state.items)),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gated(): { transport: Transport; shared: Transport; hold: () => () => void } {
  const shared = createMemoryTransport(systemClock);
  let gate: Promise<void> | undefined;
  const transport: Transport = {
    ...shared,
    states: {
      ...shared.states,
      get: (k) => shared.states.get(k),
      create: (k, v) => shared.states.create(k, v),
      delete: (k, r) => shared.states.delete(k, r),
      keys: (p) => shared.states.keys(p),
      watch: (p, f) => shared.states.watch(p, f),
      update: async (k, v, r) => {
        if (gate !== undefined) await gate;
        return shared.states.update(k, v, r);
      },
    },
  };
  return {
    transport,
    shared,
    hold: () => {
      let open = (): void => undefined;
      gate = new Promise((r) => { open = r; });
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

async function stored(shared: Transport, key: string): Promise<string[]> {
  const e = await shared.states.get(key);
  if (e === undefined) throw new Error("no record");
  return (JSON.parse(dec.decode(decodeRecord(e.value).state)) as Bag).items;
}

const items = (b: Uint8Array | undefined): string[] => JSON.parse(dec.decode(b ?? enc.encode("null"))) as string[];

test("a handler that mutates then throws mid-batch: the batch's earlier messages commit without its mutation, later ones follow", async (t) => {
  const { transport, shared, hold } = gated();
  const ran: BagEffect[] = [];
  const kind = bagKind(ran);
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [kind], activation: { restartBaseMs: 20 } });
  try {
    await rt.ask(kind, "b1", { type: "put", item: "a" });
    const open = hold();
    const inFlight = rt.ask(kind, "b1", { type: "put", item: "b" });
    await sleep(20);
    // These three queue behind the held commit and are taken as one batch.
    const before = rt.ask(kind, "b1", { type: "put", item: "c" });
    const poison = rt.ask(kind, "b1", { type: "poison" });
    const after = rt.ask(kind, "b1", { type: "put", item: "d" });
    await sleep(20);
    open();
    await inFlight;
    t.deepEqual(items(await before), ["a", "b", "c"], "the earlier item is answered from the re-applied state");
    await t.throwsAsync(poison, { instanceOf: HandlerFailedError, message: /poisoned/ });
    t.deepEqual(items(await after), ["a", "b", "c", "d"]);
    t.deepEqual(await stored(shared, "bag.b1"), ["a", "b", "c", "d"], "the store never saw the half-done mutation");
    t.deepEqual(items(await rt.ask(kind, "b1", { type: "get" })), ["a", "b", "c", "d"], "nor does memory");
    t.deepEqual(ran.map((e) => e.item), ["a", "b", "c", "d"], "each effect once; none from the failed handler");
    t.is((await rt.metrics.restarts.get()).values.find((v) => v.labels.kind === "bag")?.value, 1);
  } finally {
    await rt.stop();
  }
});

test("a handler that mutates then throws as the only item: memory is reloaded, so the next write does not carry the mutation", async (t) => {
  const { transport, shared } = gated();
  const ran: BagEffect[] = [];
  const kind = bagKind(ran);
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [kind], activation: { restartBaseMs: 20 } });
  try {
    await rt.ask(kind, "b2", { type: "put", item: "a" });
    await t.throwsAsync(rt.ask(kind, "b2", { type: "poison" }), { instanceOf: HandlerFailedError });
    t.deepEqual(items(await rt.ask(kind, "b2", { type: "put", item: "b" })), ["a", "b"]);
    t.deepEqual(await stored(shared, "bag.b2"), ["a", "b"]);
  } finally {
    await rt.stop();
  }
});

test("a handler that throws on every attempt quarantines the actor; the store holds only good items", async (t) => {
  const { transport, shared } = gated();
  const kind = bagKind([]);
  const rt = Runtime.start({
    transport,
    clock: systemClock,
    logger: silentLogger(),
    registry: new Registry(),
    kinds: [kind],
    activation: { restartBaseMs: 5, maxRestarts: 3, quarantineMs: 60_000 },
  });
  try {
    await rt.ask(kind, "b3", { type: "put", item: "a" });
    for (let i = 0; i < 3; i++) await t.throwsAsync(rt.ask(kind, "b3", { type: "poison" }), { instanceOf: HandlerFailedError });
    t.deepEqual(await stored(shared, "bag.b3"), ["a"]);
    t.is((await rt.metrics.quarantines.get()).values.find((v) => v.labels.kind === "bag")?.value, 1);
  } finally {
    await rt.stop().catch(() => undefined);
  }
});
