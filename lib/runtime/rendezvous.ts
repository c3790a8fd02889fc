/**
 * Rendezvous (highest-random-weight) placement, as in protoactor-go `cluster/rendezvous.go`:
 * every node scores every key and the highest score owns it. Adding a node only moves keys
 * whose new top score is that node; removing one only moves the keys it owned. No ring, no
 * virtual nodes, and every member computes the same answer from the same member set.
 */

/** cyrb53: a fast 53-bit string hash with good avalanche; seeded per node. */
function hash53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const seeds = new Map<string, number>();
function seedOf(node: string): number {
  let s = seeds.get(node);
  if (s === undefined) {
    s = hash53(node, 0x9e3779b9) % 0x7fffffff;
    if (seeds.size > 10_000) seeds.clear();
    seeds.set(node, s);
  }
  return s;
}

/** Score of `key` on `node`; exposed for tests. */
export function score(node: string, key: string): number {
  return hash53(key, seedOf(node));
}

/** The owner of `key` among `nodes` (order irrelevant), or undefined when there are none. Ties go to the smaller node id. */
export function ownerOf(nodes: Iterable<string>, key: string): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const n of nodes) {
    const s = score(n, key);
    if (s > bestScore || (s === bestScore && best !== undefined && n < best)) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}
