/**
 * REGISTER storms (admission/, perf G9) on a node composed as `ringmesh start` composes it,
 * with SIP_MAX_REGISTER_RPS = 4 and SIP_MAX_REGISTER_RPS_PER_SOURCE = 2. Each burst is
 * sent from UDP sockets on chosen loopback addresses (the limits key on the source IP),
 * carrying valid digest credentials for one new contact each: the REGISTERs within the
 * limits get 200 and their binding; the rest get 503 with Retry-After before the registrar
 * sees them (no 401, no sip_register_total, no binding), and sip_requests_shed_total
 * counts them. A bucket holds one second's worth, so each burst is sent at once.
 */
import { createSocket, type Socket } from "node:dgram";
import { randomBytes } from "node:crypto";
import test from "ava";
import { startTrunkNode, type TrunkNode } from "./trunk-node.js";
import { digestAuthorization, Inbox, register, responseOf, type SipMsg } from "./sip-peer.js";

const REGISTER_RPS = 4;
const PER_SOURCE = 2;

let node: TrunkNode | undefined;
const sockets: Socket[] = [];

test.afterEach.always(async () => {
  for (const s of sockets.splice(0)) s.close();
  await node?.stop();
  node = undefined;
});

interface Source {
  readonly socket: Socket;
  readonly inbox: Inbox;
  readonly port: number;
  readonly address: string;
}

async function source(address: string): Promise<Source> {
  const socket = createSocket("udp4");
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once("error", reject).bind(0, address, () => resolve()));
  return { socket, inbox: Inbox.udp(socket), port: socket.address().port, address };
}

const send = (from: Source, n: TrunkNode, text: string): void => from.socket.send(text, n.sipPort, "127.0.0.1");

/** A fresh node, and a nonce its registrar issued (asked from 127.0.0.9, whose tokens no burst uses). */
async function shedNode(): Promise<{ n: TrunkNode; challenge: string }> {
  const n = (node = await startTrunkNode({ env: { SIP_MAX_REGISTER_RPS: String(REGISTER_RPS), SIP_MAX_REGISTER_RPS_PER_SOURCE: String(PER_SOURCE) } }));
  const asker = await source("127.0.0.9");
  const callId = randomBytes(8).toString("hex");
  send(asker, n, register({ transport: "UDP", local: asker, user: "alice-desk", domain: "acme.example", callId, cseq: 1, expires: 300 }));
  const r = await asker.inbox.next(responseOf(callId, "REGISTER"), 3000, "the first REGISTER's challenge");
  if (r.status !== 401) throw new Error(`expected 401, got ${r.startLine}`);
  // The node-wide bucket refills the token the challenge took (1 per 250 ms).
  await new Promise((resolve) => setTimeout(resolve, 1000 / REGISTER_RPS + 100));
  return { n, challenge: r.header("www-authenticate") ?? "" };
}

interface Attempt {
  readonly from: Source;
  readonly callId: string;
  /** A contact port of its own, so each admitted REGISTER adds one binding. */
  readonly contactPort: number;
}

/** Sends every attempt at once, with credentials for alice-desk, and collects each answer. */
async function burst(n: TrunkNode, challenge: string, attempts: readonly Attempt[]): Promise<SipMsg[]> {
  const authorization = digestAuthorization(challenge, { method: "REGISTER", uri: "sip:acme.example", user: "alice-desk", password: "alice-secret" });
  for (const a of attempts) {
    send(a.from, n, register({ transport: "UDP", local: a.from, user: "alice-desk", domain: "acme.example", callId: a.callId, cseq: 1, expires: 300, contactPort: a.contactPort, authorization }));
  }
  return Promise.all(attempts.map((a) => a.from.inbox.next(responseOf(a.callId, "REGISTER"), 3000, `the answer to ${a.callId}`)));
}

const byNumber = (a: number, b: number): number => a - b;

const attempt = (from: Source, i: number): Attempt => ({ from, callId: randomBytes(8).toString("hex"), contactPort: 20_000 + i });

