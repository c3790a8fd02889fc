import test from "ava";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport } from "../../../lib/runtime/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { behaviourSuite } from "../../support/runtime-suite.js";

let server: NatsServer | undefined;
test.before(async () => {
  server = await startNatsServer();
});
test.after.always(async () => {
  await server?.stop();
});

behaviourSuite(test, () => ({
  transport: () => {
    if (server === undefined) throw new Error("nats-server not started");
    return connectNatsTransport({ servers: server.url, name: "behaviour", logger: silentLogger() });
  },
}));
