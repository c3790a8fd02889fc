/**
 * SIP over TLS (RFC 3261 §26.2) and over secure WebSocket (RFC 7118) on a real `ringmesh
 * start` with a certificate (RINGMESH_TLS_CERT/KEY, from a throwaway CA made here with
 * openssl) and SIP_TLS_PORT / SIP_WSS_PORT. alice's desk registers
 * with digest over TLS (a Node TLS client speaking SIP: sipp here has no TLS) and answers
 * a support call over that connection; bob's desk is sip.js over wss:// trusting the CA.
 * A sipp caller dials over UDP and hangs up; its BYE ends both legs. One node per test.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { promisify } from "node:util";
import test from "ava";
import { Registerer, RegistererState, SessionState, UserAgent, type Invitation } from "sip.js";
import { WebSocket } from "ws";
import { freePort, freeUdpTcpPort } from "../../support/ports.js";
import { runCli, startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import { dial, EXAMPLES, killSipps, linesOf, messageIn, metricsUntil } from "../e2e/harness.js";
import { within } from "../cluster/ws-desk.js";
import { answerSdp, digestAuthorization, Inbox, register, reply, requestOf, responseOf } from "./sip-peer.js";

const run = promisify(execFile);

interface Pki {
  readonly dir: string;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/** A CA, and a certificate for IP 127.0.0.1 it signed (`req -x509 -CA`, OpenSSL 3). */
