/**
 * decider.ts `early`: a decision's effects leave right after it, before its batch's write;
 * the reply still waits for the write; a failed or fenced write has let them run once, and
 * the decision made again runs them again under a new name; an early decision behind one
 * whose effects wait for the write waits too; nothing leaves once the local lease guard
 * says the lease is gone. Embedded transport, its state writes held or failed on demand.
 */
import test from "ava";
import { jsonCodec } from "../../support/runtime-kinds.js";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { Activation, type ActivationHost, type MsgItem } from "../../../lib/runtime/activation.js";
import { decodeRecord } from "../../../lib/runtime/envelope.js";
import { createRuntimeMetrics } from "../../../lib/runtime/metrics.js";
import { createMemoryTransport, Runtime, type ActorKind, type EffectContext, type Transport } from "../../../lib/runtime/index.js";
import type { WireStatus } from "../../../lib/runtime/errors.js";

interface Ledger {
  readonly items: number[];
}
type LedgerEvent = { type: "early"; n: number } | { type: "loud"; n: number } | { type: "expire"; n: number } | { type: "ping"; n: number } | { type: "get" };
type LedgerEffect = { type: "note"; n: number };
interface Ran {
  readonly n: number;
  readonly commit: string;
  readonly epoch: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const KEY = "ledger.l1";

/** `onExpire` runs inside the decision of an `expire` event (a test hook: the lease ends mid-batch). */
function ledgerKind(ran: Ran[], onExpire: () => void = () => undefined): ActorKind<Ledger, LedgerEvent, LedgerEffect> {
  return {
    kind: "ledger",
    initial: () => ({ items: [] }),
    decide(state, event) {
      switch (event.type) {
        case "early":
          return { state: { items: [...state.items, event.n] }, effects: [{ type: "note", n: event.n }], early: true };
        case "expire":
          onExpire();
          return { state: { items: [...state.items, event.n] }, effects: [{ type: "note", n: event.n }], early: true };
        case "ping":
          return { state: { ...state }, effects: [{ type: "note", n: event.n }], early: true };
        case "loud":
          return { state: { items: [...state.items, event.n] }, effects: [{ type: "note", n: event.n }] };
        default:
          return { state, effects: [] };
      }
    },
    codec: jsonCodec<Ledger, LedgerEvent>(),
    effects(effects, ctx: EffectContext) {
      for (const e of effects) ran.push({ n: e.n, commit: ctx.commit, epoch: ctx.epoch });
    },
    reply: (d) => enc.encode(JSON.stringify(d.state.items)),
  };
}

/** The shared store behind a view whose state writes can be held (`hold`) or made to fail once (`failNext`). */
function gated(): { transport: Transport; shared: Transport; hold: () => () => void; failNext: () => void } {
  const shared = createMemoryTransport(systemClock);
  let gate: Promise<void> | undefined;
  let fail = false;
  const transport: Transport = {
    ...shared,
    states: {
      get: (k) => shared.states.get(k),
      create: (k, v) => shared.states.create(k, v),
      delete: (k, r) => shared.states.delete(k, r),
      keys: (p) => shared.states.keys(p),
      watch: (p, f) => shared.states.watch(p, f),
      update: async (k, v, r) => {
        if (gate !== undefined) await gate;
        if (fail) {
          fail = false;
          throw new Error("store unreachable");
        }
        return shared.states.update(k, v, r);
      },
    },
  };
  return {
    transport,
    shared,
    hold: () => {
      let open = (): void => undefined;
      gate = new Promise((r) => {
        open = r;
      });
      return () => {
        gate = undefined;
        open();
      };
    },
    failNext: () => {
      fail = true;
    },
  };
}

async function stored(shared: Transport): Promise<{ items: number[]; revision: number; outbox: number }> {
  const e = await shared.states.get(KEY);
  if (e === undefined) throw new Error("no record");
  const rec = decodeRecord(e.value);
  return { items: (JSON.parse(dec.decode(rec.state)) as Ledger).items, revision: e.revision, outbox: rec.outbox.length };
}

const items = (b: Uint8Array | undefined): number[] => JSON.parse(dec.decode(b ?? enc.encode("null"))) as number[];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 400 && !cond(); i++) await sleep(5);
};

function start(transport: Transport, ran: Ran[]): { rt: Runtime; kind: ActorKind<Ledger, LedgerEvent, LedgerEffect> } {
  const kind = ledgerKind(ran);
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [kind] });
  return { rt, kind };
}

