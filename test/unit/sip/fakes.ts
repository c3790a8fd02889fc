import { createRequest, newBranch, parseMessage, serialize, type Destination, type Flow, type MessageSender, type SipMessage, type SipRequest, type SipResponse, type TransportProtocol } from "../../../services/signaling/index.js";
import type { SimulatedClock } from "../../../lib/clock.js";

/** A flow that records what is sent on it, stamped with simulated time. */
export class FakeFlow implements Flow {
  readonly sent: { at: number; msg: SipMessage }[] = [];
  /** Every datagram, including ones a peer could not parse (e.g. a 400 to a request without Call-ID). */
  readonly raw: string[] = [];
  open = true;
  fail = false;
  constructor(
    private readonly clock: SimulatedClock,
    readonly protocol: TransportProtocol = "UDP",
    readonly remote = { address: "192.0.2.10", port: 5060 },
    readonly id = `fake:${protocol}:${remote.address}:${remote.port}`,
  ) {}
  readonly local = { address: "127.0.0.1", port: 5060 };
  get reliable(): boolean {
    return this.protocol !== "UDP";
  }
  isOpen(): boolean {
    return this.open;
  }
  send(data: Buffer): Promise<void> {
    if (this.fail) return Promise.reject(new Error("boom"));
    this.raw.push(data.toString());
    // Re-parse what went on the wire so tests see exactly what a peer would.
    try {
      this.sent.push({ at: this.clock.now(), msg: parseMessage(data) });
    } catch {
      // Kept in `raw` only.
    }
    return Promise.resolve();
  }
  responses(): SipResponse[] {
    return this.sent.flatMap((s) => (s.msg.kind === "response" ? [s.msg] : []));
  }
  requests(): SipRequest[] {
    return this.sent.flatMap((s) => (s.msg.kind === "request" ? [s.msg] : []));
  }
}

/** Sends every response back on the request's flow, as §18.2.2 does for a live connection or unchanged UDP source. */
export class FakeSender implements MessageSender {
  readonly flows = new Map<string, FakeFlow>();
  constructor(private readonly clock: SimulatedClock) {}
  async sendResponse(res: SipResponse, flow: Flow): Promise<unknown> {
    await flow.send(serialize(res));
    return flow;
  }
  sendOn(flow: Flow, msg: SipMessage): Promise<void> {
    return flow.send(serialize(msg));
  }
  flowTo(dest: Destination): Promise<Flow> {
    const key = `${dest.protocol}:${dest.address}:${dest.port}`;
    let f = this.flows.get(key);
    if (f === undefined) {
      f = new FakeFlow(this.clock, dest.protocol, { address: dest.address, port: dest.port });
      this.flows.set(key, f);
    }
    return Promise.resolve(f);
  }
}

/** Lets promise callbacks (sends) settle inside a synchronous simulated-time test. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

export function outgoing(method: string, protocol: TransportProtocol = "UDP"): SipRequest {
  return createRequest({
    method,
    uri: "sip:agent@192.0.2.10",
    via: `SIP/2.0/${protocol} 127.0.0.1:5060;branch=${newBranch()};rport`,
    from: "<sip:ringmesh@127.0.0.1>;tag=uac1",
    to: "<sip:agent@192.0.2.10>",
    cseq: 1,
  });
}

export function incoming(text: string): SipRequest {
  const m = parseMessage(Buffer.from(text));
  if (m.kind !== "request") throw new Error("expected request");
  return m;
}

export function responseTo(req: SipRequest, status: number, toTag = "uas1"): SipResponse {
  // Built by hand rather than with createResponse so that the test does not share the code under test's tag logic.
  const text = [
    `SIP/2.0 ${status} X`,
    ...req.headers.getAll("via").map((v) => `Via: ${v}`),
    `From: ${req.headers.get("from") ?? ""}`,
    `To: ${req.headers.get("to") ?? ""};tag=${toTag}`,
    `Call-ID: ${req.callId ?? ""}`,
    `CSeq: ${req.headers.get("cseq") ?? ""}`,
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
  return parseMessage(Buffer.from(text)) as SipResponse;
}
