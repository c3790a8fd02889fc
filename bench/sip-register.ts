/**
 * Authenticated REGISTERs per second through the whole signaling path: UDP socket →
 * parser → transaction → digest check (MD5 + nonce HMAC) → registrar decision →
 * location store → 200 back over UDP. The service runs in this process on loopback
 * (embedded: file document store with the example organisation, memory locations);
 * one client socket keeps `window` requests outstanding across the example's five
 * registering devices, each REGISTER a new Call-ID refreshing that device's binding.
 * The client challenges once per device and reuses the nonce (stateless nonces, no
 * nonce-count tracking), so every measured request carries credentials.
 * Prints the rate, p50/p99 latency and a JSON summary.
 *
 *   npx tsx bench/sip-register.ts [seconds] [window]
 */
import { createSocket } from "node:dgram";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { loadDocuments } from "../cli/load.js";
import { systemClock } from "../lib/clock.js";
import { digestHa1 } from "../lib/documents/digest.js";
import { loadServerConfig } from "../lib/env.js";
import { silentLogger } from "../lib/log.js";
import { FileDocumentStore } from "../lib/store/index.js";
import { computeResponse, parseAuthParams, parseMessage, startSignaling } from "../services/signaling/index.js";

const seconds = Number(process.argv[2] ?? 5);
const windowSize = Number(process.argv[3] ?? 64);
const DOMAIN = "acme.example";
const DEVICES = [
  ["alice-desk", "alice-secret"],
  ["alice-phone", "alice-secret"],
  ["bob-desk", "bob-secret"],
  ["carol-desk", "carol-secret"],
  ["dave-phone", "dave-secret"],
] as const;

function register(user: string, localPort: number, callId: string, auth?: string): Buffer {
  return Buffer.from(
    [
      `REGISTER sip:${DOMAIN} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${localPort};branch=z9hG4bK${callId};rport`,
      "Max-Forwards: 70",
      `From: <sip:${user}@${DOMAIN}>;tag=${callId}`,
      `To: <sip:${user}@${DOMAIN}>`,
      `Call-ID: ${callId}`,
      "CSeq: 1 REGISTER",
      `Contact: <sip:${user}@127.0.0.1:${localPort}>`,
      "Expires: 600",
      ...(auth !== undefined ? [`Authorization: ${auth}`] : []),
      "Content-Length: 0",
      "",
      "",
    ].join("\r\n"),
  );
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-bench-reg-"));
  const store = await FileDocumentStore.open(dir);
  const loaded = await loadDocuments([join(import.meta.dirname, "..", "examples", "acme")]);
  await store.apply(loaded.documents.map((d) => d.raw), { audio: loaded.audio });
  const config = loadServerConfig({ RINGMESH_HOST: "127.0.0.1", SIP_PORT: "0", RINGMESH_NODE_ID: "bench" });
  const node = await startSignaling({ config, logger: silentLogger(), registry: new Registry(), clock: systemClock, store });

  const sock = createSocket("udp4");
  await new Promise<void>((r) => sock.bind(0, "127.0.0.1", r));
  const localPort = sock.address().port;
  const pending = new Map<string, { sent: number; resolve: (status: number, wwwAuth?: string) => void }>();
  sock.on("message", (data) => {
    const res = parseMessage(data);
    if (res.kind !== "response") return;
    const p = pending.get(res.callId ?? "");
    if (p === undefined) return;
    pending.delete(res.callId ?? "");
    p.resolve(res.status, res.headers.get("www-authenticate"));
  });
  const send = (buf: Buffer) => sock.send(buf, node.sipPort, "127.0.0.1");

  // One challenge per device; every measured REGISTER reuses its nonce.
  const auths: string[] = [];
  for (const [user, password] of DEVICES) {
    const challenge = await new Promise<string>((resolve) => {
      pending.set(`c-${user}`, { sent: 0, resolve: (_s, w) => resolve(w ?? "") });
      send(register(user, localPort, `c-${user}`));
    });
    const nonce = parseAuthParams(challenge)?.get("nonce") ?? "";
    const uri = `sip:${DOMAIN}`;
    const response = computeResponse(digestHa1(user, DOMAIN, password), "REGISTER", { nonce, uri, qop: "auth", nc: "00000001", cnonce: "b", algorithm: "MD5" });
    auths.push(`Digest username="${user}", realm="${DOMAIN}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="b"`);
  }

  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let seq = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await new Promise<void>((done) => {
    let inFlight = 0;
    const next = (): void => {
      if (performance.now() >= deadline) {
        if (inFlight === 0) done();
        return;
      }
      const i = seq++;
      const d = i % DEVICES.length;
      const callId = `b${i}`;
      const sent = performance.now();
      inFlight++;
      pending.set(callId, {
        sent,
        resolve: (status) => {
          inFlight--;
          latencies.push(performance.now() - sent);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          next();
        },
      });
      send(register(DEVICES[d]?.[0] ?? "", localPort, callId, auths[d]));
    };
    for (let i = 0; i < windowSize; i++) next();
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const rate = latencies.length / elapsed;
  const summary = {
    bench: "sip-register",
    seconds: Number(elapsed.toFixed(2)),
    window: windowSize,
    answered: latencies.length,
    lost: pending.size,
    statuses: Object.fromEntries(statuses),
    perSecond: Math.round(rate),
    p50Ms: Number(percentile(latencies, 50).toFixed(3)),
    p99Ms: Number(percentile(latencies, 99).toFixed(3)),
  };
  console.log(`REGISTER with digest: ${summary.perSecond}/s over ${summary.seconds} s, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, statuses ${JSON.stringify(summary.statuses)}`);
  console.log(JSON.stringify(summary));
  sock.close();
  await node.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
}

await main();
