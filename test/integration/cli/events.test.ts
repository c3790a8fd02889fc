import { spawn } from "node:child_process";
import { connect } from "@nats-io/transport-node";
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { EventInterest, interestGatedEvents } from "../../../lib/routing/events.js";
import { natsPublisher } from "../../../lib/routing/outbound.js";
import { startNatsServer } from "../../support/nats-server.js";
import { BIN } from "../../support/ringmesh-node.js";

async function until(cond: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  return cond();
}

test("ringmesh events: declares interest while it runs, prints the organisation's events as JSON lines, withdraws on SIGINT", async (t) => {
  const server = await startNatsServer();
  const nc = await connect({ servers: server.url });
  const interest = new EventInterest(nc, { clock: systemClock, logger: silentLogger() });
  t.teardown(async () => {
    interest.stop();
    await nc.close();
    await server.stop();
  });
  await interest.ready;
  const events = interestGatedEvents(natsPublisher(nc), interest, new Registry());

  const child = spawn(process.execPath, [BIN, "events", "--org", "acme"], { env: { ...process.env, NATS_URL: server.url }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  t.teardown(() => child.kill("SIGKILL"));

  t.true(await until(() => stderr.includes("listening")), stderr);
  t.true(await until(() => interest.has("acme")), "the node sees the CLI's declaration");
  events.publish("acme", { name: "callFinished", callId: "c1", outcome: "answered", waitMs: 1200 }, "k1");
  t.true(await until(() => stdout.includes("\n")), stderr);
  t.like(JSON.parse(stdout.trim()) as Record<string, unknown>, { subject: "ringmesh.v1.event.acme.callFinished", name: "callFinished", callId: "c1", outcome: "answered", waitMs: 1200 });

  child.kill("SIGINT");
  t.is(await exited, 0, stderr);
  t.true(await until(() => !interest.has("acme")), "withdrawn on exit");
});
