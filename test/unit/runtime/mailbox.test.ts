import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import test from "ava";
import fc from "fast-check";
import { Mailbox } from "../../../lib/runtime/mailbox.js";
import { collected } from "../../support/heap.js";
import { decodeRecord, DIGEST_BYTES, encodeRecord, encodeRecordWith, generatedKey, idemDigest, NEVER, NO_RECENT_KEYS, parseGenerated, RecentLog, recordEpoch, type Remembered } from "../../../lib/runtime/envelope.js";

test("mailbox keeps no reference to items once taken (an idle actor's mailbox must not pin its last messages)", async (t) => {
  const mb = new Mailbox<{ payload: Uint8Array }>(1000);
  const refs: WeakRef<object>[] = [];
  // Fewer than any compaction threshold, and taken in two batches as an actor would.
  const offerOne = (): void => {
    const item = { payload: new Uint8Array(1024) };
    refs.push(new WeakRef(item));
    mb.offer(item);
  };
  for (let i = 0; i < 10; i++) offerOne();
  mb.take(4).length = 0;
  mb.take(100).length = 0;
  t.is(mb.depth, 0);
  t.deepEqual(
    await collected(refs),
    refs.map(() => true),
  );
});

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
  t.deepEqual([...log.snapshot().keys.keys()], ["k6", "k7", "k8", "k9"]);
  commit(log, ["a", "b", "c", "d", "e", "f"], 0, 4);
  t.deepEqual([...log.snapshot().keys.keys()], ["c", "d", "e", "f"]);
});

test("keys leave the log once no retry of their message can still be applied", (t) => {
  const log = new RecentLog();
  commit(log, ["old"], 0, 10, 1000);
  commit(log, ["new"], 0, 10, 5000);
  commit(log, ["forever"], 0, 10);
  commit(log, ["late"], 0, 10, 2000);
  commit(log, [], 1001, 10);
  t.deepEqual([...log.snapshot().keys.keys()], ["new", "forever", "late"]);
  commit(log, [], 5001, 10);
  t.deepEqual([...log.snapshot().keys.keys()], ["forever", "late"], "a key behind an unexpired one waits");
});

test("the log's encoded section is always exactly its entries, the record around it intact, and a plan changes nothing until applied", (t) => {
  const sessions = [Buffer.alloc(16, 3).toString("base64url"), Buffer.alloc(16, 4).toString("base64url")];
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.array(
        fc.record({ n: fc.nat(5), generated: fc.nat(3), lag: fc.nat(4), now: fc.nat(20_000), until: fc.nat(30).map((x) => (x + 1) * 1000), apply: fc.boolean() }, { noNullPrototype: true }),
        { maxLength: 40 },
      ),
      fc.uint8Array({ maxLength: 30 }),
      (max, steps, state) => {
        const log = new RecentLog();
        let seq = 0;
        for (const st of steps) {
          const before = log.snapshot();
          const added = new Map(Array.from({ length: st.n }, () => [idemDigest(`k${++seq}`), rem(st.until, new Uint8Array([seq % 256]))] as const));
          for (let i = 0; i < st.generated; i++) {
            ++seq;
            added.set(idemDigest(generatedKey(sessions[seq % 2] ?? "", seq, Math.max(0, seq - st.lag))), rem(st.until, new Uint8Array([seq % 256])));
          }
          const plan = log.plan(added, st.now, max);
          if (!isDeepStrictEqual(log.snapshot(), before)) return false;
          if (!st.apply) continue;
          log.apply(plan);
          const rec = decodeRecord(encodeRecordWith({ epoch: 1, owner: "n", session: "s1", timers: new Map([["t", 5]]) }, plan.section, state, [new Uint8Array([1, 2, 0, 1, 7])]));
          if (!isDeepStrictEqual(rec.recent, log.snapshot())) return false;
          if (!isDeepStrictEqual(rec.state, state) || rec.outbox.length !== 1 || rec.timers.get("t") !== 5) return false;
          if (log.size > 2 * max) return false;
          const newest = [...added.keys()].filter((d) => d.length === DIGEST_BYTES).slice(-max);
          if (!newest.every((d) => log.has(d))) return false;
        }
        return true;
      },
    ),
  );
  t.pass();
});

const SESSION_A = Buffer.alloc(16, 1).toString("base64url");
const SESSION_B = Buffer.alloc(16, 2).toString("base64url");

