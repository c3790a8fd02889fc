import { isDeepStrictEqual } from "node:util";
import test from "ava";
import fc from "fast-check";
import { Mailbox } from "../../../lib/runtime/mailbox.js";
import { decodeRecord, encodeRecord, encodeRecordWith, idemDigest, NEVER, RecentLog, type Remembered } from "../../../lib/runtime/envelope.js";

test("mailbox is FIFO across offers, takes and requeues, and refuses beyond capacity", (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.oneof(fc.constant("offer"), fc.constant("take"), fc.constant("internal")), { maxLength: 200 }), (cap, ops) => {
      const mb = new Mailbox<number>(cap);
      const model: number[] = [];
      const taken: number[] = [];
      const expectedTaken: number[] = [];
      let n = 0;
      for (const op of ops) {
        if (op === "offer") {
          const ok = mb.offer(++n);
          if (ok !== model.length < cap) return false;
          if (ok) model.push(n);
        } else if (op === "internal") {
          mb.pushInternal(++n);
          model.push(n);
        } else {
          const got = mb.take(3);
          taken.push(...got);
          expectedTaken.push(...model.splice(0, 3));
        }
        if (mb.depth !== model.length) return false;
      }
      return JSON.stringify(taken) === JSON.stringify(expectedTaken);
    }),
  );
  t.pass();
});

test("requeueFront puts an unfinished batch back ahead of later arrivals", (t) => {
  const mb = new Mailbox<string>(10);
  for (const x of ["a", "b", "c"]) mb.offer(x);
  const batch = mb.take(2);
  mb.offer("d");
  mb.requeueFront(batch.slice(1));
  t.deepEqual(mb.drain(), ["b", "c", "d"]);
});

const rem = (until = NEVER, reply?: Uint8Array): Remembered => ({ reply, until });

function commit(log: RecentLog, digests: string[], now: number, max: number, until = NEVER): void {
  log.apply(log.plan(new Map(digests.map((d) => [d, rem(until)])), now, max));
}

test("the applied-keys log is bounded by count and keeps the newest keys in order", (t) => {
  const log = new RecentLog();
  for (let i = 0; i < 10; i++) commit(log, [`k${i}`], 0, 4);
  t.deepEqual([...log.entries().keys()], ["k6", "k7", "k8", "k9"]);
  commit(log, ["a", "b", "c", "d", "e", "f"], 0, 4);
  t.deepEqual([...log.entries().keys()], ["c", "d", "e", "f"]);
});

test("keys leave the log once no retry of their message can still be applied", (t) => {
  const log = new RecentLog();
  commit(log, ["old"], 0, 10, 1000);
  commit(log, ["new"], 0, 10, 5000);
  commit(log, ["forever"], 0, 10);
  commit(log, ["late"], 0, 10, 2000);
  commit(log, [], 1001, 10);
  t.deepEqual([...log.entries().keys()], ["new", "forever", "late"]);
  commit(log, [], 5001, 10);
  t.deepEqual([...log.entries().keys()], ["forever", "late"], "a key behind an unexpired one waits");
});

test("the log's encoded section is always exactly its entries, and a plan changes nothing until applied", (t) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.array(fc.record({ n: fc.nat(5), now: fc.nat(20_000), until: fc.nat(30).map((x) => (x + 1) * 1000), apply: fc.boolean() }, { noNullPrototype: true }), { maxLength: 40 }),
      (max, steps) => {
        const log = new RecentLog();
        let seq = 0;
        for (const st of steps) {
          const before = log.entries();
          const added = new Map(Array.from({ length: st.n }, () => [idemDigest(`k${++seq}`), rem(st.until, new Uint8Array([seq % 256]))] as const));
          const plan = log.plan(added, st.now, max);
          if (!isDeepStrictEqual(log.entries(), before)) return false;
          if (!st.apply) continue;
          log.apply(plan);
          const rec = decodeRecord(encodeRecordWith({ epoch: 1, owner: "n", timers: new Map() }, plan.section, new Uint8Array()));
          if (!isDeepStrictEqual(rec.recent, log.entries())) return false;
          if (log.size > max) return false;
          const newest = [...added.keys()].slice(-max);
          if (!newest.every((d) => log.has(d))) return false;
        }
        return true;
      },
    ),
  );
  t.pass();
});

