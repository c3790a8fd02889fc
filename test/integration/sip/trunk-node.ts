/**
 * For trunk, overload and drain tests: one node in this process composed as `ringmesh
 * start` composes it (see call-node.ts), with SIP_TRUNK pointing at a local sipp UAS
 * and a `sales` group whose calls all go out through it (nobody logged in → Q2
 * external). With a nats-server, signaling alone gets the connection, so call records
 * and the location service take the cluster path while the actors stay in-process.
 */
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Registry } from "prom-client";
import { loadServerConfig } from "../../../lib/env.js";
import { FileDocumentStore } from "../../../lib/store/index.js";
import type { SignalingNode } from "../../../services/signaling/index.js";
import type { NatsServer } from "../../support/nats-server.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { callDocs, sipp, startInProcessNode, type SippRun } from "./call-node.js";

export const SALES = "+35810123457";
export const EXTERNAL = "+358501234567";
export const BILLING = "FI-9876";

/** callDocs plus `sales`: alice is a member but not logged in, so Q2 (external) takes every call. */
export function trunkDocs(): unknown[] {
  return [
    ...callDocs(),
    {
      apiVersion: "ringmesh/v1",
      kind: "AnswerGroup",
      metadata: { organisation: "acme", name: "sales" },
      spec: { displayName: "Sales", billingId: BILLING, number: SALES, queue: { noAgentsDestination: { type: "external", number: EXTERNAL } }, members: [{ user: "alice" }] },
    },
  ];
}

export interface TrunkNode {
  readonly sipPort: number;
  readonly trunkPort: number;
  readonly dataDir: string;
  readonly registry: Registry;
  readonly signaling: SignalingNode;
  /** Present when started with a nats-server. */
  readonly nc: NatsConnection | undefined;
  stop(): Promise<void>;
}

export async function startTrunkNode(o: { nats?: NatsServer; env?: Record<string, string> } = {}): Promise<TrunkNode> {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-trunk-"));
  const store = await FileDocumentStore.open(dir);
  await store.apply(trunkDocs());
  const trunkPort = await freeUdpTcpPort();
  const config = loadServerConfig({
    RINGMESH_HOST: "127.0.0.1",
    SIP_PORT: String(await freeUdpTcpPort()),
    SIP_TRUNK: `sip:127.0.0.1:${trunkPort}`,
    RINGMESH_NODE_ID: "sig_trunk-1",
    RINGMESH_DATA_DIR: dir,
    LOG_LEVEL: "silent",
    ...o.env,
  });
  const nc = o.nats === undefined ? undefined : await connect({ servers: o.nats.url });
  const node = await startInProcessNode({ config, store, component: "trunk-test", ...(nc !== undefined ? { nc } : {}) });
  const { registry, signaling } = node;
  return {
    sipPort: signaling.sipPort,
    trunkPort,
    dataDir: dir,
    registry,
    signaling,
    nc,
    async stop() {
      await node.stop();
      await store.close();
      await nc?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The trunk's UAS, given a moment to bind before the caller dials; `done` settles when it exits. */
export async function trunk(file: string, port: number, args: readonly string[] = []): Promise<{ readonly done: Promise<SippRun> }> {
  const done = sipp(file, { local: port, args, timeoutS: 15 });
  await new Promise((r) => setTimeout(r, 300));
  return { done };
}
