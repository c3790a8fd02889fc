/**
 * Call records of mobile legs (M7 `mobile`, G3): a real `ringmesh start` on a nats-server
 * with SIP_TRUNK pointing at a sipp UAS. alice is the only member of `sales` (ringDevices
 * desktop + mobile, billing id FI-MOB-77); her desk registers over UDP (sipp), her mobile
 * is rung through the trunk at her number. Whichever device answers, the other is
 * CANCELled with Reason cause=200, and the mobile leg leaves exactly one record in the
 * JetStream stream RINGMESH_CDR, read back here; the desk's leg leaves none. A fresh
 * server and node per test.
 */
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { streams } from "../../../lib/subjects.js";
import { parseCallRecord, type CallRecord } from "../../../services/signaling/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import { CALLER, cliFor, device, dial, headerOf, killSipps, messageIn, registerDevice, sleep, type SippRun } from "../e2e/harness.js";

const SALES = "+35810123457";
const MOBILE = "+358401234567";
const BILLING = "FI-MOB-77";

function docs(): unknown[] {
  const meta = (name: string) => ({ organisation: "acme", name });
  return [
    { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "acme" }, spec: { domain: "acme.example", numbers: ["+35810123400-+35810123499"] } },
    {
      apiVersion: "ringmesh/v1",
      kind: "User",
      metadata: meta("alice"),
      spec: { displayName: "Alice", profile: "multi", devices: [{ kind: "desktop", sipUser: "alice-desk", password: "alice-secret" }, { kind: "mobile", number: MOBILE }] },
    },
    {
      apiVersion: "ringmesh/v1",
      kind: "AnswerGroup",
      metadata: meta("sales"),
      spec: {
        displayName: "Sales",
        billingId: BILLING,
        number: SALES,
        queue: { noAgentsDestination: { type: "disconnect" } },
        routing: { mode: "ordered", ringDevices: ["desktop", "mobile"], ringSeconds: 10, wrapUpSeconds: 0 },
        members: [{ user: "alice" }],
      },
    },
  ];
}

let nats: NatsServer | undefined;
let node: RingmeshNode | undefined;
let dir: string | undefined;

test.afterEach.always(async (t) => {
  killSipps();
  if (!t.passed && node !== undefined) t.log(node.log().slice(-4000));
  await node?.dispose();
  await nats?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  node = undefined;
  nats = undefined;
  dir = undefined;
});

interface Setup {
  readonly n: RingmeshNode;
  readonly trunkPort: number;
  readonly deskPort: number;
}

/** nats-server, the node bootstrapped with docs(), alice's desk registered and alice logged in to sales. */
async function setup(): Promise<Setup> {
  dir = await mkdtemp(join(tmpdir(), "ringmesh-mobile-"));
  await writeFile(join(dir, "acme.json"), JSON.stringify(docs()));
  nats = await startNatsServer();
  const trunkPort = await freeUdpTcpPort();
  const n = (node = await startRingmeshNode({ args: ["--bootstrap", dir], env: { NATS_URL: nats.url, SIP_TRUNK: `sip:127.0.0.1:${trunkPort}`, RINGMESH_NODE_ID: "sig-mobile" } }));
  const deskPort = await freeUdpTcpPort();
  await registerDevice(n, "alice-desk", "alice-secret", deskPort);
  const login = await cliFor(n)("agent", "login", "sales", "--user", "alice", "--org", "acme");
  if (login.code !== 0) throw new Error(`login failed: ${login.stderr}`);
  return { n, trunkPort, deskPort };
}

/**
 * Every record in RINGMESH_CDR once at least one is there and `settleMs` have passed
 * without another (so a second record for the same leg would be seen).
 */
async function allRecords(settleMs = 700, ms = 6000): Promise<CallRecord[]> {
  if (nats === undefined) throw new Error("no nats-server");
  const nc = await connect({ servers: nats.url });
  try {
    const jsm = await jetstreamManager(nc);
    const count = async () => (await jsm.streams.info(streams.cdr).catch(() => undefined))?.state.messages ?? 0;
    const deadline = Date.now() + ms;
    while ((await count()) === 0 && Date.now() < deadline) await sleep(100);
    await sleep(settleMs);
    const out: CallRecord[] = [];
    for (let seq = 1; seq <= (await count()); seq++) {
      const m = await jsm.streams.getMessage(streams.cdr, { seq });
      if (m !== null) out.push(parseCallRecord(m.string()));
    }
    return out;
  } finally {
    await nc.close();
  }
}

