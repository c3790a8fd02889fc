/**
 * The timer index's fencing (timer-index.ts, I2), as a property: an older owner's writer,
 * interleaved in any order with a newer owner's, never deletes or raises the newer
 * owner's entry; whatever the newer owner last ensured ("present with fireAt ≤ f") still
 * holds after every later step of the older one.
 */
import test from "ava";
import fc from "fast-check";
import { SimulatedClock } from "../../../lib/clock.js";
import { MemoryKv } from "../../../lib/runtime/memory-transport.js";
import { decodeIndex, IndexWriter } from "../../../lib/runtime/timer-index.js";

type Op = { who: "old" | "new"; what: "ensure" | "exact" | "clear"; at: number };

const arbOp: fc.Arbitrary<Op> = fc.record(
  { who: fc.constantFrom("old" as const, "new" as const), what: fc.constantFrom("ensure" as const, "exact" as const, "clear" as const), at: fc.integer({ min: 1, max: 50 }) },
  { noNullPrototype: true },
);

test("an older owner never deletes or raises the entry a newer owner has ensured", async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 50 }), fc.array(arbOp, { maxLength: 30 }), fc.integer({ min: 0, max: 30 }), async (oldStart, ops, claimAt) => {
      const kv = new MemoryKv(new SimulatedClock(0));
      const key = "k.a";
      const old = new IndexWriter(kv, key, 1, () => undefined);
      if (!(await old.claim(oldStart))) return false;
      const young = new IndexWriter(kv, key, 2, () => undefined);
      let claimed = false;
      let bound: number | undefined;
      for (const [i, op] of ops.entries()) {
        if (!claimed && i >= claimAt) {
          claimed = await young.claim(oldStart);
          if (!claimed) return false;
          bound = oldStart;
        }
        const w = op.who === "old" ? old : young;
        if (op.who === "new" && !claimed) continue;
        const ok = op.what === "ensure" ? await w.ensureAtMost(op.at) : await w.setExact(op.what === "clear" ? undefined : op.at);
        if (op.who === "new") {
          if (!ok) return false;
          bound = op.what === "ensure" ? Math.min(bound ?? op.at, op.at) : op.what === "exact" ? op.at : undefined;
          if (op.what === "ensure") {
            const e = await kv.get(key);
            bound = e === undefined ? undefined : decodeIndex(e.value).fireAt;
          }
        }
        if (claimed && bound !== undefined) {
          const e = await kv.get(key);
          if (e === undefined || decodeIndex(e.value).fireAt > bound) return false;
        }
      }
      return true;
    }),
  );
  t.pass();
});

test("an older owner's create on a key the newer owner deleted is re-stamped, so the older one cannot delete it later", async (t) => {
  const kv = new MemoryKv(new SimulatedClock(0));
  const old = new IndexWriter(kv, "k.a", 1, () => undefined);
  t.true(await old.claim(0));
  const young = new IndexWriter(kv, "k.a", 2, () => undefined);
  t.true(await young.claim(0));
  t.true(await young.setExact(undefined));
  t.true(await old.setExact(1), "a create on an absent key is the one write an older owner can land");
  t.true(await young.ensureAtMost(1));
  t.false(await old.setExact(undefined), "the older owner sees the newer epoch and gives up");
  const e = await kv.get("k.a");
  t.deepEqual(e === undefined ? undefined : decodeIndex(e.value), { epoch: 2, fireAt: 1 });
});

test("a value written before claim epochs (a per-actor lease revision) reads as epoch 0: the first claim after an upgrade re-stamps it", async (t) => {
  const kv = new MemoryKv(new SimulatedClock(0));
  await kv.create("k.a", new TextEncoder().encode("987654 120"));
  t.deepEqual(decodeIndex((await kv.get("k.a"))?.value ?? new Uint8Array()), { epoch: 0, fireAt: 120 });
  const claimer = new IndexWriter(kv, "k.a", 42, () => undefined);
  t.true(await claimer.claim(120), "not mistaken for a newer owner's key");
  const e = await kv.get("k.a");
  t.deepEqual(e === undefined ? undefined : decodeIndex(e.value), { epoch: 42, fireAt: 120 });
});