test("early effects run while the write is held; the reply waits for the write, whose record carries no outbox entry", async (t) => {
  const { transport, shared, hold } = gated();
  const ran: Ran[] = [];
  const { rt, kind } = start(transport, ran);
  try {
    await rt.ask(kind, "l1", { type: "loud", n: 1 });
    await until(() => ran.length === 1);
    const before = await stored(shared);
    const open = hold();
    let answered = false;
    const reply = rt.ask(kind, "l1", { type: "early", n: 2 }).then((b) => {
      answered = true;
      return b;
    });
    await until(() => ran.length === 2);
    t.deepEqual(
      ran.map((r) => r.n),
      [1, 2],
      "the effect ran before the write completed",
    );
    t.regex(ran[1]?.commit ?? "", /^ledger\.l1@\d+\.e1$/);
    await sleep(30);
    t.false(answered, "the reply waits for the write");
    t.is((await stored(shared)).revision, before.revision, "the write is still held");
    open();
    t.deepEqual(items(await reply), [1, 2]);
    const after = await stored(shared);
    t.is(after.revision, before.revision + 1);
    t.deepEqual(after.items, [1, 2]);
    t.is(after.outbox, 0, "early effects are not in the outbox: no successor re-runs them");
    await rt.ask(kind, "l1", { type: "early", n: 3 });
    await until(() => ran.length === 3);
    t.regex(ran[2]?.commit ?? "", /^ledger\.l1@\d+\.e2$/, "the count goes on across writes: names never repeat within an activation");
  } finally {
    await rt.stop();
  }
});

test("a durable decision whose only change is early effects writes nothing: its write would carry nothing the store lacks", async (t) => {
  const { transport, shared } = gated();
  const ran: Ran[] = [];
  const { rt, kind } = start(transport, ran);
  try {
    await rt.ask(kind, "l1", { type: "loud", n: 1 });
    const before = await stored(shared);
    t.deepEqual(items(await rt.ask(kind, "l1", { type: "ping", n: 2 })), [1]);
    await until(() => ran.length === 2);
    t.deepEqual(
      ran.map((r) => r.n),
      [1, 2],
    );
    t.is((await stored(shared)).revision, before.revision);
  } finally {
    await rt.stop();
  }
});

test("an early decision behind one whose effects wait for the write waits with it, so effects keep decision order", async (t) => {
  const { transport, hold } = gated();
  const ran: Ran[] = [];
  const { act, answers, send } = bareActivation(ledgerKind(ran), { ok: true }, transport);
  await act.start();
  send({ type: "loud", n: 1 });
  await until(() => ran.length === 1);
  const openFirst = hold();
  send({ type: "early", n: 2 });
  await until(() => ran.length === 2);
  // Offered while the first write is held: both are taken as the next batch.
  send({ type: "loud", n: 3 });
  send({ type: "early", n: 4 });
  t.is(act.depth, 2);
  openFirst();
  const openSecond = hold();
  await until(() => answers.length === 2 && act.depth === 0);
  await sleep(30);
  t.is(answers.length, 2, "the second batch's write is held");
  t.deepEqual(
    ran.map((r) => r.n),
    [1, 2],
    "neither leaves before the second write",
  );
  openSecond();
  await until(() => answers.length === 4 && ran.length === 4);
  t.deepEqual(
    ran.map((r) => r.n),
    [1, 2, 3, 4],
  );
  t.is(ran[2]?.commit, ran[3]?.commit, "both ran from the written commit");
  t.regex(ran[3]?.commit ?? "", /^ledger\.l1@\d+\.\d+$/);
  await act.passivate("test over");
});

test("a fenced write: the early effects ran once from that decision; the retry, decided again by a new activation, runs them again", async (t) => {
  const { transport, shared, hold } = gated();
  const ran: Ran[] = [];
  const { rt, kind } = start(transport, ran);
  try {
    await rt.ask(kind, "l1", { type: "loud", n: 1 });
    await until(() => ran.length === 1);
    const open = hold();
    const reply = rt.ask(kind, "l1", { type: "early", n: 2 });
    await until(() => ran.length === 2);
    // Another write lands first: the held one fails its CAS.
    const cur = await shared.states.get(KEY);
    if (cur === undefined) throw new Error("no record");
    await shared.states.update(KEY, cur.value, cur.revision);
    open();
    t.deepEqual(items(await reply), [1, 2], "the sender's retry is decided again and answered");
    await until(() => ran.length === 3);
    await sleep(30);
    const twos = ran.filter((r) => r.n === 2);
    t.is(twos.length, 2, "once from the fenced decision, once from the decision made again");
    t.not(twos[0]?.epoch, twos[1]?.epoch, "by two activations");
    t.not(twos[0]?.commit, twos[1]?.commit, "under distinct names: the repeat is not deduplicated by key");
    t.deepEqual((await stored(shared)).items, [1, 2], "the state holds the decision once");
  } finally {
    await rt.stop();
  }
});