/** alice-desk's registered contacts' ports. */
async function boundPorts(n: TrunkNode): Promise<number[]> {
  const bindings = await n.signaling.location.bindingsOf("acme", "alice-desk", Date.now());
  return bindings.map((b) => Number(/:(\d+)(?:;|$)/.exec(b.contact)?.[1])).sort(byNumber);
}

const metricValue = (text: string, series: string): number => Number(new RegExp(`^${series.replace(/[{}]/g, "\\$&")} (\\d+)$`, "m").exec(text)?.[1] ?? NaN);

/** The shed and the registrar's counters. */
async function counters(n: TrunkNode): Promise<{ perSource: number; nodeWide: number; registrar: number }> {
  const text = await n.registry.metrics();
  const registrar = [...text.matchAll(/^sip_register_total\{result="[^"]+"\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  return {
    perSource: metricValue(text, 'sip_requests_shed_total{method="REGISTER",reason="registerSource"}'),
    nodeWide: metricValue(text, 'sip_requests_shed_total{method="REGISTER",reason="register"}'),
    registrar,
  };
}

function check503(t: { is: (a: unknown, b: unknown, m?: string) => void; regex: (s: string, r: RegExp, m?: string) => void }, shed: readonly SipMsg[]): void {
  for (const r of shed) {
    t.regex(r.header("retry-after") ?? "", /^[1-9]\d*$/, `Retry-After on ${r.startLine}`);
    t.is(r.header("www-authenticate"), undefined, "shed before any digest work");
  }
}

test.serial("SIP_MAX_REGISTER_RPS_PER_SOURCE: of 5 REGISTERs at once from one address, 2 are registered and 3 get 503 + Retry-After with nothing stored; after a second that address registers again", async (t) => {
  const { n, challenge } = await shedNode();
  const phone = await source("127.0.0.1");
  const attempts = [0, 1, 2, 3, 4].map((i) => attempt(phone, i));
  const answers = await burst(n, challenge, attempts);

  const ok = attempts.filter((_, i) => answers[i]?.status === 200);
  const shed = answers.filter((r) => r.status === 503);
  t.is(ok.length, PER_SOURCE, answers.map((r) => r.startLine).join(" | "));
  t.is(shed.length, attempts.length - PER_SOURCE, "every other REGISTER was shed");
  check503(t, shed);
  t.deepEqual(await boundPorts(n), ok.map((a) => a.contactPort).sort(byNumber), "bindings for the admitted REGISTERs only");
  // The registrar saw the challenge and the admitted ones, nothing of the shed.
  t.deepEqual(await counters(n), { perSource: 3, nodeWide: 0, registrar: 1 + PER_SOURCE });

  // One second refills the address's bucket: a REGISTER that was shed goes through now.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const retry = attempts.find((a) => !ok.includes(a));
  if (retry === undefined) return t.fail("nothing was shed");
  const [again] = await burst(n, challenge, [{ ...retry, callId: randomBytes(8).toString("hex") }]);
  t.is(again.status, 200, again.startLine);
  t.deepEqual(await boundPorts(n), [...ok.map((a) => a.contactPort), retry.contactPort].sort(byNumber));
});

test.serial("SIP_MAX_REGISTER_RPS: 6 REGISTERs at once from 3 addresses (2 each, within the per-source limit): 4 are registered, 2 get 503 + Retry-After with nothing stored", async (t) => {
  const { n, challenge } = await shedNode();
  const phones = await Promise.all(["127.0.0.2", "127.0.0.3", "127.0.0.4"].map(source));
  const attempts = [0, 1].flatMap((round) => phones.map((p, i) => attempt(p, round * phones.length + i)));
  const answers = await burst(n, challenge, attempts);

  const ok = attempts.filter((_, i) => answers[i]?.status === 200);
  const shed = answers.filter((r) => r.status === 503);
  t.is(ok.length, REGISTER_RPS, answers.map((r) => r.startLine).join(" | "));
  t.is(shed.length, attempts.length - REGISTER_RPS);
  check503(t, shed);
  t.deepEqual(await boundPorts(n), ok.map((a) => a.contactPort).sort(byNumber));
  t.deepEqual(await counters(n), { perSource: 0, nodeWide: 2, registrar: 1 + REGISTER_RPS });
});