const arbRemembered = fc.record({
  reply: fc.option(fc.uint8Array({ maxLength: 40 }), { nil: undefined }),
  // Stored in whole seconds, rounded up: generate what survives that exactly.
  until: fc.oneof(fc.constant(NEVER), fc.integer({ min: 1, max: 2 ** 40 }).map((s) => s * 1000)),
}, { noNullPrototype: true });

/** Sessions with floors and, above each floor, pending keys: what a log can hold. */
const arbGenerated = fc
  .array(fc.tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(2 ** 40), arbRemembered, fc.array(fc.tuple(fc.nat(1000), arbRemembered), { maxLength: 4 })), { maxLength: 3 })
  .map((xs) => {
    const sessions = new Map<string, { floor: number; until: number }>();
    const pending = new Map<string, Remembered>();
    for (const [id, floor, mark, keys] of xs) {
      const session = Buffer.from(id).toString("base64url");
      sessions.set(session, { floor, until: mark.until });
      for (const [above, r] of keys) pending.set(`~${session}.${floor + above}`, r);
    }
    return { sessions, pending };
  });

const arbRecord = fc.record({
  epoch: fc.nat(),
  owner: fc.string(),
  session: fc.string(),
  timers: fc.array(fc.tuple(fc.string(), fc.integer({ min: 0, max: 2 ** 50 }))).map((xs) => new Map(xs)),
  recent: fc
    .tuple(fc.array(fc.tuple(fc.string().map(idemDigest), arbRemembered)), arbGenerated)
    .map(([keys, g]) => ({ keys: new Map(keys), ...g })),
  outbox: fc.array(
    fc.record({ epoch: fc.nat(), revision: fc.nat(), at: fc.integer({ min: 0, max: 2 ** 50 }), effects: fc.uint8Array({ maxLength: 60 }) }, { noNullPrototype: true }),
    { maxLength: 4 },
  ),
  state: fc.uint8Array({ maxLength: 200 }),
}, { noNullPrototype: true });

test("the persisted record round-trips state, epoch, timers, recent keys (opaque and per session) and the effect outbox", (t) => {
  fc.assert(
    fc.property(arbRecord, (rec) => isDeepStrictEqual(decodeRecord(encodeRecord(rec)), rec)),
  );
  t.pass();
});

/** A v3 record as v3 wrote it: 16-byte digests, no sessions. `version` 2 drops the outbox count. */
function oldRecord(version: 2 | 3, keys: readonly [string, Uint8Array | undefined][], state: Uint8Array): Uint8Array {
  const bytes: number[] = [version, 5, 2, ...Buffer.from("n1"), 0, keys.length];
  for (const [k, reply] of keys) {
    bytes.push(...createHash("sha256").update(k).digest().subarray(0, 16), 0);
    if (reply === undefined) bytes.push(0);
    else bytes.push(reply.length + 1, ...reply);
  }
  if (version === 3) bytes.push(0);
  return new Uint8Array([...bytes, ...state]);
}

test("records written by v2 and v3 still load; their 16-byte digests still match the same keys", (t) => {
  const state = new TextEncoder().encode('{"x":1}');
  for (const version of [2, 3] as const) {
    const rec = decodeRecord(oldRecord(version, [["k-1", new Uint8Array([9])], ["k-2", undefined]], state));
    t.is(rec.epoch, 5);
    t.is(rec.owner, "n1");
    t.deepEqual(rec.outbox, []);
    t.deepEqual(rec.state, state);
    const log = RecentLog.from(rec.recent);
    t.deepEqual(log.get(idemDigest("k-1")), { reply: new Uint8Array([9]), until: NEVER });
    t.deepEqual(log.get(idemDigest("k-2")), { reply: undefined, until: NEVER });
    t.false(log.has(idemDigest("k-3")));
  }
});

test("a v4 record (no owner session) still loads: its owner, timers, keys per session, outbox and state", (t) => {
  const state = new TextEncoder().encode('{"x":2}');
  const session = Buffer.alloc(16, 3);
  // v4, epoch 9, owner "n1", one timer "ring"@300, no opaque keys, one caller session
  // (floor 4, until 2 s, one key at floor+1 until 2 s with reply [7]), one outbox entry.
  const bytes = [4, 9, 2, ...Buffer.from("n1"), 1, 4, ...Buffer.from("ring"), 0xac, 0x02, 0, 1, ...session, 4, 2, 1, 1, 2, 2, 7, 1, 9, 3, 5, 1, 0x2a];
  const rec = decodeRecord(new Uint8Array([...bytes, ...state]));
  t.is(rec.epoch, 9);
  t.is(rec.owner, "n1");
  t.is(rec.session, "", "an owner without a session held a per-actor lease");
  t.deepEqual([...rec.timers], [["ring", 300]]);
  const id = session.toString("base64url");
  t.deepEqual([...rec.recent.sessions], [[id, { floor: 4, until: 2000 }]]);
  t.deepEqual([...rec.recent.pending], [[`~${id}.5`, { reply: new Uint8Array([7]), until: 2000 }]]);
  t.deepEqual(rec.outbox, [{ epoch: 9, revision: 3, at: 5, effects: new Uint8Array([0x2a]) }]);
  t.deepEqual(rec.state, state);
});