const arbRecord = fc.record({
  epoch: fc.nat(),
  owner: fc.string(),
  timers: fc.array(fc.tuple(fc.string(), fc.integer({ min: 0, max: 2 ** 50 }))).map((xs) => new Map(xs)),
  recent: fc
    .array(
      fc.tuple(
        fc.string().map(idemDigest),
        fc.record({
          reply: fc.option(fc.uint8Array({ maxLength: 40 }), { nil: undefined }),
          // Stored in whole seconds, rounded up: generate what survives that exactly.
          until: fc.oneof(fc.constant(NEVER), fc.integer({ min: 1, max: 2 ** 40 }).map((s) => s * 1000)),
        }, { noNullPrototype: true }),
      ),
    )
    .map((xs) => new Map(xs)),
  outbox: fc.array(
    fc.record({ epoch: fc.nat(), revision: fc.nat(), at: fc.integer({ min: 0, max: 2 ** 50 }), effects: fc.uint8Array({ maxLength: 60 }) }, { noNullPrototype: true }),
    { maxLength: 4 },
  ),
  state: fc.uint8Array({ maxLength: 200 }),
}, { noNullPrototype: true });

test("the persisted record round-trips state, epoch, timers, recent keys and the effect outbox", (t) => {
  fc.assert(
    fc.property(arbRecord, (rec) => isDeepStrictEqual(decodeRecord(encodeRecord(rec)), rec)),
  );
  t.pass();
});

test("a record written by v2 (no outbox section) still loads, with an empty outbox", (t) => {
  const state = new TextEncoder().encode('{"x":1}');
  const v3 = encodeRecord({ epoch: 5, owner: "n1", timers: new Map(), recent: new Map(), outbox: [], state });
  // v3 with no timers, keys or outbox: version, epoch, owner, 0 timers, 0 keys, 0 entries, state.
  const head = 1 + 1 + 1 + 2 + 1 + 1;
  t.is(v3[head], 0);
  const v2 = new Uint8Array([2, ...v3.subarray(1, head), ...v3.subarray(head + 1)]);
  const rec = decodeRecord(v2);
  t.is(rec.epoch, 5);
  t.is(rec.owner, "n1");
  t.deepEqual(rec.outbox, []);
  t.deepEqual(rec.state, state);
});

test("a record written by the first version (JSON meta) still loads", (t) => {
  const meta = new TextEncoder().encode(JSON.stringify({ v: 1, epoch: 7, owner: "n1", timers: [["ring", 123]], recent: [["k-1", Buffer.from([9]).toString("base64")], ["k-2", null]] }));
  const state = new TextEncoder().encode('{"x":1}');
  const b = new Uint8Array(4 + meta.length + state.length);
  new DataView(b.buffer).setUint32(0, meta.length);
  b.set(meta, 4);
  b.set(state, 4 + meta.length);
  const rec = decodeRecord(b);
  t.is(rec.epoch, 7);
  t.deepEqual([...rec.timers], [["ring", 123]]);
  t.deepEqual(rec.recent.get(idemDigest("k-1")), { reply: new Uint8Array([9]), until: NEVER });
  t.deepEqual(rec.recent.get(idemDigest("k-2")), { reply: undefined, until: NEVER });
  t.deepEqual(rec.state, state);
});

test("a record with 128 remembered asks stays small", (t) => {
  const reply = new TextEncoder().encode('{"count":1234,"tags":[],"fired":[]}');
  const recent = new Map(Array.from({ length: 128 }, () => [idemDigest(crypto.randomUUID()), rem(Date.now() + 10_000, reply)] as const));
  const size = encodeRecord({ epoch: 1, owner: "n-0123456789ab", timers: new Map(), recent, outbox: [], state: new Uint8Array(40) }).length;
  t.true(size < 128 * (16 + 5 + 1 + reply.length) + 100, `${size} bytes`);
});
