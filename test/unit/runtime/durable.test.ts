/**
 * decider.ts `durable: false` and write skipping: a non-durable decision is applied,
 * answered and its effects run without a state write; the next durable commit (or the
 * hand-off at stop) writes it. A durable decision that changes nothing writes nothing.
 * Embedded transport; the store is read directly to see what was written.
 */
import test from "ava";
import { jsonCodec } from "../../support/runtime-kinds.js";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { decodeRecord } from "../../../lib/runtime/envelope.js";
import { createMemoryTransport, HandlerFailedError, Runtime, startTimer, type ActorKind, type Transport } from "../../../lib/runtime/index.js";

interface Ledger {
  soft: number[];
  hard: number[];
}
type LedgerEvent =
  | { type: "soft"; n: number }
  | { type: "hard"; n: number }
  | { type: "lazy"; n: number }
  | { type: "same" }
  | { type: "poison" }
  | { type: "softTimer"; at: number }
  | { type: "get" };
type LedgerEffect = { type: "note"; n: number };

const enc = new TextEncoder();
const dec = new TextDecoder();

function ledgerKind(commits: string[], commitDelayMs = 0): ActorKind<Ledger, LedgerEvent, LedgerEffect> {
  return {
    kind: "ledger",
    commitDelayMs,
    initial: () => ({ soft: [], hard: [] }),
    decide(state, event) {
      switch (event.type) {
        case "soft":
          return { state: { ...state, soft: [...state.soft, event.n] }, effects: [{ type: "note", n: event.n }], durable: false };
        case "hard":
          return { state: { ...state, hard: [...state.hard, event.n] }, effects: [] };
        case "lazy":
          return { state: { ...state, hard: [...state.hard, event.n] }, effects: [{ type: "note", n: event.n }], deferrable: true };
        case "poison":
          // Mutates, then throws: exactly what must never be persisted.
          state.hard.push(-1);
          throw new Error("poisoned");
        case "same":
          // A new object with the same content: the runtime must see through it.
          return { state: { ...state }, effects: [] };
        case "softTimer":
          return { state, effects: [startTimer("t", event.at)], durable: false };
        default:
          return { state, effects: [] };
      }
    },
    codec: jsonCodec<Ledger, LedgerEvent>(),
    effects(_effects, ctx) {
      commits.push(ctx.commit);
    },
    reply: (d) => enc.encode(JSON.stringify(d.state)),
  };
}

async function stored(shared: Transport): Promise<{ state: Ledger; revision: number; timers: ReadonlyMap<string, number> }> {
  const e = await shared.states.get("ledger.l1");
  if (e === undefined) throw new Error("no record");
  const rec = decodeRecord(e.value);
  return { state: JSON.parse(dec.decode(rec.state)) as Ledger, revision: e.revision, timers: rec.timers };
}

const reply = (b: Uint8Array | undefined): Ledger => JSON.parse(dec.decode(b ?? enc.encode("null"))) as Ledger;

function start(commitDelayMs = 0): { rt: Runtime; shared: Transport; kind: ActorKind<Ledger, LedgerEvent, LedgerEffect>; commits: string[] } {
  const shared = createMemoryTransport(systemClock);
  const commits: string[] = [];
  const kind = ledgerKind(commits, commitDelayMs);
  const rt = Runtime.start({ transport: shared, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [kind] });
  return { rt, shared, kind, commits };
}

const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

test("a non-durable decision is answered and its effects run without a write; the next durable commit carries it", async (t) => {
  const { rt, shared, kind, commits } = start();
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    const before = await stored(shared);
    t.deepEqual(reply(await rt.ask(kind, "l1", { type: "soft", n: 2 })), { soft: [2], hard: [1] }, "answered from memory");
    await until(() => commits.length === 1);
    t.is((await stored(shared)).revision, before.revision, "no write for the non-durable decision");
    t.deepEqual((await stored(shared)).state, { soft: [], hard: [1] });
    await rt.ask(kind, "l1", { type: "hard", n: 3 });
    const after = await stored(shared);
    t.is(after.revision, before.revision + 1, "one write for the durable one");
    t.deepEqual(after.state, { soft: [2], hard: [1, 3] }, "and it carries the earlier change");
  } finally {
    await rt.stop();
  }
});

test("two in-memory batches after one write name distinct commits, so the keys their effects derive never collide", async (t) => {
  const { rt, kind, commits } = start();
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    await rt.ask(kind, "l1", { type: "soft", n: 2 });
    await rt.ask(kind, "l1", { type: "soft", n: 3 });
    await until(() => commits.length === 2);
    t.is(commits.length, 2);
    t.not(commits[0], commits[1]);
    t.regex(commits[0] ?? "", /^ledger\.l1@\d+\.\d+\+1$/);
    t.regex(commits[1] ?? "", /^ledger\.l1@\d+\.\d+\+2$/);
  } finally {
    await rt.stop();
  }
});

