/**
 * What a V8 heap snapshot holds, by constructor: count and self size, biggest first; with
 * `--retainers <Name>`, what holds the objects of that constructor (edge owner and name).
 * It is how session 10 found every finished call's agent leg kept for 32 s by its INVITE
 * transaction. Take the snapshot from a bench's node process mid-run:
 *
 *   RINGMESH_BENCH_NODE_FLAGS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp" npx tsx bench/sip-soak.ts --split --cps 330 --runs 1 --agents 900 &
 *   kill -USR2 $(pgrep -f "ringmesh.js start --services signaling")
 *   node --max-old-space-size=8192 --import=tsx bench/probes/heap-summary.ts /tmp/Heap.*.heapsnapshot [--retainers OutboundLeg]
 */
import { readFileSync } from "node:fs";

interface Snapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]]; readonly edge_fields: string[]; readonly edge_types: [string[]] } };
  readonly nodes: number[];
  readonly edges: number[];
  readonly strings: string[];
}

const file = process.argv.at(2);
const at = process.argv.indexOf("--retainers");
const wanted = at >= 0 ? process.argv.at(at + 1) : undefined;
if (file === undefined) {
  console.error("usage: heap-summary.ts <file.heapsnapshot> [--retainers <constructor>]");
  process.exit(2);
}
const d = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
const { node_fields: nf, node_types: [types], edge_fields: ef, edge_types: [edgeTypes] } = d.snapshot.meta;
const [N, E] = [nf.length, ef.length];
const [TYPE, NAME, SIZE, EDGES] = [nf.indexOf("type"), nf.indexOf("name"), nf.indexOf("self_size"), nf.indexOf("edge_count")] as const;
const [ETYPE, ENAME, ETO] = [ef.indexOf("type"), ef.indexOf("name_or_index"), ef.indexOf("to_node")] as const;
const field = (i: number, f: number): number => d.nodes.at(i * N + f) ?? 0;
const edgeField = (edge: number, f: number): number => d.edges.at(edge + f) ?? 0;
const count = d.nodes.length / N;

/** Objects by constructor; other node types (strings, code, arrays…) by type. */
function labelOf(i: number): string {
  const type = types.at(field(i, TYPE)) ?? "?";
  const name = d.strings.at(field(i, NAME)) ?? "?";
  if (type === "object" || type === "native") return name;
  return type === "closure" ? `closure ${name}` : `(${type})`;
}

if (wanted === undefined) {
  const by = new Map<string, { n: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    const e = by.get(labelOf(i)) ?? { n: 0, bytes: 0 };
    e.n++;
    e.bytes += field(i, SIZE);
    total += field(i, SIZE);
    by.set(labelOf(i), e);
  }
  console.log(`${(total / 1e6).toFixed(1)} MB in ${count} nodes`);
  for (const [label, e] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 40)) {
    console.log(`${(e.bytes / 1e6).toFixed(2).padStart(8)} MB ${String(e.n).padStart(9)}  ${label.slice(0, 80)}`);
  }
} else {
  const retainers = new Map<string, number>();
  let targets = 0;
  let edge = 0;
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < field(i, EDGES); k++, edge += E) {
      const to = edgeField(edge, ETO) / N;
      const type = edgeTypes.at(edgeField(edge, ETYPE)) ?? "?";
      if (type === "weak" || labelOf(to) !== wanted) continue;
      const name = type === "element" || type === "hidden" ? `[${edgeField(edge, ENAME)}]` : (d.strings.at(edgeField(edge, ENAME)) ?? "?");
      const key = `${labelOf(i)} .${name}`;
      retainers.set(key, (retainers.get(key) ?? 0) + 1);
    }
  }
  for (let i = 0; i < count; i++) if (labelOf(i) === wanted) targets++;
  console.log(`${targets} ${wanted}; held by:`);
  for (const [key, n] of [...retainers].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(n).padStart(9)}  ${key}`);
}
