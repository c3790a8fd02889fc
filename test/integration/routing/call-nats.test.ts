import test from "ava";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, type Transport } from "../../../lib/runtime/index.js";
import { KvDocumentStore, type DocumentStore } from "../../../lib/store/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { routingSuite } from "../../support/routing-suite.js";

let server: NatsServer | undefined;
let transport: Transport | undefined;
let store: DocumentStore | undefined;

routingSuite(test, async () => {
  server = await startNatsServer();
  const t = await connectNatsTransport({ servers: server.url, name: "routing-test", logger: silentLogger(), leaseTtlMs: 3000 });
  transport = t;
  store = await KvDocumentStore.open(t.nc);
  return { transport: t, store };
});

test.after.always(async () => {
  await store?.close();
  await transport?.close();
  await server?.stop();
});