test("a claim record (epoch 0) has its own revision as epoch; others keep theirs", (t) => {
  const claim = decodeRecord(encodeRecordWith({ epoch: 0, owner: "n1", session: "s", timers: new Map() }, new RecentLog().plan(new Map(), 0, 8).section, new Uint8Array()));
  t.is(recordEpoch(claim, 41), 41);
  const later = decodeRecord(encodeRecordWith({ epoch: 41, owner: "n1", session: "s", timers: new Map() }, new RecentLog().plan(new Map(), 0, 8).section, new Uint8Array()));
  t.is(recordEpoch(later, 57), 41);
  t.is(later.session, "s");
});

test("a generated key that a node before v4 applied (and hashed) is still a duplicate after the upgrade", (t) => {
  const key = generatedKey(SESSION_A, 7, 3);
  const log = RecentLog.from(decodeRecord(oldRecord(3, [[key, new Uint8Array([1, 2])]], new Uint8Array())).recent);
  t.deepEqual(log.get(idemDigest(key))?.reply, new Uint8Array([1, 2]));
  t.false(log.has(idemDigest(generatedKey(SESSION_A, 8, 3))));
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
  t.deepEqual(rec.recent.keys.get(idemDigest("k-1")), { reply: new Uint8Array([9]), until: NEVER });
  t.deepEqual(rec.recent.keys.get(idemDigest("k-2")), { reply: undefined, until: NEVER });
  t.deepEqual(rec.state, state);
});

test("a record with 128 remembered opaque asks stays small", (t) => {
  const reply = new TextEncoder().encode('{"count":1234,"tags":[],"fired":[]}');
  const keys = new Map(Array.from({ length: 128 }, () => [idemDigest(crypto.randomUUID()), rem(Date.now() + 10_000, reply)] as const));
  const size = encodeRecord({ epoch: 1, owner: "n-0123456789ab", session: "AAAAAAAAAAAA", timers: new Map(), recent: { ...NO_RECENT_KEYS, keys }, outbox: [], state: new Uint8Array(40) }).length;
  t.true(size < 128 * (12 + 5 + 1 + reply.length) + 100, `${size} bytes`);
});

test("only the generated shape is read as session, number and floor", (t) => {
  t.deepEqual(parseGenerated(generatedKey(SESSION_A, 12, 10)), { session: SESSION_A, seq: 12, floor: 10 });
  t.is(parseGenerated(generatedKey(SESSION_A, 9, 10)), undefined, "a floor above the key's own number");
  t.is(parseGenerated(`~${generatedKey(SESSION_A, 12, 10)}`), undefined, "an escaped given key");
  t.is(parseGenerated("~short.1.0"), undefined);
  t.is(parseGenerated(crypto.randomUUID()), undefined);
  t.is(idemDigest("k-1").length, DIGEST_BYTES);
  t.is(idemDigest(generatedKey(SESSION_A, 1, 0)), generatedKey(SESSION_A, 1, 0));
});

const HOUR = 3_600_000;

function applyGenerated(log: RecentLog, keys: readonly [string, number, number, Uint8Array?][], now: number, max: number, until = now + HOUR): void {
  log.apply(log.plan(new Map(keys.map(([s, seq, floor, reply]) => [generatedKey(s, seq, floor), rem(until, reply)])), now, max));
}

