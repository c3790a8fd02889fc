/** The raw request/reply anchor's responder: a separate process that echoes on one subject. */
import { connect } from "@nats-io/transport-node";

const url = process.env["NATS_URL"];
const subject = process.env["SUBJECT"];
if (url === undefined || subject === undefined) throw new Error("NATS_URL and SUBJECT are required");
const nc = await connect({ servers: url, noAsyncTraces: true });
nc.subscribe(subject, { callback: (_err, m) => { m.respond(m.data); } });
await nc.flush();
process.stdout.write("ready\n");
process.on("SIGTERM", () => void nc.drain().finally(() => process.exit(0)));
