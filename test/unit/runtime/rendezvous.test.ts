import test from "ava";
import fc from "fast-check";
import { ownerOf } from "../../../lib/runtime/rendezvous.js";

const nodeIds = fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 8 });
const keys = fc.uniqueArray(fc.stringMatching(/^[a-z0-9.]{1,16}$/), { minLength: 1, maxLength: 200 });

test("placement is deterministic and independent of member order", (t) => {
  fc.assert(
    fc.property(nodeIds, keys, (nodes, ks) => {
      const reversed = [...nodes].reverse();
      for (const k of ks) {
        const o = ownerOf(nodes, k);
        if (o === undefined || !nodes.includes(o) || o !== ownerOf(reversed, k)) return false;
      }
      return true;
    }),
  );
  t.is(ownerOf([], "x"), undefined);
});

test("a joining node takes only keys it now owns; nothing else moves", (t) => {
  fc.assert(
    fc.property(nodeIds, keys, fc.stringMatching(/^[A-Z]{1,6}$/), (nodes, ks, joiner) => {
      const after = [...nodes, joiner];
      return ks.every((k) => {
        const before = ownerOf(nodes, k);
        const now = ownerOf(after, k);
        return now === before || now === joiner;
      });
    }),
  );
  t.pass();
});

test("a leaving node's keys move; every other key stays put", (t) => {
  fc.assert(
    fc.property(nodeIds.filter((n) => n.length >= 2), keys, fc.nat(), (nodes, ks, pick) => {
      const gone = nodes[pick % nodes.length];
      const after = nodes.filter((n) => n !== gone);
      return ks.every((k) => {
        const before = ownerOf(nodes, k);
        return before === gone || ownerOf(after, k) === before;
      });
    }),
  );
  t.pass();
});

test("keys spread over nodes (no node gets nothing out of 2,000 keys over 4 nodes)", (t) => {
  const nodes = ["n1", "n2", "n3", "n4"];
  const counts = new Map<string, number>();
  for (let i = 0; i < 2000; i++) {
    const o = ownerOf(nodes, `acme.agent-${i}`) ?? "";
    counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  for (const n of nodes) t.true((counts.get(n) ?? 0) > 350, `${n} got ${counts.get(n) ?? 0}`);
});