async function makePki(): Promise<Pki> {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-sip-tls-"));
  const at = (f: string) => join(dir, f);
  const p256 = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"];
  await run("openssl", ["req", "-x509", ...p256, "-keyout", at("ca.key"), "-out", at("ca.pem"), "-subj", "/CN=ringmesh-sip-test-ca"]);
  await run("openssl", ["req", "-x509", "-CA", at("ca.pem"), "-CAkey", at("ca.key"), ...p256, "-keyout", at("node.key"), "-out", at("node.pem"), "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]);
  return { dir, ca: at("ca.pem"), cert: at("node.pem"), key: at("node.key") };
}


let pki: Pki | undefined;
let node: RingmeshNode | undefined;
let sipPort = 0;
let wsPort = 0;
let tlsPort = 0;
let wssPort = 0;
const closers: (() => Promise<void> | void)[] = [];

test.before(async () => {
  pki = await makePki();
  // sip.js opens its WebSocket as a browser would, with no TLS options: trust the test CA here.
  const ca = await readFile(pki.ca);
  class TrustingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  }
  Object.assign(globalThis, { WebSocket: TrustingWebSocket });
});

test.after.always(async () => {
  if (pki !== undefined) await rm(pki.dir, { recursive: true, force: true });
});

test.beforeEach(async () => {
  if (pki === undefined) throw new Error("no certificates");
  sipPort = await freeUdpTcpPort();
  wsPort = await freePort();
  tlsPort = await freePort();
  wssPort = await freePort();
  // RINGMESH_TLS_CA stays unset: with it the admin API would demand client certificates from the CLI.
  node = await startRingmeshNode({
    args: ["--bootstrap", EXAMPLES],
    env: {
      SIP_PORT: String(sipPort),
      SIP_WS_PORT: String(wsPort),
      SIP_TLS_PORT: String(tlsPort),
      SIP_WSS_PORT: String(wssPort),
      RINGMESH_TLS_CERT: pki.cert,
      RINGMESH_TLS_KEY: pki.key,
    },
  });
});

test.afterEach.always(async (t) => {
  killSipps();
  for (const close of closers.splice(0)) await close();
  if (!t.passed && node !== undefined) t.log(node.log().slice(-4000));
  await node?.dispose();
  node = undefined;
});

/** The node's log once `line` shows in it (its stdout may trail readiness), or after `ms` as it is. */
async function logUntil(n: RingmeshNode, line: RegExp, ms = 3000): Promise<string> {
  const deadline = Date.now() + ms;
  while (!line.test(n.log()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return n.log();
}

/** The CLI against the node's TLS admin API. */
async function login(n: RingmeshNode, user: string): Promise<void> {
  const r = await runCli(["agent", "login", "support", "--user", user, "--org", "acme"], { ...n.cliEnv, RINGMESH_TLS_CA: pki?.ca ?? "" });
  if (r.code !== 0) throw new Error(`login of ${user} failed: ${r.stderr}`);
}

/** Both legs gone on the node: no dialog on either side, and the call counted as answered. */
async function bothLegsEnded(t: { regex: (s: string, r: RegExp, m?: string) => void }, n: RingmeshNode): Promise<void> {
  const m = await metricsUntil(n, /^sip_dialogs_active\{side="agent"\} 0$/m);
  t.regex(m, /^sip_dialogs_active\{side="agent"\} 0$/m, linesOf(m, "sip_dialogs_active"));
  t.regex(m, /^sip_dialogs_active\{side="caller"\} 0$/m, linesOf(m, "sip_dialogs_active"));
  t.regex(m, /^sip_calls_total\{outcome="answered"\} 1$/m, linesOf(m, "sip_calls_total"));
}

test.serial("TLS: alice's desk registers with digest over TLS, answers a support call on that connection, and the caller's BYE reaches it there and ends both legs", async (t) => {
  const n = node;
  if (n === undefined || pki === undefined) return t.fail("no node");
  t.regex(await logUntil(n, /"msg":"signaling listening"/), new RegExp(`"tls":${tlsPort}\\b`), "signaling announces the TLS listener");
  const socket: TLSSocket = tlsConnect({ host: "127.0.0.1", port: tlsPort, ca: await readFile(pki.ca) });
  closers.push(() => void socket.destroy());
  await within(new Promise<void>((resolve, reject) => socket.once("secureConnect", resolve).once("error", reject)), 5000, "TLS handshake (the node's certificate checked against the test CA)");
  const inbox = Inbox.stream(socket);
  const local = { address: "127.0.0.1", port: socket.localPort ?? 0 };
  const callId = randomBytes(8).toString("hex");
  const reg = { transport: "TLS" as const, local, user: "alice-desk", domain: "acme.example", callId, expires: 300 };

  socket.write(register({ ...reg, cseq: 1 }));
  const challenge = await inbox.next(responseOf(callId, "REGISTER"), 5000, "401 to the REGISTER over TLS");
  t.is(challenge.status, 401);
  const authorization = digestAuthorization(challenge.header("www-authenticate") ?? "", { method: "REGISTER", uri: "sip:acme.example", user: "alice-desk", password: "alice-secret" });
  socket.write(register({ ...reg, cseq: 2, authorization }));
  const ok = await inbox.next(responseOf(callId, "REGISTER"), 5000, "200 to the authenticated REGISTER");
  t.is(ok.status, 200, ok.startLine);
  t.regex(ok.header("contact") ?? "", new RegExp(`<sip:alice-desk@127\\.0\\.0\\.1:${local.port};transport=tls>;expires=\\d+`));
  await login(n, "alice");

  const caller = dial(n, "caller-bye.xml");
  const invite = await inbox.next(requestOf("INVITE"), 8000, "the agent leg's INVITE on the TLS connection");
  t.is(invite.startLine, `INVITE sip:alice-desk@127.0.0.1:${local.port};transport=tls SIP/2.0`);
  t.regex(invite.header("via") ?? "", new RegExp(`^SIP/2\\.0/TLS 127\\.0\\.0\\.1:${tlsPort};branch=z9hG4bK`));
  t.regex(invite.header("contact") ?? "", new RegExp(`^<sip:ringmesh@127\\.0\\.0\\.1:${tlsPort};transport=tls>$`), "in-dialog requests come back over TLS");
  const toTag = randomBytes(4).toString("hex");
  const contact = `Contact: <sip:alice-desk@127.0.0.1:${local.port};transport=tls>`;
  socket.write(reply(invite, 180, "Ringing", { toTag, headers: [contact] }));
  socket.write(reply(invite, 200, "OK", { toTag, headers: [contact], sdp: answerSdp("agent") }));
  await inbox.next(requestOf("ACK"), 5000, "ACK for the desk's 200");
  const bye = await inbox.next(requestOf("BYE"), 8000, "the caller's BYE, relayed to the desk over TLS");
  socket.write(reply(bye, 200, "OK"));

  const c = await caller;
  t.is(c.code, 0, c.output);
  t.regex(messageIn(c.messages, /^SIP\/2\.0 200 /), /^o=agent /m, "the caller got the TLS desk's SDP");
  t.is(bye.header("call-id"), invite.header("call-id"), "the BYE ends the desk's own dialog");
  await bothLegsEnded(t, n);
});

test.serial("WSS: a sip.js UserAgent over wss:// (trusting the test CA) registers bob's desk and answers a support call; the caller's BYE ends its session and both legs", async (t) => {
  const n = node;
  if (n === undefined) return t.fail("no node");
  t.regex(await logUntil(n, /"msg":"signaling listening"/), new RegExp(`"wss":${wssPort}\\b`), "signaling announces the WSS listener");
  let invited: (inv: Invitation) => void = () => undefined;
  const invitation = new Promise<Invitation>((resolve) => (invited = resolve));
  const desk = new UserAgent({
    uri: UserAgent.makeURI("sip:bob-desk@acme.example"),
    transportOptions: { server: `wss://127.0.0.1:${wssPort}` },
    authorizationUsername: "bob-desk",
    authorizationPassword: "bob-secret",
    logLevel: "error",
    sessionDescriptionHandlerFactory: () => ({
      close: () => undefined,
      getDescription: () => Promise.resolve({ body: answerSdp("wssdesk"), contentType: "application/sdp" }),
      hasDescription: (type) => type === "application/sdp",
      setDescription: () => Promise.resolve(),
      sendDtmf: () => false,
    }),
    delegate: {
      onInvite: (inv) => {
        invited(inv);
        inv.accept().catch((err: unknown) => t.log(`accept failed: ${String(err)}`));
      },
    },
  });
  closers.push(() => desk.stop().catch(() => undefined));
  await within(desk.start(), 5000, "the wss:// connection");
  const registerer = new Registerer(desk, { expires: 300 });
  const registered = new Promise<void>((resolve) => registerer.stateChange.addListener((s) => s === RegistererState.Registered && resolve()));
  await registerer.register();
  await within(registered, 5000, "REGISTER of bob-desk over WSS");
  const m = await metricsUntil(n, /^sip_registrations_active 1$/m);
  t.regex(m, /^sip_registrations_active 1$/m, linesOf(m, "sip_registrations_active"));
  await login(n, "bob");

  const caller = dial(n, "e2e-caller-talk.xml", { args: ["-d", "500"] });
  const inv = await within(invitation, 8000, "the INVITE to the WSS desk");
  const ended = new Promise<void>((resolve) => inv.stateChange.addListener((s) => s === SessionState.Terminated && resolve()));
  t.regex(inv.request.getHeader("Via") ?? "", new RegExp(`^SIP/2\\.0/WSS 127\\.0\\.0\\.1:${wssPort};branch=z9hG4bK`));
  const c = await caller;
  t.is(c.code, 0, c.output);
  t.regex(messageIn(c.messages, /^SIP\/2\.0 200 /), /^o=wssdesk /m, "the caller got the WSS desk's SDP");
  await within(ended, 5000, "the desk's session ending on the caller's BYE");
  await bothLegsEnded(t, n);
});
