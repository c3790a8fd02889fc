/**
 * `ringmesh events --org <org>`: an organisation's routing events (agent states, calls
 * queued, offered, finished) as JSON lines, read from NATS. Nodes publish events only for
 * organisations someone listens to (lib/routing/events.ts), so this command declares its
 * interest while it runs and withdraws it when stopped (Ctrl-C, SIGTERM).
 */
import { hostname } from "node:os";
import { connect } from "@nats-io/transport-node";
import { natsUrlOf } from "../lib/env.js";
import { silentLogger } from "../lib/log.js";
import { ringmesh } from "../lib/generated/pb.js";
import { declareEventInterest } from "../lib/routing/events.js";
import { subjects } from "../lib/subjects.js";

export interface EventsOptions {
  readonly org: string;
  /** Default: NATS_URL, else the local server. */
  readonly nats?: string;
}

export async function tailEvents(o: EventsOptions): Promise<void> {
  const servers = (natsUrlOf(process.env, o.nats) ?? "nats://127.0.0.1:4222").split(",");
  const nc = await connect({ servers, name: "ringmesh-events" });
  const sub = nc.subscribe(subjects.eventsOfOrg(o.org), {
    callback: (_err, m) => {
      const notice = ringmesh.v1.RoutingNotice.toObject(ringmesh.v1.RoutingNotice.decode(m.data), { longs: Number, defaults: false });
      process.stdout.write(`${JSON.stringify({ subject: m.subject, ...notice })}\n`);
    },
  });
  const listener = `cli-${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const declared = declareEventInterest(nc, o.org, listener, { logger: silentLogger() });
  await declared.ready;
  process.stderr.write(`listening to ${o.org}'s events as ${listener} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  sub.unsubscribe();
  await declared.stop();
  await nc.drain();
}