test("a durable decision that changes nothing (same bytes, no effects, same timers) writes nothing", async (t) => {
  const { rt, shared, kind } = start();
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    const before = await stored(shared);
    await rt.ask(kind, "l1", { type: "same" });
    await rt.ask(kind, "l1", { type: "same" });
    t.is((await stored(shared)).revision, before.revision);
  } finally {
    await rt.stop();
  }
});

test("hand-off writes what non-durable decisions changed, timers included, so the next owner starts from it", async (t) => {
  const { rt, shared, kind } = start();
  const fireAt = Date.now() + 3_600_000;
  await rt.ask(kind, "l1", { type: "hard", n: 1 });
  await rt.ask(kind, "l1", { type: "soft", n: 2 });
  await rt.ask(kind, "l1", { type: "softTimer", at: fireAt });
  t.deepEqual((await stored(shared)).state, { soft: [], hard: [1] });
  await rt.stop();
  const s = await stored(shared);
  t.deepEqual(s.state, { soft: [2], hard: [1] });
  t.is(s.timers.get("t"), fireAt);
  const next = Runtime.start({ transport: shared, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [kind] });
  try {
    t.deepEqual(reply(await next.ask(kind, "l1", { type: "get" })), { soft: [2], hard: [1] });
  } finally {
    await next.stop();
  }
});

test("deferrable decisions within commitDelayMs share one write; replies and effects wait for it", async (t) => {
  const { rt, shared, kind, commits } = start(300);
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    const before = (await stored(shared)).revision;
    const t0 = Date.now();
    const first = rt.ask(kind, "l1", { type: "lazy", n: 2 }).then(() => Date.now() - t0);
    await new Promise((r) => setTimeout(r, 30));
    t.is(commits.length, 0, "the effect waits for the write");
    const second = rt.ask(kind, "l1", { type: "lazy", n: 3 });
    t.true((await first) >= 250, "the reply waited for the shared write");
    t.deepEqual(reply(await second).hard, [1, 2, 3]);
    const after = await stored(shared);
    t.is(after.revision, before + 1, "one write for both");
    t.deepEqual(after.state.hard, [1, 2, 3]);
    await until(() => commits.length === 1);
    t.is(commits.length, 1, "both effects ran from that one commit");
  } finally {
    await rt.stop();
  }
});

test("a durable decision that is not deferrable writes at once, taking the held ones with it", async (t) => {
  const { rt, shared, kind } = start(5_000);
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    const before = (await stored(shared)).revision;
    const t0 = Date.now();
    const lazy = rt.ask(kind, "l1", { type: "lazy", n: 2 });
    await rt.ask(kind, "l1", { type: "hard", n: 3 });
    await lazy;
    t.true(Date.now() - t0 < 4_000, "not kept for the whole delay");
    const after = await stored(shared);
    t.is(after.revision, before + 1);
    t.deepEqual(after.state.hard, [1, 2, 3]);
  } finally {
    await rt.stop();
  }
});

test("stopping writes held decisions and answers them", async (t) => {
  const { rt, shared, kind } = start(60_000);
  await rt.ask(kind, "l1", { type: "hard", n: 1 });
  const lazy = rt.ask(kind, "l1", { type: "lazy", n: 2 });
  await new Promise((r) => setTimeout(r, 30));
  t.deepEqual((await stored(shared)).state.hard, [1]);
  await rt.stop();
  t.deepEqual(reply(await lazy).hard, [1, 2]);
  t.deepEqual((await stored(shared)).state.hard, [1, 2]);
});

test("a handler that throws behind held decisions: they are decided again from the store and written without its mutation", async (t) => {
  const { rt, shared, kind } = start(5_000);
  try {
    await rt.ask(kind, "l1", { type: "hard", n: 1 });
    const lazy = rt.ask(kind, "l1", { type: "lazy", n: 2 });
    await new Promise((r) => setTimeout(r, 30));
    await t.throwsAsync(rt.ask(kind, "l1", { type: "poison" }), { instanceOf: HandlerFailedError });
    t.deepEqual(reply(await lazy).hard, [1, 2]);
    t.deepEqual((await stored(shared)).state.hard, [1, 2]);
    t.deepEqual(reply(await rt.ask(kind, "l1", { type: "get" })).hard, [1, 2]);
  } finally {
    await rt.stop();
  }
});
