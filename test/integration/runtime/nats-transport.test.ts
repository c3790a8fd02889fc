/**
 * The runtime's own NATS paths against a real nats-server: the lean request path (one reply
 * subscription, a coarse timeout sweep), the KV compare-and-set write as a plain JetStream
 * publish with its PubAck parsed here, and headers read straight from the header block.
 */
import test from "ava";
import { Registry } from "prom-client";
import { connect, headers as natsHeaders, type Msg, type NatsConnection } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { silentLogger } from "../../../lib/log.js";
import { buckets } from "../../../lib/subjects.js";
import { coalesceFlushes, connectNatsTransport, readHeaders, Requester } from "../../../lib/runtime/nats-transport.js";
import { KvConflictError, NoRespondersError, RequestTimeoutError, type Transport } from "../../../lib/runtime/transport.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

let server: NatsServer | undefined;
const opened: { close(): Promise<void> }[] = [];

test.before(async () => {
  server = await startNatsServer();
});
test.after.always(async () => {
  await Promise.allSettled(opened.map((c) => c.close()));
  await server?.stop();
});

function url(): string {
  if (server === undefined) throw new Error("nats-server not started");
  return server.url;
}

async function nats(): Promise<NatsConnection> {
  const nc = await connect({ servers: url(), noAsyncTraces: true });
  opened.push(nc);
  return nc;
}

async function transport(): Promise<Transport> {
  const t = await connectNatsTransport({ servers: url(), name: "transport-test", logger: silentLogger() });
  opened.push(t);
  return t;
}

/** Echoes each request's payload, uppercased, after `delayMs` (none: never answers). */
async function echo(subject: string, delayMs = 0): Promise<void> {
  const nc = await nats();
  nc.subscribe(subject, {
    callback: (_err, m) => {
      const answer = (): void => {
        m.respond(enc.encode(dec.decode(m.data).toUpperCase()));
      };
      if (delayMs === 0) answer();
      else setTimeout(answer, delayMs);
    },
  });
  await nc.flush();
}

test("a request resolves with its own reply, also with many in flight", async (t) => {
  await echo("t.echo");
  const r = new Requester(await nats());
  const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
  const replies = await Promise.all(words.map((w) => r.request("t.echo", enc.encode(w), undefined, 5000)));
  t.deepEqual(replies.map((m) => dec.decode(m.data)), words.map((w) => w.toUpperCase()));
});

test("no subscriber: NoRespondersError at once, from the server's 503 status", async (t) => {
  const r = new Requester(await nats());
  const started = performance.now();
  const err = await t.throwsAsync(r.request("t.nobody", enc.encode("x"), undefined, 10_000), { instanceOf: NoRespondersError });
  t.is(err.subject, "t.nobody");
  t.true(performance.now() - started < 5000, "not by waiting for the timeout");
});

test("a silent responder: RequestTimeoutError after the timeout, within the sweep granularity", async (t) => {
  await echo("t.slow", 60_000);
  const r = new Requester(await nats());
  const started = performance.now();
  await t.throwsAsync(r.request("t.slow", enc.encode("x"), undefined, 300), { instanceOf: RequestTimeoutError });
  const waited = performance.now() - started;
  t.true(waited >= 290 && waited < 2000, `timed out after ${waited.toFixed(0)} ms`);
  // A late reply to a timed-out request is dropped, and the next request still works.
  await echo("t.after");
  t.is(dec.decode((await r.request("t.after", enc.encode("ok"), undefined, 5000)).data), "OK");
});

