/**
 * Calls that leave the platform through the outbound trunk (SIP_TRUNK = a sipp UAS):
 * a group with nobody logged in sends its calls to Q2 `external`; the caller is bridged
 * to the trunk leg, and each trunk leg leaves one call record (G3 billing id) in the
 * JetStream stream RINGMESH_CDR, read back here with a consumer. The node is composed as
 * `ringmesh start` composes it, with signaling on a real nats-server (so the records take
 * the cluster path); each test gets a fresh server and node.
 */
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import test from "ava";
import { streams } from "../../../lib/subjects.js";
import { parseCallRecord, type CallRecord } from "../../../services/signaling/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { CALLER, killSipps, sipp } from "./call-node.js";
import { BILLING, EXTERNAL, SALES, startTrunkNode, trunk, type TrunkNode } from "./trunk-node.js";

/** The first `n` records in the stream, waiting up to `ms` for them. */
async function records(nc: NatsConnection | undefined, n: number, ms = 5000): Promise<CallRecord[]> {
  if (nc === undefined) throw new Error("the node has no NATS connection");
  const consumer = await jetstream(nc).consumers.get(streams.cdr);
  const out: CallRecord[] = [];
  const deadline = Date.now() + ms;
  while (out.length < n && Date.now() < deadline) {
    const m = await consumer.next({ expires: Math.max(1000, deadline - Date.now()) });
    if (m !== null) out.push(parseCallRecord(m.string()));
  }
  return out;
}

function inviteIn(messages: string): string {
  const start = messages.indexOf("INVITE sip:");
  const end = messages.indexOf("\n\n", start);
  return start < 0 ? "" : messages.slice(start, end >= 0 ? end : undefined);
}

let nats: NatsServer | undefined;
let node: TrunkNode | undefined;

test.afterEach.always(async () => {
  killSipps();
  await node?.stop();
  await nats?.stop();
  node = undefined;
  nats = undefined;
});

async function fresh(): Promise<TrunkNode> {
  nats = await startNatsServer();
  node = await startTrunkNode({ nats });
  return node;
}

const fromOutside = ["-key", "caller", CALLER, "-key", "from_domain", "127.0.0.1"];

test.serial("G3: Q2 external → INVITE to the trunk with the called number and P-Charge-Info; 200 relayed; caller BYE reaches the trunk; one answered record with the billing id in RINGMESH_CDR", async (t) => {
  const n = await fresh();
  const uas = await trunk("trunk-answer.xml", n.trunkPort);
  const call = await sipp("trunk-caller-bye.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SALES, ...fromOutside, "-d", "300"] });
  const tr = await uas.done;
  t.is(call.code, 0, call.output);
  t.is(tr.code, 0, tr.output);

  const invite = inviteIn(tr.messages);
  t.regex(invite, new RegExp(`^INVITE sip:\\${EXTERNAL}@127\\.0\\.0\\.1:${n.trunkPort} SIP/2\\.0`), "the called number is the Request-URI user");
  t.regex(invite, new RegExp(`P-Charge-Info: <sip:${BILLING}@acme\\.example>`), "G3 billing id (RFC 8496)");
  t.regex(invite, new RegExp(`From: "\\${CALLER}" <sip:\\${CALLER}@acme\\.example>`));

  const all = await records(n.nc, 2, 1500);
  t.is(all.length, 1, "one trunk leg, one record");
  const r = all.at(0);
  if (r === undefined) return t.fail("no call record in RINGMESH_CDR");
  t.like(r, { kind: "external", org: "acme", group: "sales", billingId: BILLING, caller: CALLER, called: EXTERNAL, trunk: `sip:127.0.0.1:${n.trunkPort}`, node: "sig_trunk-1" });
  t.like(r, { outcome: "answered", sipStatus: 200, endedBy: "platform", reason: "caller hung up" });
  t.is(r.id, `${r.callId}.${r.sipCallId}`);
  t.regex(invite, new RegExp(`P-Ringmesh-Call: ${r.callId}`), "the record names the call the trunk saw");
  t.regex(invite, new RegExp(`Call-ID: ${r.sipCallId}`));
  t.truthy(r.answeredAt);
  const talk = Date.parse(r.endedAt) - Date.parse(r.answeredAt ?? "");
  t.is(r.durationMs, talk);
  t.true(talk >= 250 && talk < 5000, `talk time ${talk} ms for a ~300 ms call`);
  t.true(Date.parse(r.startedAt) <= Date.parse(r.answeredAt ?? ""));
  t.true(/sip_cdr_written_total 1/.test(await n.registry.metrics()));
});

test.serial("the trunk hangs up: BYE relayed to the caller; the record says the trunk ended it, with its Reason", async (t) => {
  const n = await fresh();
  const uas = await trunk("trunk-answer-bye.xml", n.trunkPort, ["-d", "400"]);
  const call = await sipp("caller-wait-bye.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SALES, ...fromOutside] });
  const tr = await uas.done;
  t.is(call.code, 0, call.output);
  t.is(tr.code, 0, tr.output);
  const r = (await records(n.nc, 1)).at(0);
  if (r === undefined) return t.fail("no call record in RINGMESH_CDR");
  t.like(r, { billingId: BILLING, outcome: "answered", endedBy: "trunk", reason: 'Q.850;cause=16;text="Normal call clearing"' });
  t.true(r.durationMs >= 350, `talk time ${r.durationMs} ms for a 400 ms pause`);
});

test.serial("the trunk answers 486: the caller gets 486 and the record says busy (no answer time, zero duration)", async (t) => {
  const n = await fresh();
  const uas = await trunk("trunk-busy.xml", n.trunkPort);
  const call = await sipp("caller-486.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SALES, ...fromOutside] });
  const tr = await uas.done;
  t.is(call.code, 0, call.output);
  t.is(tr.code, 0, tr.output);
  const r = (await records(n.nc, 1)).at(0);
  if (r === undefined) return t.fail("no call record in RINGMESH_CDR");
  t.like(r, { billingId: BILLING, called: EXTERNAL, outcome: "busy", sipStatus: 486, endedBy: "trunk", reason: "Busy Here", durationMs: 0 });
  t.false("answeredAt" in r);
});

test.serial("the caller hangs up while the trunk rings: CANCEL to the trunk, 487 to the caller; the record says cancelled by the platform", async (t) => {
  const n = await fresh();
  const uas = await trunk("agent-ring-cancel.xml", n.trunkPort);
  const call = await sipp("caller-cancel.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SALES, "-key", "caller", CALLER, "-d", "600"] });
  const tr = await uas.done;
  t.is(call.code, 0, call.output);
  t.is(tr.code, 0, `the trunk did not get the CANCEL:\n${tr.output}`);
  const r = (await records(n.nc, 1)).at(0);
  if (r === undefined) return t.fail("no call record in RINGMESH_CDR");
  t.like(r, { billingId: BILLING, outcome: "cancelled", sipStatus: 487, endedBy: "platform", durationMs: 0 });
});