test("a caller's finished calls cost an actor one floor; keys above it keep their replies", (t) => {
  const log = new RecentLog();
  // One call at a time: each key's floor is its own number, so only the newest stays stored.
  for (let seq = 0; seq < 50; seq++) applyGenerated(log, [[SESSION_A, seq, seq, new Uint8Array([seq])]], 0, 8);
  const snap = log.snapshot();
  t.deepEqual([...snap.sessions], [[SESSION_A, { floor: 49, until: HOUR }]]);
  t.deepEqual([...snap.pending.keys()], [`~${SESSION_A}.49`]);
  t.deepEqual(log.get(idemDigest(generatedKey(SESSION_A, 49, 49)))?.reply, new Uint8Array([49]), "the newest keeps its reply");
  t.true(log.has(idemDigest(generatedKey(SESSION_A, 3, 3))), "a finished call is still a duplicate");
  t.is(log.get(idemDigest(generatedKey(SESSION_A, 3, 3)))?.reply, undefined, "answered without a reply: nobody waits for it");
  t.false(log.has(idemDigest(generatedKey(SESSION_A, 50, 49))), "a new call is not");
  t.false(log.has(idemDigest(generatedKey(SESSION_B, 3, 3))), "sessions are separate");
  const size = encodeRecordWith({ epoch: 1, owner: "n-0123456789ab", session: "AAAAAAAAAAAA", timers: new Map() }, log.plan(new Map(), 0, 8).section, new Uint8Array()).length;
  t.true(size < 60, `${size} bytes`);
});

test("while an early call still runs, later keys keep their replies, bounded by count; a session leaves once expired", (t) => {
  const log = new RecentLog();
  // Call 0 is still running (floor 0): keys 1..10 stay, as far as the bound of 4 allows.
  for (let seq = 1; seq <= 10; seq++) applyGenerated(log, [[SESSION_A, seq, 0, new Uint8Array([seq])]], 0, 4, 5000);
  t.deepEqual([...log.snapshot().pending.keys()], [7, 8, 9, 10].map((n) => `~${SESSION_A}.${n}`));
  t.false(log.has(idemDigest(generatedKey(SESSION_A, 0, 0))), "the running call was not applied");
  applyGenerated(log, [[SESSION_B, 0, 0]], 1000, 4, 9000);
  t.deepEqual(log.get(idemDigest(generatedKey(SESSION_A, 9, 0)))?.reply, new Uint8Array([9]));
  log.apply(log.plan(new Map(), 5001, 4));
  t.deepEqual([...log.snapshot().sessions.keys()], [SESSION_B], "A's keys all expired with it");
  t.is(log.snapshot().pending.size, 1);
  for (let i = 0; i < 6; i++) applyGenerated(log, [[Buffer.alloc(16, 10 + i).toString("base64url"), 0, 0]], 6000, 4, 9000);
  t.is(log.snapshot().sessions.size, 4, "sessions bounded by count: of equal `until`, the older leave first");
  t.false(log.snapshot().sessions.has(SESSION_B));
});

test("model: every applied key its caller may still retry is a duplicate with its reply; no key is dropped while its caller may retry it", (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constant<"start">("start"), fc.nat(20).map((i) => ({ apply: i })), fc.nat(20).map((i) => ({ finish: i }))), { maxLength: 120 }),
      (ops) => {
        const max = 64;
        const log = new RecentLog();
        const running = new Map<number, number>(); // seq → floor its key carries
        const applied = new Map<number, Uint8Array>();
        let next = 0;
        const floorNow = (): number => Math.min(next, ...running.keys());
        for (const op of ops) {
          if (op === "start") {
            const seq = next++;
            running.set(seq, 0);
            running.set(seq, floorNow());
            continue;
          }
          const seqs = [...running.keys()];
          if (seqs.length === 0) continue;
          const seq = seqs[("apply" in op ? op.apply : op.finish) % seqs.length];
          const key = idemDigest(generatedKey(SESSION_A, seq, running.get(seq) ?? 0));
          if ("finish" in op) {
            running.delete(seq);
            continue;
          }
          if (log.has(key)) {
            if (!applied.has(seq)) return false;
            continue;
          }
          if (applied.has(seq)) return false;
          const reply = new Uint8Array([seq % 256]);
          applied.set(seq, reply);
          log.apply(log.plan(new Map([[key, rem(HOUR, reply)]]), 0, max));
          for (const [s, r] of applied) {
            const got = log.get(idemDigest(generatedKey(SESSION_A, s, running.get(s) ?? 0)));
            if (got === undefined) return false;
            if (running.has(s) && !isDeepStrictEqual(got.reply, r)) return false;
          }
          if (log.size > max) return false;
        }
        return true;
      },
    ),
  );
  t.pass();
});

test("a key's digest is the first DIGEST_BYTES of its SHA-256, one latin1 char per byte: what records hold, whatever computes it", (t) => {
  for (const key of ["k-1", "n-abc>group.acme.g1#3", "ünïcødé ✓ key", "x".repeat(300)]) {
    t.is(idemDigest(key), createHash("sha256").update(key).digest().subarray(0, DIGEST_BYTES).toString("latin1"), key);
  }
});