test("timeouts of different lengths expire each on time, whatever order they were sent in, and answered requests in between do not hold them up", async (t) => {
  await echo("t.mute", 60_000);
  await echo("t.prompt");
  const r = new Requester(await nats());
  const started = performance.now();
  const at = (p: Promise<unknown>) => p.then(() => performance.now() - started);
  const long = at(r.requestOrSilence("t.mute", enc.encode("a"), undefined, 1500));
  const answered = await Promise.all(Array.from({ length: 50 }, () => r.request("t.prompt", enc.encode("b"), undefined, 300)));
  const short = at(r.requestOrSilence("t.mute", enc.encode("c"), undefined, 300));
  const shortAgain = at(r.requestOrSilence("t.mute", enc.encode("d"), undefined, 300));
  t.is(answered.length, 50);
  const [s1, s2, l] = await Promise.all([short, shortAgain, long]);
  t.true(s1 >= 290 && s1 < 1400, `the first 300 ms request ended after ${s1.toFixed(0)} ms`);
  t.true(s2 >= 290 && s2 < 1400, `the second 300 ms request ended after ${s2.toFixed(0)} ms`);
  t.true(l >= 1490 && l < 3500, `the 1500 ms request ended after ${l.toFixed(0)} ms`);
});

test("requestOrSilence: silence resolves undefined after the timeout, an answer resolves with it, no subscriber rejects at once", async (t) => {
  await echo("t.quiet", 60_000);
  await echo("t.loud");
  const r = new Requester(await nats());
  const started = performance.now();
  t.is(await r.requestOrSilence("t.quiet", enc.encode("x"), undefined, 300), undefined);
  t.true(performance.now() - started >= 290);
  t.is(dec.decode((await r.requestOrSilence("t.loud", enc.encode("no"), undefined, 5000))?.data ?? new Uint8Array()), "NO");
  await t.throwsAsync(r.requestOrSilence("t.nobody", enc.encode("x"), undefined, 10_000), { instanceOf: NoRespondersError });
});

test("closing the connection fails the pending requests", async (t) => {
  await echo("t.never", 60_000);
  const nc = await connect({ servers: url(), noAsyncTraces: true });
  const r = new Requester(nc);
  const pending = r.request("t.never", enc.encode("x"), undefined, 60_000);
  await nc.flush();
  await nc.close();
  await t.throwsAsync(pending);
  await t.throwsAsync(r.request("t.never", enc.encode("x"), undefined, 1000));
});

test("KV compare-and-set: the returned revision is the key's; a stale revision is a KvConflictError (10071) and writes nothing", async (t) => {
  const tr = await transport();
  const key = "counter.cas1";
  const r1 = await tr.states.create(key, enc.encode("one"));
  const r2 = await tr.states.update(key, enc.encode("two"), r1);
  t.true(r2 > r1);
  const e2 = await tr.states.get(key);
  t.is(dec.decode(e2?.value), "two");
  t.is(e2?.revision, r2);
  const err = await t.throwsAsync(tr.states.update(key, enc.encode("stale"), r1), { instanceOf: KvConflictError });
  t.true(err.cause instanceof JetStreamApiError && err.cause.code === 10071, String(err.cause));
  t.is(dec.decode((await tr.states.get(key))?.value), "two");
  // What a plain nats.js reader sees: the same value at the same revision.
  const kv = await new Kvm(await nats()).open(buckets.actorState);
  const e = await kv.get(key);
  t.is(e?.revision, r2);
  t.is(e?.string(), "two");
});

test("KV write with nothing behind the bucket's subjects: NoRespondersError, not a conflict", async (t) => {
  const tr = await transport();
  const jsm = await (await import("@nats-io/jetstream")).jetstreamManager(await nats());
  const r1 = await tr.timers.create("counter.gone", enc.encode("1"));
  await jsm.streams.delete(`KV_${buckets.actorTimers}`);
  await t.throwsAsync(tr.timers.update("counter.gone", enc.encode("2"), r1), { instanceOf: NoRespondersError });
});

