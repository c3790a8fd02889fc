/**
 * Two signaling nodes of one cluster for the multi-node tests: real `ringmesh start`
 * processes sharing one nats-server (NATS_URL), bootstrapped with examples/acme.
 */
import type { NatsServer } from "../../support/nats-server.js";
import { startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import { EXAMPLES } from "../e2e/harness.js";

export interface NodePair {
  /** sig-a: where the tests' calls arrive. */
  readonly a: RingmeshNode;
  /** sig-b: where the agents' devices register. */
  readonly b: RingmeshNode;
}

/** Starts B, then A; every node started is pushed onto `started` at once, so teardown reaches it even if the other fails to start. */
export async function startPair(nats: NatsServer | undefined, started: RingmeshNode[], o: { readonly bEnv?: Readonly<Record<string, string>> } = {}): Promise<NodePair> {
  if (nats === undefined) throw new Error("no nats-server");
  // RINGMESH_TEST_LOG=debug puts the nodes' debug lines in the logs a failed test prints.
  const env = (id: string) => ({ NATS_URL: nats.url, RINGMESH_NODE_ID: id, LOG_LEVEL: process.env["RINGMESH_TEST_LOG"] ?? "info" });
  // B first, alone with the bootstrap: the store is empty once, so exactly one node applies the example.
  const b = await startRingmeshNode({ env: { ...env("sig-b"), ...o.bEnv }, args: ["--bootstrap", EXAMPLES] });
  started.push(b);
  const a = await startRingmeshNode({ env: env("sig-a") });
  started.push(a);
  return { a, b };
}
