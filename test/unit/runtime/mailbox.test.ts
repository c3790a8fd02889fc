import test from "ava";
import fc from "fast-check";
import { Mailbox } from "../../../lib/runtime/mailbox.js";
import { decodeRecord, encodeRecord, rememberKey } from "../../../lib/runtime/envelope.js";

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

test("the recent-keys set is bounded and keeps the newest keys with their replies", (t) => {
  const recent = new Map<string, Uint8Array | undefined>();
  for (let i = 0; i < 10; i++) rememberKey(recent, `k${i}`, new Uint8Array([i]), 4);
  t.deepEqual([...recent.keys()], ["k6", "k7", "k8", "k9"]);
  rememberKey(recent, "k6", undefined, 4);
  t.deepEqual([...recent.keys()], ["k7", "k8", "k9", "k6"]);
});

test("the persisted record round-trips state, epoch, timers and recent keys", (t) => {
  const rec = {
    epoch: 42,
    owner: "n1",
    timers: new Map([["ring", 1_700_000_000_123]]),
    recent: new Map<string, Uint8Array | undefined>([["a", new Uint8Array([1, 2])], ["b", undefined]]),
    state: new TextEncoder().encode('{"x":1}'),
  };
  const back = decodeRecord(encodeRecord(rec));
  t.deepEqual(back, rec);
});
