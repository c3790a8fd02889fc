import test from "ava";
import fc from "fast-check";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { Endpoint, parseMessage, SipParseError } from "../../../services/signaling/index.js";
import { FakeFlow, FakeSender } from "./fakes.js";
import { ALL_SAMPLES, invite } from "./samples.js";

type Mutation =
  | { op: "truncate"; at: number }
  | { op: "flip"; at: number; byte: number }
  | { op: "deleteLine"; line: number }
  | { op: "duplicateLine"; line: number }
  | { op: "hugeValue"; line: number; size: number }
  | { op: "insertGarbage"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("deleteLine" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("duplicateLine" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("hugeValue" as const), line: fc.nat(), size: fc.integer({ min: 1000, max: 80_000 }) }),
  fc.record({ op: fc.constant("insertGarbage" as const), at: fc.nat(), text: fc.constantFrom(":", ";", ",", "<", ">", '"', "\r\n", " ", "\t", "\0", "=", "[", "]", "@", "SIP/2.0", ";tag=", ";rport", "\u00e9") }),
);

const samples = [...ALL_SAMPLES, invite().replace("INVITE sip", "BYE sip").replace("314159 INVITE", "314159 BYE"), invite().replace("INVITE sip", "CANCEL sip").replace("314159 INVITE", "314159 CANCEL"), invite().replace("INVITE sip", "ACK sip").replace("314159 INVITE", "314159 ACK")];

function apply(input: Buffer, m: Mutation): Buffer {
  const lines = () => input.toString("latin1").split("\r\n");
  const join = (ls: string[]) => Buffer.from(ls.join("\r\n"), "latin1");
  switch (m.op) {
    case "truncate":
      return input.subarray(0, m.at % (input.length + 1));
    case "flip": {
      const out = Buffer.from(input);
      if (out.length > 0) out[m.at % out.length] = m.byte;
      return out;
    }
    case "deleteLine": {
      const ls = lines();
      ls.splice(m.line % ls.length, 1);
      return join(ls);
    }
    case "duplicateLine": {
      const ls = lines();
      const i = m.line % ls.length;
      ls.splice(i, 0, ls[i] ?? "");
      return join(ls);
    }
    case "hugeValue": {
      const ls = lines();
      const i = m.line % ls.length;
      ls[i] = `${ls[i] ?? ""}${"A".repeat(m.size)}`;
      return join(ls);
    }
    case "insertGarbage": {
      const at = m.at % (input.length + 1);
      return Buffer.concat([input.subarray(0, at), Buffer.from(m.text), input.subarray(at)]);
    }
  }
}

test("mutated real messages never throw out of the endpoint, get one 4xx/5xx when answerable, and leak no transaction", (t) => {
  const clock = new SimulatedClock(0);
  const sender = new FakeSender(clock);
  const ep = new Endpoint({
    sender,
    clock,
    registry: new Registry(),
    tu: {
      onRequest: (txn) => {
        txn.reply(txn.request.method === "INVITE" ? 486 : 200);
      },
      hasDialog: () => true,
    },
  });
  let answeredErrors = 0;
  fc.assert(
    fc.property(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (which, muts, stream) => {
      let data: Buffer = Buffer.from(samples[which] ?? "");
      for (const m of muts) data = apply(data, m);
      const flow = new FakeFlow(clock, stream ? "TCP" : "UDP", { address: "198.51.100.1", port: 5060 });
      let expected: { status: number } | "none" | "any" = "any";
      try {
        parseMessage(data, { stream });
      } catch (err) {
        if (!(err instanceof SipParseError)) throw err;
        expected = err.context !== undefined && err.context.method !== "ACK" ? { status: err.status } : "none";
      }
      ep.receive(data, flow);
      if (expected === "none") return flow.raw.length === 0;
      if (expected !== "any") {
        if (flow.raw.length !== 1) return false;
        answeredErrors++;
        return (flow.raw[0] ?? "").startsWith(`SIP/2.0 ${expected.status} `) && expected.status >= 400;
      }
      // Parsed: at most one answer now (retransmissions come later, on timers).
      return flow.raw.length <= 1;
    }),
    { numRuns: 3000, seed: 20240611 },
  );
  t.true(answeredErrors > 50, `only ${answeredErrors} answered parse errors: the generator is not exercising the error path`);
  clock.advanceBy(70_000);
  t.is(ep.transactions.serverCount, 0);
  t.is(ep.transactions.clientCount, 0);
});