/** The trunk got the mobile leg: the INVITE's Request-URI is alice's number at the trunk. */
function mobileInvite(t: { regex: (s: string, r: RegExp, m?: string) => void; is: (a: unknown, b: unknown, m?: string) => void }, trunk: SippRun, trunkPort: number): string {
  const invite = messageIn(trunk.messages, /^INVITE /);
  t.regex(invite, new RegExp(`^INVITE sip:\\${MOBILE}@127\\.0\\.0\\.1:${trunkPort} SIP/2\\.0`), "alice's mobile number, at the trunk");
  t.is(headerOf(invite, "P-Charge-Info"), `<sip:${BILLING}@acme.example>`, "G3: the trunk bills the leg to the group");
  return invite;
}

const ms = (iso: string | undefined): number => Date.parse(iso ?? "");

test.serial("the mobile answers: the desk is CANCELled (cause=200) and the mobile leg leaves one answered record with the group's billing id and its times", async (t) => {
  const { n, trunkPort, deskPort } = await setup();
  const trunk = await device("agent-answer.xml", trunkPort);
  const desk = await device("agent-ring-cancel-elsewhere.xml", deskPort);
  const call = await dial(n, "caller-bye.xml", { number: SALES });
  t.is(call.code, 0, call.output);
  const [tr, dk] = [await trunk.done, await desk.done];
  t.is(tr.code, 0, tr.output);
  t.is(dk.code, 0, `the desk was not cancelled with cause=200:\n${dk.output}`);
  const invite = mobileInvite(t, tr, trunkPort);

  const records = await allRecords();
  t.is(records.length, 1, JSON.stringify(records));
  const r = records.at(0);
  if (r === undefined) return;
  t.like(r, { kind: "mobile", org: "acme", group: "sales", billingId: BILLING, agent: "alice", caller: CALLER, called: MOBILE, trunk: `sip:127.0.0.1:${trunkPort}`, node: "sig-mobile" });
  t.like(r, { outcome: "answered", sipStatus: 200, endedBy: "platform" });
  t.is(r.sipCallId, headerOf(invite, "Call-ID"));
  t.is(r.callId, headerOf(invite, "P-Ringmesh-Call"));
  t.true(ms(r.startedAt) <= ms(r.answeredAt) && ms(r.answeredAt) <= ms(r.endedAt), JSON.stringify(r));
  t.is(r.durationMs, ms(r.endedAt) - ms(r.answeredAt));
  // caller-bye.xml talks 300 ms after its ACK.
  t.true(r.durationMs >= 250 && r.durationMs < 5000, `talk time ${r.durationMs} ms`);
});

test.serial("the desk answers: the ringing mobile is CANCELled (cause=200) and its leg leaves one cancelled record with the billing id, no answer time", async (t) => {
  const { n, trunkPort, deskPort } = await setup();
  const trunk = await device("agent-ring-cancel-elsewhere.xml", trunkPort);
  // The desk rings 600 ms first, so the mobile is ringing when the desk answers.
  const desk = await device("agent-answer.xml", deskPort, ["-d", "600"]);
  const call = await dial(n, "caller-bye.xml", { number: SALES });
  t.is(call.code, 0, call.output);
  const [tr, dk] = [await trunk.done, await desk.done];
  t.is(tr.code, 0, `the trunk did not get a CANCEL with cause=200:\n${tr.output}`);
  t.is(dk.code, 0, dk.output);
  const invite = mobileInvite(t, tr, trunkPort);

  const records = await allRecords();
  t.is(records.length, 1, JSON.stringify(records));
  const r = records.at(0);
  if (r === undefined) return;
  t.like(r, { kind: "mobile", group: "sales", billingId: BILLING, agent: "alice", called: MOBILE, sipCallId: headerOf(invite, "Call-ID") });
  t.like(r, { outcome: "cancelled", sipStatus: 487, endedBy: "platform", reason: 'SIP;cause=200;text="Call completed elsewhere"', durationMs: 0 });
  t.false("answeredAt" in r);
  const rang = ms(r.endedAt) - ms(r.startedAt);
  t.true(rang >= 400 && rang < 5000, `the mobile rang ${rang} ms while the desk took 600 ms to answer`);
});
