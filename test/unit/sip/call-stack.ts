/**
 * The signaling call stack the SIP unit tests drive: CallManager, Registrar and Endpoint
 * over a FakeSender and a simulated clock, reporting what it tells the actors to `tell`.
 */
import { Registry } from "prom-client";
import type { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import type { SignalingEvent, SignalingReport } from "../../../lib/routing/messages.js";
import {
  CallManager,
  Directory,
  Endpoint,
  Registrar,
  SignalingTu,
  type MemoryLocationStore,
  type RequestTarget,
  type RoutingPort,
} from "../../../services/signaling/index.js";
import type { FakeSender } from "./fakes.js";

export interface StackOptions {
  readonly clock: SimulatedClock;
  readonly sender: FakeSender;
  readonly location: MemoryLocationStore;
  readonly directory: Directory;
  readonly tell: (to: "group" | "agent", event: SignalingEvent | SignalingReport, key: string) => void;
  readonly allow: readonly string[];
  readonly supported?: readonly string[];
  readonly trustedPeer?: (address: string) => boolean;
  /** How long (on the simulated clock) the group takes to answer a call's arrival; default at once. */
  readonly arrivalAnswerMs?: number;
}

export function callStack(o: StackOptions): { readonly calls: CallManager; readonly ep: Endpoint; readonly registry: Registry } {
  const toGroup = (_org: string, _group: string, event: SignalingEvent, key: string): Promise<void> => {
    o.tell("group", event, key);
    return Promise.resolve();
  };
  const toAgent = (_org: string, _agent: string, event: SignalingReport, key: string): Promise<void> => {
    o.tell("agent", event, key);
    return Promise.resolve();
  };
  const arrive = async (org: string, group: string, event: SignalingEvent, key: string): Promise<undefined> => {
    await toGroup(org, group, event, key);
    const ms = o.arrivalAnswerMs ?? 0;
    if (ms > 0) await new Promise<void>((resolve) => o.clock.setTimeout(() => resolve(), ms));
    return undefined;
  };
  const routing: RoutingPort = { arrive, tellGroup: toGroup, tellAgent: toAgent, postGroup: toGroup, postAgent: toAgent };
  const { clock, sender, directory, location } = o;
  const layer = {
    via: (on: RequestTarget, branch: string) => `SIP/2.0/${typeof on === "string" ? on : on.protocol} 127.0.0.1:5060;branch=${branch};rport`,
    sentBy: () => "127.0.0.1:5060",
    sendOn: sender.sendOn.bind(sender),
    sendResponse: sender.sendResponse.bind(sender),
    flowTo: sender.flowTo.bind(sender),
  };
  // The manager sends through the endpoint, which is built after it (it is the endpoint's TU).
  const built: { ep?: Endpoint } = {};
  const registry = new Registry();
  const calls = new CallManager({
    nodeId: "n_1",
    directory,
    location,
    routing,
    legs: { endpoint: { request: (r, d, u) => (built.ep as Endpoint).request(r, d, u) }, layer, clock, log: silentLogger() },
    flows: { flowOn: () => undefined },
    registry,
    ...(o.trustedPeer !== undefined ? { trustedPeer: o.trustedPeer } : {}),
  });
  const registrar = new Registrar({ directory, location, clock, nodeId: "n_1", secret: "s", registry: new Registry() });
  const ep = new Endpoint({ sender, clock, registry, tu: new SignalingTu(registrar, directory, silentLogger(), calls), allow: o.allow, ...(o.supported !== undefined ? { supported: o.supported } : {}) });
  built.ep = ep;
  return { calls, ep, registry };
}
