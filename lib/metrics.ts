/**
 * One prom-client Registry per process (never the global one), always served as
 * Prometheus text 0.0.4: switching a registry to OpenMetrics and back drops `_total`
 * from counter names (prom-client 15.1.3, research/stack.md §5).
 */
import { readFileSync } from "node:fs";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
export const VERSION = pkg.version;

export function createRegistry(nodeId: string): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const info = new Gauge({
    name: "ringmesh_build_info",
    help: "Build metadata of this Ringmesh process; always 1.",
    labelNames: ["version", "node_version", "node_id"],
    registers: [registry],
  });
  info.set({ version: VERSION, node_version: process.version, node_id: nodeId }, 1);
  return registry;
}