test("requests and CAS writes keep working after the server restarts (the reply subscription comes back)", async (t) => {
  const own = await startNatsServer();
  try {
    const tr = await connectNatsTransport({ servers: own.url, name: "restart-test", logger: silentLogger() });
    opened.push(tr);
    const key = "counter.restart";
    const r1 = await tr.states.create(key, enc.encode("a"));
    await own.restart();
    let r2: number | undefined;
    for (let i = 0; i < 50 && r2 === undefined; i++) {
      try {
        r2 = await tr.states.update(key, enc.encode("b"), r1);
      } catch (err) {
        if (err instanceof KvConflictError) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    t.true(r2 !== undefined && r2 > r1);
    const responder = await connect({ servers: own.url });
    opened.push(responder);
    responder.subscribe("t.back", {
      callback: (_e, m) => {
        m.respond(enc.encode("back"));
      },
    });
    await responder.flush();
    t.is(dec.decode((await tr.bus.request("t.back", enc.encode(""), {}, 5000)).data), "back");
  } finally {
    await own.stop();
  }
});

test("ringmesh_nats_connected: 1 while connected, 0 while the server is down, 1 again after it is back", async (t) => {
  const own = await startNatsServer();
  try {
    const registry = new Registry();
    const tr = await connectNatsTransport({ servers: own.url, name: "gauge-test", logger: silentLogger(), registry });
    opened.push(tr);
    const gauge = async () => /^ringmesh_nats_connected (\d)$/m.exec(await registry.metrics())?.[1];
    const until = async (want: string) => {
      for (let i = 0; i < 100 && (await gauge()) !== want; i++) await new Promise((r) => setTimeout(r, 100));
      return gauge();
    };
    t.is(await gauge(), "1");
    await own.kill();
    t.is(await until("0"), "0", "down while the server is away");
    await own.restart();
    t.is(await until("1"), "1", "up after the reconnect");
  } finally {
    await own.stop();
  }
});

test("headers read from the header block equal nats.js's decoding (first value of each name)", async (t) => {
  const nc = await nats();
  const got: Msg[] = [];
  const sub = nc.subscribe("t.headers", {
    callback: (_e, m) => {
      got.push(m);
    },
  });
  const h = natsHeaders();
  h.set("Rm-Actor", "acme.support");
  h.set("Rm-Error", "a: b:c  with spaces, ünïcode");
  h.append("Rm-Twice", "first");
  h.append("Rm-Twice", "second");
  h.set("Rm-Empty", "");
  nc.publish("t.headers", enc.encode("x"), { headers: h });
  nc.publish("t.headers", enc.encode("y"));
  await nc.flush();
  for (let i = 0; i < 50 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
  sub.unsubscribe();
  t.is(got.length, 2, "both messages received");
  const [withHeaders, without] = got;
  const expected: Record<string, string> = {};
  for (const [k, v] of withHeaders.headers ?? []) if (v.length > 0) expected[k] = v[0];
  t.deepEqual({ ...readHeaders(withHeaders) }, expected);
  t.is(readHeaders(withHeaders)["Rm-Twice"], "first");
  t.is(readHeaders(withHeaders)["Rm-Error"], "a: b:c  with spaces, ünïcode");
  t.deepEqual({ ...readHeaders(without) }, {});
});

test("publish refuses a header value that would break the header block", async (t) => {
  const tr = await transport();
  t.throws(() => tr.bus.publish("t.bad", enc.encode("x"), { "Rm-Idem": "a\r\nRm-Actor: other" }), { message: /CR or LF/ });
  t.throws(() => tr.bus.publish("t.bad", enc.encode("x"), { "Bad Name": "x" }), { message: /invalid header name/ });
});

test("outbound writes: publishes made over many microtasks of one event-loop turn leave in one socket write, and all arrive in order", async (t) => {
  const nc = await nats();
  t.true(coalesceFlushes(nc), "nats.js still has the protocol internals coalesceFlushes relies on");
  const socket = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): unknown } } }).protocol.transport;
  const send = socket.send.bind(socket);
  let writes = 0;
  socket.send = (frame) => {
    writes++;
    return send(frame);
  };
  const sub = (await nats()).subscribe("coalesce.t", { max: 20 });
  await nc.flush();
  writes = 0;
  for (let i = 0; i < 20; i++) {
    nc.publish("coalesce.t", enc.encode(String(i)));
    await Promise.resolve();
  }
  await new Promise((r) => setImmediate(r));
  t.is(writes, 1);
  const got: string[] = [];
  for await (const m of sub) got.push(dec.decode(m.data));
  t.deepEqual(got, Array.from({ length: 20 }, (_, i) => String(i)));
});
