import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import { KvDocumentStore, type DocumentStore } from "../../../lib/store/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { storeBehaviour } from "../../unit/store/suite.js";

let server: NatsServer;
const connections: NatsConnection[] = [];
let bucketSeq = 0;

test.before(async () => {
  server = await startNatsServer();
});
test.after.always(async () => {
  await Promise.all(connections.map((nc) => nc.close()));
  await server.stop();
});

async function connection(): Promise<NatsConnection> {
  const nc = await connect({ servers: server.url });
  connections.push(nc);
  return nc;
}

// Every test gets its own buckets on the file's server, so tests run concurrently.
storeBehaviour(test, "kv", async () => {
  const n = ++bucketSeq;
  const opts = { bucket: `docs_${n}`, audioBucket: `audio_${n}` };
  const nc = await connection();
  const store = await KvDocumentStore.open(nc, opts);
  return {
    store,
    peer: async (): Promise<DocumentStore> => KvDocumentStore.open(await connection(), opts),
    reopen: async (): Promise<DocumentStore> => {
      await store.close();
      return KvDocumentStore.open(await connection(), opts);
    },
    rawContents: async () => {
      const kv = await new Kvm(nc).open(opts.bucket);
      const texts: string[] = [];
      for await (const e of await kv.history()) texts.push(e.string());
      return texts.join("\n");
    },
  };
});

test("kv: an intent left by a writer that died after committing is finished by the next writer", async (t) => {
  const nc = await connection();
  const opts = { bucket: "docs_crash", audioBucket: "audio_crash" };
  const store = await KvDocumentStore.open(nc, opts);
  const kv = await new Kvm(nc).open(opts.bucket);
  // What a writer stores at its commit point before applying any op; it then "dies".
  const org = { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { organisation: "acme", name: "acme" }, spec: { domain: "acme.example", numbers: [] } };
  const intent = { id: "dead-writer", ops: [{ key: "doc.Organisation.acme.acme", expect: 0, value: JSON.stringify({ txn: "dead-writer", document: org }) }] };
  await kv.create("txn", JSON.stringify(intent));
  t.deepEqual((await store.list()).map((d) => d.metadata.name), ["acme"], "a reader finishes the committed batch");
  const [alice] = await store.apply([
    { apiVersion: "ringmesh/v1", kind: "User", metadata: { organisation: "acme", name: "alice" }, spec: { displayName: "A", profile: "basic", devices: [] } },
  ]);
  t.is(alice.metadata.name, "alice");
  const lock = await kv.get("txn");
  t.not(lock?.operation, "PUT", "no intent is left pending");
});