test("a write whose outcome is unknown: the early effects ran once; after the reload the retry runs them again", async (t) => {
  const { transport, shared, hold, failNext } = gated();
  const ran: Ran[] = [];
  const { rt, kind } = start(transport, ran);
  try {
    await rt.ask(kind, "l1", { type: "loud", n: 1 });
    await until(() => ran.length === 1);
    const open = hold();
    failNext();
    const reply = rt.ask(kind, "l1", { type: "early", n: 2 });
    await until(() => ran.length === 2);
    t.deepEqual(
      ran.map((r) => r.n),
      [1, 2],
    );
    open();
    t.deepEqual(items(await reply), [1, 2]);
    await until(() => ran.length === 3);
    await sleep(30);
    const twos = ran.filter((r) => r.n === 2);
    t.is(twos.length, 2);
    t.is(twos[0]?.epoch, twos[1]?.epoch, "the same activation, reloaded");
    t.regex(twos[0]?.commit ?? "", /\.e1$/);
    t.regex(twos[1]?.commit ?? "", /\.e2$/);
    t.deepEqual((await stored(shared)).items, [1, 2]);
  } finally {
    await rt.stop();
  }
});

/** One activation with a host whose lease validity the test controls. */
function bareActivation(kind: ActorKind<Ledger, LedgerEvent, LedgerEffect>, lease: { ok: boolean }, transport: Transport = createMemoryTransport(systemClock)) {
  const answers: { status: WireStatus; data: Uint8Array | undefined }[] = [];
  const host: ActivationHost = {
    nodeId: "n1",
    clock: systemClock,
    logger: silentLogger(),
    metrics: createRuntimeMetrics(new Registry(), { depth: () => 0, active: () => 0, kinds: () => ["ledger"] }),
    transport,
    options: {
      mailboxCapacity: 100,
      maxBatch: 16,
      recentKeys: 16,
      leasePollMs: 50,
      restartBaseMs: 20,
      restartMaxMs: 100,
      maxRestarts: 5,
      restartWindowMs: 60_000,
      quarantineMs: 1000,
      effectReplayMs: 30_000,
      localLeaseGuard: true,
    },
    respond: (_raw, status, data) => answers.push({ status, data }),
    forward: () => undefined,
    isAlive: () => false,
    leaseSession: () => Promise.resolve("s1"),
    leaseOk: () => lease.ok,
    ownerLive: () => Promise.resolve(false),
    poke: () => undefined,
    redispatch: () => undefined,
    removed: () => undefined,
    effectContext: (act, epoch, revision, commit) => ({
      self: { kind: act.kind.kind, id: act.id },
      epoch,
      revision,
      commit,
      logger: silentLogger(),
      now: () => Date.now(),
      tell: () => Promise.resolve(),
      ask: () => Promise.resolve(undefined),
      post: () => undefined,
    }),
    indexed: () => undefined,
  };
  const act = new Activation(kind, "l1", host);
  const send = (e: LedgerEvent): void => {
    const item: MsgItem = {
      t: "msg",
      kind: "ledger",
      raw: { subject: "test", data: new Uint8Array(0), headers: {}, reply: "inbox" },
      data: kind.codec.encodeEvent(e),
      idem: undefined,
      deadline: Date.now() + 10_000,
      wantsReply: true,
      hops: 0,
      holder: false,
    };
    act.offer(item);
  };
  return { act, transport, answers, send };
}

test("nothing early leaves once the local lease guard says the lease is lost, and nothing is written", async (t) => {
  const ran: Ran[] = [];
  const lease = { ok: true };
  // The lease ends while the batch is decided: after the pump's check, before the release.
  const kind = ledgerKind(ran, () => {
    lease.ok = false;
  });
  const { act, transport, answers, send } = bareActivation(kind, lease);
  await act.start();
  t.is(act.phase, "active");
  send({ type: "early", n: 1 });
  await until(() => answers.length === 1);
  await until(() => ran.length === 1);
  t.deepEqual(
    ran.map((r) => r.n),
    [1],
    "with the lease valid the early effect leaves",
  );
  const before = await transport.states.get(KEY);
  send({ type: "expire", n: 2 });
  await until(() => answers.length === 2);
  await sleep(30);
  t.is(answers[1]?.status, "moving", "the sender is told to retry elsewhere");
  t.deepEqual(
    ran.map((r) => r.n),
    [1],
    "the decision made without a lease released nothing",
  );
  t.is(act.phase, "stopped");
  t.is((await transport.states.get(KEY))?.revision, before?.revision, "and wrote nothing");
});
