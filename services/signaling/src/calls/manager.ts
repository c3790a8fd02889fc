/**
 * Calls on this signaling node: the B2BUA between the caller's INVITE and the agent
 * legs the group actors ask for.
 *
 * ```
 * caller            signaling                         group actor      agent device(s)
 *   |--INVITE-------->|                                    |                 |
 *   |---------------->|--callArrived (ask)---------------->|                 |
 *   |<-180------------|<-answer: entry audio---------------|                 |
 *   |  (100 only if routing takes 200 ms; 180 every minute while queued)    |
 *   |                 |<-ringAgent(devices, M10)-----------|                 |
 *   |                 |--INVITE (fork: every binding) ------------------------>|
 *   |                 |<-180 / 200 ------------------------------------------|
 *   |                 |--ACK ---------------------------------------------->|
 *   |                 |--CANCEL other forks (Reason: cause=200) ----------->|
 *   |<-200 (agent SDP)|--legAnswered---------------------->|--offerEnded---->| (agent actor)
 *   |  (2xx re-sent until the ACK)                         |                 |
 *   |--ACK----------->|                                    |                 |
 *   |--BYE----------->|--BYE ----------------------------------------------->|
 *   |<-200------------|--callGone to the agent actor (its next status tells the group)
 * ```
 * The first 2xx connects the call: the caller is answered at once, and the group is told
 * (posted once). The group takes the answer as a fact, even one that crossed its M10
 * timeout or a revocation (queue-actor offers.ts). A group that missed the report shows
 * it by a command for the call as if it still waited (`cancelRing` for the winner,
 * `ringAgent`, `routeCall`): the answer is reported again then, and for a call that is
 * over already the group is told it ended (`orphan`).
 *
 * Reports: a ring whose every device failed → `legFailed` to the group and `legGone` to
 * the agent; legs the group cancelled report nothing (the group already knows). A
 * connected call that ends → `callGone` to the agent (`connectedEnded` says why only there).
 * Every report and command is keyed, so a resend is applied once.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { Registry } from "prom-client";
import type { TimerHandle } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import type { CallArrived, CancelRingReason, DeviceOffer, HeldCall, RingAgent, RouteCall, SignalingEvent, SignalingReport } from "../../../../lib/routing/messages.js";
import type { CallCommand, OneCallCommand } from "../../../../lib/routing/outbound.js";
import { SetupMeter } from "../admission/setup-meter.js";
import { CallRecorder, type TrunkLegInfo } from "../cdr/recorder.js";
import type { CdrSink } from "../cdr/sink.js";
import type { Binding, LocationStore } from "../location/types.js";
import { authenticateCaller } from "../registrar/decide.js";
import type { Directory } from "../registrar/directory.js";
import { DEFAULT_SESSION_EXPIRES_S } from "../sip/constants.js";
import { parseUri, quote } from "../sip/grammar.js";
import type { SipRequest, SipResponse } from "../sip/message.js";
import type { InviteServerTransaction, ServerTransaction } from "../sip/transaction/server.js";
import { destinationForUri } from "../sip/transport/layer.js";
import type { FlowLocator } from "../sip/transport/relay.js";
import type { Destination, Flow } from "../sip/transport/types.js";
import type { CallCommandSink } from "./bridge.js";
import { CallerLeg } from "./caller-leg.js";
import { CallIdMinter, nodeOfCallId } from "./call-id.js";
import { DialogTable } from "./dialogs.js";
import { resolveInbound, type InboundContext } from "./inbound.js";
import type { LegContext } from "./leg-context.js";
import { passThroughMedia, type MediaBridge, type SessionDescription } from "./media.js";
import { callMetrics, type CallMetrics, type CallOutcome } from "./metrics.js";
import { ANSWERED_ELSEWHERE, OutboundLeg, type LegFailure, type OutboundLegEvents } from "./outbound-leg.js";
import type { PeerDialog } from "./peer-dialog.js";
import { routeAction } from "./route.js";
import type { RoutingPort } from "./routing-port.js";
import { SessionRelay } from "./session-relay.js";
import { negotiateAsUas, negotiatedAsUac, offerHeaders, SessionTimers, type SessionInterval } from "./session-timer.js";

/** Slack on top of M10 before signaling gives up on a ring the group never cancelled. */
export const RING_GRACE_MS = 10_000;
/** Commands for a call that ended this long ago are recognised as late, not orphaned. */
const ENDED_MEMORY_MS = 120_000;
/** Distinct idempotency keys kept per call (commands are few per call). */
const MAX_KEYS_PER_CALL = 256;

export interface CallManagerOptions {
  readonly nodeId: string;
  readonly directory: Directory;
  readonly location: LocationStore;
  /** Absent: no routing actors reachable (a signaling-only test node); INVITEs to groups get 503. */
  readonly routing: RoutingPort | undefined;
  /** The SIP stack; the manager adds its own dialog table. */
  readonly legs: Omit<LegContext, "dialogs">;
  /** The connections phones registered over (TCP/TLS/WS/WSS), on this node or, relayed, on the node holding them. */
  readonly flows: FlowLocator;
  readonly media?: MediaBridge;
  /** SIP URI of the outbound trunk (`SIP_TRUNK`), for `external` destinations and mobile devices. */
  readonly trunk?: string;
  /** Where records of trunk legs go (cdr/); none: not recorded. */
  readonly cdr?: CdrSink;
  /** G3 of a group, for records of mobile legs (ringAgent does not carry it). */
  readonly billingIdOf?: (org: string, group: string) => Promise<string>;
  readonly registry?: Registry;
  /** RFC 3325: peers whose P-Asserted-Identity names the caller (inbound.ts `peerTrust`); default nobody. */
  readonly trustedPeer?: (address: string) => boolean;
  /**
   * Signs and checks the digest nonces of callers to internal numbers from an address they
   * did not register from (407, RFC 3261 §22.3); the registrar's secret, so a challenge
   * from one node verifies on another. Absent: such calls get 403.
   */
  readonly callerAuth?: { readonly secret: string | Buffer; readonly nonceMaxAgeMs: number };
  readonly ringGraceMs?: number;
}

type CallPhase = "queued" | "connected" | "external" | "ended";

interface AgentRing {
  readonly agentId: string;
  readonly reservation: number;
  readonly legs: OutboundLeg[];
  readonly failures: LegFailure[];
  pending: number;
  /** The group cancelled it, or signaling already reported it: nothing more is reported. */
  closed: boolean;
  answered: boolean;
  guard: TimerHandle | undefined;
}

/** The agent leg whose 2xx connected the call. */
interface Winner {
  readonly agentId: string;
  readonly reservation: number;
  readonly leg: OutboundLeg;
}

/** A call this node ended, remembered ENDED_MEMORY_MS to tell late commands from orphaned ones. */
interface EndedCall {
  readonly at: number;
  /** The agent it was connected to, if it was. */
  readonly agentId: string | undefined;
}

interface Call {
  readonly id: string;
  readonly org: string;
  group: string;
  readonly caller: string;
  /** First arrival on the platform (§3.6: overflow keeps it). */
  readonly arrivedAt: number;
  /** When the call was announced to its current group (`callsHeld`: its place there and its Q1). */
  enqueuedAt: number;
  readonly inbound: CallerLeg;
  phase: CallPhase;
  readonly rings: Map<string, AgentRing>;
  winner: Winner | undefined;
  external: OutboundLeg | undefined;
  arrivals: number;
  setupObserved: boolean;
  readonly keys: Set<string>;
  /** re-INVITE, UPDATE and INFO between the legs once connected. */
  readonly relay: SessionRelay;
  /** Each leg's session timer (RFC 4028), running once the call is connected. */
  readonly timers: SessionTimers;
}

interface Target {
  readonly uri: string;
  readonly route: Flow | Destination;
  readonly from: string;
  readonly to: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly label: string;
  /** Set for trunk targets: the number dialled there. */
  readonly number?: string;
}

/**
 * A group command for a connected call that shows the group still holds it as waiting:
 * the `legAnswered` that connected it never reached the group (or crossed the group's own
 * end of that offer, a `cancelRing` for the winner).
 */
function missedAnswer(command: OneCallCommand, winner: string): boolean {
  switch (command.type) {
    case "ringAgent":
    case "routeCall":
    case "rejectCall":
      return true;
    case "cancelRing":
      return command.agentId === winner;
    default:
      return false;
  }
}

/** Re-reads the phase after an await (other events may have moved the call on meanwhile). */
function stillIn(call: Call, phase: CallPhase): boolean {
  return call.phase === phase;
}

/** RFC 3261 §25.1 user part: unreserved, user-unreserved and escapes. */
function escapeUser(s: string): string {
  return s.replace(/[^A-Za-z0-9\-_.!~*'()&=+$,;?/]/g, (c) => encodeURIComponent(c));
}

export class CallManager implements CallCommandSink {
  readonly nodeId: string;
  readonly dialogs = new DialogTable();
  private readonly calls = new Map<string, Call>();
  private readonly byTxn = new Map<InviteServerTransaction, Call>();
  private readonly ended = new Map<string, EndedCall>();
  private readonly orphans = new Set<string>();
  /** Rounds of `reportAllHeld`, for their keys. */
  private heldRounds = 0;
  private readonly ids: CallIdMinter;
  private readonly media: MediaBridge;
  private readonly metrics: CallMetrics;
  private readonly legCtx: LegContext;
  private readonly reports = new Set<Promise<void>>();
  /** What resolveInbound needs besides the request: the trust domain and caller authentication. */
  private readonly inboundAuth: Pick<InboundContext, "trustedPeer" | "authenticate">;
  private readonly recorder: CallRecorder | undefined;
  /** INVITEs accepted but not yet a call (or refused): with `calls`, the load admission control sees. */
  private admitting = 0;
  /** From a new INVITE to its routing's answer: what adaptive admission counts and times. */
  readonly setups = new SetupMeter();

  constructor(private readonly opts: CallManagerOptions) {
    this.nodeId = opts.nodeId;
    this.ids = new CallIdMinter(opts.nodeId);
    this.media = opts.media ?? passThroughMedia;
    this.legCtx = { ...opts.legs, dialogs: this.dialogs };
    this.metrics = callMetrics(opts.registry, this.dialogs);
    const { callerAuth, directory } = opts;
    this.inboundAuth = {
      ...(opts.trustedPeer !== undefined ? { trustedPeer: opts.trustedPeer } : {}),
      ...(callerAuth !== undefined
        ? { authenticate: (req: SipRequest) => authenticateCaller({ req, now: opts.legs.clock.now(), ...callerAuth, accountOf: (domain, sipUser) => directory.account(domain, sipUser) }) }
        : {}),
    };
    this.recorder =
      opts.cdr === undefined || opts.trunk === undefined
        ? undefined
        : new CallRecorder({ sink: opts.cdr, clock: opts.legs.clock, nodeId: opts.nodeId, trunk: opts.trunk, log: opts.legs.log });
  }

  /** Calls on this node, including INVITEs still being resolved into one. */
  get load(): number {
    return this.calls.size + this.admitting;
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  /** The run part of the call ids this manager mints; with `nodeId` it names this run's calls cluster-wide. */
  get callIdEpoch(): string {
    return this.ids.epoch;
  }

  /** How many calls each group (`org`, `group`) holds from this node now; the cluster heartbeat carries it (cluster/). */
  callsPerGroup(): { org: string; group: string; calls: number }[] {
    const out = new Map<string, { org: string; group: string; calls: number }>();
    for (const c of this.calls.values()) {
      // A call sent to the trunk has left every group.
      if (c.phase === "external" || c.phase === "ended") continue;
      const k = `${c.org}.${c.group}`;
      const e = out.get(k);
      if (e === undefined) out.set(k, { org: c.org, group: c.group, calls: 1 });
      else e.calls++;
    }
    return [...out.values()];
  }

  hasDialog(req: SipRequest): boolean {
    return this.dialogs.forRequest(req) !== undefined;
  }

  // ------------------------------------------------------------ SIP in

  /** An initial INVITE (no To-tag). */
  onInvite(txn: InviteServerTransaction): void {
    const timer = negotiateAsUas(txn.request);
    if (timer.kind === "reject") {
      // RFC 4028 §6, §9: not a call that failed, a step of the caller's negotiation (it retries with Min-SE).
      txn.reply(422, { headers: timer.headers });
      return;
    }
    // No 100 here: the 180 (or a final answer) normally follows within milliseconds, and the
    // transaction sends 100 Trying itself if its TU is silent for 200 ms (RFC 3261 §17.2.1,
    // TRYING_DELAY_MS). One datagram less per call, of the seven signaling sends.
    this.admitting++;
    const setup = this.setups.begin(this.legCtx.clock.now());
    let counted = true;
    const admitted = (): void => {
      if (counted) this.admitting--;
      counted = false;
    };
    // admit() settles once the group has answered callArrived (or the INVITE ended before that).
    void this.admit(txn, admitted)
      .finally(() => {
        admitted();
        this.setups.end(setup, this.legCtx.clock.now());
      })
      .catch((err: unknown) => {
        this.legCtx.log.error({ err: errorMessage(err) }, "inbound call failed");
        if (txn.state === "Proceeding") txn.reply(500);
      });
  }

  /** A request with a To-tag: BYE, re-INVITE, OPTIONS inside a dialog. */
  onInDialog(txn: ServerTransaction): void {
    const owner = this.dialogs.forRequest(txn.request);
    if (owner === undefined) txn.reply(481);
    else owner.onRequest(txn);
  }

  onAck(ack: SipRequest): void {
    this.dialogs.forRequest(ack)?.onAck?.(ack);
  }

  /** The endpoint answered 200 to the CANCEL and 487 to the INVITE. */
  onCancel(txn: InviteServerTransaction): void {
    const call = this.byTxn.get(txn);
    if (call === undefined) return;
    call.inbound.cancelled();
    this.callerGone(call);
  }

  onStrayResponse(res: SipResponse, flow: Flow): void {
    if (res.status < 200 || res.status >= 300 || res.cseq?.method !== "INVITE") return;
    this.dialogs.forResponse(res)?.onStray2xx?.(res, flow);
  }

  private async admit(txn: InviteServerTransaction, admitted: () => void): Promise<void> {
    const routing = this.opts.routing;
    if (routing === undefined) {
      txn.reply(503, { reason: "Routing Not Available", headers: [["Retry-After", "30"]] });
      this.metrics.outcome("failed");
      return;
    }
    const now = this.legCtx.clock.now();
    const decision = await resolveInbound(txn.request, txn.flow, { directory: this.opts.directory, location: this.opts.location, now, ...this.inboundAuth });
    // A CANCEL may have ended the INVITE while the location store answered.
    if (txn.state !== "Proceeding") {
      this.metrics.outcome("abandoned");
      return;
    }
    if (decision.kind === "reject") {
      txn.reply(decision.status, { ...(decision.reason !== undefined ? { reason: decision.reason } : {}), headers: decision.headers ?? [] });
      this.metrics.outcome(decision.status === 404 ? "notFound" : decision.status === 407 ? "challenged" : "forbidden");
      return;
    }
    const id = this.ids.next();
    const timers = new SessionTimers({
      clock: this.legCtx.clock,
      refresh: (leg) => call.relay.refresh(leg),
      expired: (leg) => this.broken(call, `session expired on the ${leg} leg (RFC 4028 §10)`),
    });
    const call: Call = {
      id,
      org: decision.org,
      group: decision.group,
      caller: decision.caller,
      arrivedAt: now,
      enqueuedAt: now,
      inbound: new CallerLeg(this.legCtx, txn, {
        onAck: (answer) => this.callerAcked(call, answer),
        onBye: () => this.callerBye(call),
        onAckTimeout: () => this.ackTimedOut(call),
        onInDialog: (txn) => call.relay.handle("caller", txn, call.inbound.confirmedDialog),
      }),
      phase: "queued",
      rings: new Map(),
      winner: undefined,
      external: undefined,
      arrivals: 0,
      setupObserved: false,
      keys: new Set(),
      relay: new SessionRelay({
        ctx: this.legCtx,
        media: this.media,
        callId: id,
        dialogs: () => this.connectedDialogs(call),
        onBroken: (why) => this.broken(call, why),
        timers,
      }),
      timers,
    };
    this.calls.set(id, call);
    admitted();
    this.byTxn.set(txn, call);
    this.legCtx.log.info({ callId: id, org: call.org, group: call.group }, "call arrived");
    try {
      await this.arrive(routing, call, call.group, { type: "callArrived", callId: id, caller: call.caller }, `${id}:arrived:0`);
    } catch (err) {
      this.legCtx.log.error({ err: errorMessage(err), callId: id }, "group actor unreachable");
      if (call.phase === "queued" && call.inbound.state === "proceeding") {
        call.inbound.reject(503, { headers: [["Retry-After", "5"]] });
        this.finish(call, "failed");
      }
      return;
    }
    if (call.phase === "queued") call.inbound.provisional(180);
  }

  /** Announces the call to `group` and applies what the group's answer carries (its entry audio). */
  private async arrive(routing: RoutingPort, call: Call, group: string, event: CallArrived, key: string): Promise<void> {
    call.enqueuedAt = this.legCtx.clock.now();
    const answer = await routing.arrive(call.org, group, event, key);
    if (answer !== undefined) this.deliver(call.org, group, answer, `${key}:answer`);
  }

  // ------------------------------------------------------------ commands from the group

  deliver(org: string, groupId: string, command: CallCommand, key: string): void {
    try {
      if (command.type === "askHeld") this.reportHeld(org, groupId, `${this.nodeId}:held:${key}`);
      else this.handle(org, groupId, command, key);
    } catch (err) {
      this.legCtx.log.error({ err: errorMessage(err), type: command.type, ...(command.type !== "askHeld" ? { callId: command.callId } : {}) }, "call command failed");
    }
  }

  /**
   * Tells the group which of this node's calls wait there (`callsHeld`), if any: a group
   * writes nothing when a call arrives, so one that came back after its owner died learns
   * them here, asked (`askHeld`, on its load) or not (`reportAllHeld`).
   */
  private reportHeld(org: string, group: string, key: string): void {
    const held = this.waitingByGroup().get(`${org}.${group}`);
    if (held !== undefined) this.tellGroup(org, group, { type: "callsHeld", calls: held.calls }, key);
  }

  /**
   * A host of groups left (died, or went silent): every group holding calls of this node
   * that wait is told which. A group that was on that host comes back on a survivor with
   * this message, which it would otherwise not get before a caller hung up: its arrivals
   * were never written, so no timer of theirs wakes it either. A group elsewhere knows its
   * calls and ignores it (queue-actor held.ts).
   */
  reportAllHeld(): void {
    const round = ++this.heldRounds;
    for (const { org, group, calls } of this.waitingByGroup().values()) {
      this.tellGroup(org, group, { type: "callsHeld", calls }, `${this.nodeId}:held:lost:${this.ids.epoch}:${round}`);
    }
  }

  /** This node's waiting calls by `<org>.<group>`, in one pass over its calls. */
  private waitingByGroup(): Map<string, { org: string; group: string; calls: HeldCall[] }> {
    const out = new Map<string, { org: string; group: string; calls: HeldCall[] }>();
    for (const c of this.calls.values()) {
      if (c.phase !== "queued") continue;
      const k = `${c.org}.${c.group}`;
      let g = out.get(k);
      if (g === undefined) out.set(k, (g = { org: c.org, group: c.group, calls: [] }));
      g.calls.push({ callId: c.id, caller: c.caller, firstArrivedAt: c.arrivedAt, enqueuedAt: c.enqueuedAt });
    }
    return out;
  }

  private handle(org: string, groupId: string, command: OneCallCommand, key: string): void {
    const call = this.calls.get(command.callId);
    if (call === undefined) {
      this.orphan(org, groupId, command, key);
      return;
    }
    if (key !== "") {
      if (call.keys.has(key)) return;
      if (call.keys.size < MAX_KEYS_PER_CALL) call.keys.add(key);
    }
    const winner = call.winner;
    if (winner !== undefined && missedAnswer(command, winner.agentId)) {
      this.reportAnswer(call, winner, key);
      return;
    }
    switch (command.type) {
      case "ringAgent":
        void this.ring(call, command).catch((err: unknown) => {
          this.legCtx.log.error({ err: errorMessage(err), callId: call.id }, "ringing the agent failed");
          const ring = call.rings.get(command.agentId);
          if (ring !== undefined) this.failRing(call, ring, "unreachable");
        });
        return;
      case "cancelRing":
        this.cancelRing(call, command.agentId, command.reason);
        return;
      case "connect":
        // A probe's (the call stands: nothing to do), or a check: a group that lost the call
        // from its record asks whether this agent holds it.
        if (command.check === true && winner?.agentId === command.agentId) this.reportAnswer(call, winner, `check:${key}`);
        return;
      case "routeCall":
        this.route(call, command);
        return;
      case "callerAudio":
        // No media yet: the caller keeps hearing ringback from the 180 whatever the group asks to play.
        return;
      case "rejectCall":
        if (call.phase === "queued") {
          this.stopRinging(call);
          call.inbound.reject(404);
          this.finish(call, "notFound");
        }
        return;
    }
  }

  /**
   * A command for a call this node minted but no longer has (restart, or it ended long
   * ago): tell the group it is gone. A `connect` is always answered: the group holds the
   * call as connected, so the end reported for it was lost (the agent's probe, via the
   * group, sends `connect` again), or the caller left while the answer was on its way.
   * A `check` (a group asking about a call it lost) is answered to the group only: the
   * agent asked the group, and the group's answer frees it without a wrap-up. A command
   * that shows the group missed the answer of a call that is over already (a short call
   * whose `legAnswered` was lost) tells the group the call ended, once.
   */
  private orphan(org: string, groupId: string, command: OneCallCommand, key: string): void {
    const { callId } = command;
    if (nodeOfCallId(callId) !== this.nodeId) return;
    const ended = this.ended.get(callId);
    if (command.type !== "connect" && (ended !== undefined || this.orphans.has(callId))) {
      if (ended?.agentId === undefined || !missedAnswer(command, ended.agentId) || this.orphans.has(callId)) return;
      this.orphans.add(callId);
      this.tellGroup(org, groupId, { type: "connectedCallEnded", callId }, `${callId}:endedUnseen`);
      return;
    }
    if (command.type === "routeCall" || command.type === "rejectCall") return;
    this.orphans.add(callId);
    if (this.orphans.size > 10_000) this.orphans.clear();
    if (command.type === "connect" && command.check === true) {
      this.tellGroup(org, groupId, { type: "connectedCallEnded", callId }, `${callId}:gone:${key}`);
    } else if (command.type === "connect") {
      this.tellGroup(org, groupId, { type: "connectedCallEnded", callId }, `${callId}:orphan`);
      this.postAgent(org, command.agentId, { type: "callGone", callId }, `${callId}:orphan:${command.agentId}`);
    } else this.tellGroup(org, groupId, { type: "callerHungUp", callId }, `${callId}:orphan`);
  }

  private async ring(call: Call, cmd: RingAgent): Promise<void> {
    if (call.phase !== "queued") return;
    const existing = call.rings.get(cmd.agentId);
    if (existing !== undefined && existing.reservation === cmd.reservation) return;
    if (existing !== undefined) this.closeRing(call, existing, undefined);
    const ring: AgentRing = { agentId: cmd.agentId, reservation: cmd.reservation, legs: [], failures: [], pending: 0, closed: false, answered: false, guard: undefined };
    call.rings.set(cmd.agentId, ring);
    const targets = await this.targetsFor(call, cmd);
    // The caller may have hung up, or the group cancelled, while the location store answered.
    if (ring.closed || call.rings.get(cmd.agentId) !== ring || !stillIn(call, "queued")) return;
    if (targets.length === 0) {
      this.failRing(call, ring, "unreachable");
      return;
    }
    // The group's M10 timer normally cancels first; this only frees an agent whose cancel never came.
    ring.guard = this.legCtx.clock.setTimeout(() => {
      ring.guard = undefined;
      if (!ring.closed && !ring.answered) this.failRing(call, ring, "unreachable");
    }, cmd.ringSeconds * 1000 + (this.opts.ringGraceMs ?? RING_GRACE_MS));
    const offer = this.media.offerFor(call.id, call.inbound.offer);
    const sessionOffer = offerHeaders(callerSession(call).interval.seconds);
    for (const t of targets) {
      const events: OutboundLegEvents = {
        onAnswer: (l, answer) => this.legAnswered(call, ring, l, answer),
        onFailed: (l, failure) => this.legEnded(call, ring, l, failure),
        onBye: (l) => this.agentBye(call, l),
        onInDialog: (l, txn) => call.relay.handle("agent", txn, l.confirmedDialog),
      };
      const leg = new OutboundLeg(this.legCtx, { ...t, headers: [...t.headers, ...sessionOffer], offer }, t.number === undefined ? events : this.recorded(call, { kind: "mobile", agent: cmd.agentId, billingId: cmd.billingId }, t.number, events));
      ring.legs.push(leg);
      ring.pending++;
    }
    if (!call.setupObserved) {
      call.setupObserved = true;
      this.metrics.setup((this.legCtx.clock.now() - call.arrivedAt) / 1000);
    }
    for (const leg of ring.legs) void leg.start();
  }

  /** M7: every live binding of the offered device kinds; mobiles through the trunk. */
  private async targetsFor(call: Call, cmd: RingAgent): Promise<Target[]> {
    const now = this.legCtx.clock.now();
    const bindings = await this.opts.location.lookup(call.org, cmd.agentId, now);
    const domain = this.opts.directory.domainOf(call.org) ?? "invalid";
    const out: Target[] = [];
    for (const offer of cmd.devices) {
      if (offer.kind === "mobile") {
        for (const number of this.opts.directory.mobileNumbers(call.org, cmd.agentId)) {
          const t = await this.trunkTarget(number, `${cmd.agentId}/mobile`);
          if (t !== undefined) out.push({ ...t, from: this.fromFor(offer, domain), headers: [...this.offerHeaders(call, offer, domain), ...chargeInfo(cmd.billingId, domain)] });
        }
        continue;
      }
      for (const b of bindings) {
        if (b.deviceKind !== offer.kind) continue;
        const route = this.routeTo(b);
        if (route === undefined) continue;
        out.push({ uri: b.contact, route, from: this.fromFor(offer, domain), to: `<${b.aor}>`, headers: this.offerHeaders(call, offer, domain), label: `${cmd.agentId}/${b.sipUser}` });
      }
    }
    return out;
  }

  /** G7: the number the device shows, as From; the caller's number stays in the display for desktops. */
  private fromFor(offer: DeviceOffer, domain: string): string {
    return `${quote(offer.from)} <sip:${escapeUser(offer.from)}@${domain}>`;
  }

  /** Desktop softphones also get the group (G7), in P-Ringmesh-Group; every leg names the call for correlation. */
  private offerHeaders(call: Call, offer: DeviceOffer, domain: string): [string, string][] {
    const headers: [string, string][] = [["P-Ringmesh-Call", call.id]];
    if (offer.group !== undefined) headers.push(["P-Ringmesh-Group", `${quote(offer.group.name)} <sip:${escapeUser(offer.group.number)}@${domain}>`]);
    return headers;
  }

  /**
   * The binding's own flow: UDP back to the address the REGISTER came from (what passes
   * NAT), TCP/WS over the connection, held here or relayed through the node holding it.
   * Without a way to that connection (closed here; another node's, embedded), a directly
   * reachable TCP/UDP Contact is tried instead; WebSocket clients are unreachable then.
   */
  private routeTo(b: Binding): Flow | Destination | undefined {
    if (b.flow.protocol === "UDP") return { protocol: "UDP", address: b.flow.remote.address, port: b.flow.remote.port };
    const f = this.opts.flows.flowOn(b.nodeId, b.flow);
    if (f !== undefined) return f;
    if (b.flow.protocol === "WS" || b.flow.protocol === "WSS") return undefined;
    const uri = parseUri(b.contact);
    return uri === undefined ? undefined : destinationForUri(uri);
  }

  private async trunkTarget(number: string, label: string): Promise<Omit<Target, "from" | "headers"> | undefined> {
    const trunk = this.opts.trunk === undefined ? undefined : parseUri(this.opts.trunk);
    if (trunk === undefined) return undefined;
    let host = trunk.host.replace(/^\[|\]$/g, "");
    if (isIP(host) === 0) host = (await lookup(host)).address;
    const dest = destinationForUri({ ...trunk, host });
    if (dest === undefined) return undefined;
    const hostPort = `${trunk.host}${trunk.port !== undefined ? `:${trunk.port}` : ""}`;
    const uri = `sip:${escapeUser(number)}@${hostPort}`;
    return { uri, route: dest, to: `<${uri}>`, label, number };
  }

  /**
   * The first 2xx connects the call: the caller is answered with the agent's SDP, every
   * other leg and ring is cancelled (Reason: cause=200), and the group is told.
   */
  private legAnswered(call: Call, ring: AgentRing, leg: OutboundLeg, answer: SessionDescription | undefined): void {
    if (call.phase !== "queued" || ring.closed || call.rings.get(ring.agentId) !== ring) {
      leg.bye();
      return;
    }
    ring.answered = true;
    const winner: Winner = { agentId: ring.agentId, reservation: ring.reservation, leg };
    call.winner = winner;
    call.phase = "connected";
    this.stopRinging(call, ANSWERED_ELSEWHERE);
    this.answerCaller(call, answer, leg);
    this.metrics.outcome("answered");
    this.legCtx.log.info({ callId: call.id, agentId: winner.agentId }, "call connected");
    this.reportAnswer(call, winner, "");
  }

  /**
   * Posted, not acknowledged: a group that missed it sends a command for the call as if it
   * still waited (`missedAnswer`), and the report goes again under that command's key.
   */
  private reportAnswer(call: Call, winner: Winner, again: string): void {
    const key = `${call.id}:answered:${winner.agentId}:${winner.reservation}`;
    this.postGroup(call.org, call.group, { type: "legAnswered", callId: call.id, agentId: winner.agentId, connected: true }, again === "" ? key : `${key}#${again}`);
  }

  private legEnded(call: Call, ring: AgentRing, _leg: OutboundLeg, failure: LegFailure): void {
    ring.pending--;
    if (failure !== "cancelled") ring.failures.push(failure);
    if (ring.pending > 0 || ring.closed || ring.answered) return;
    const reason = ring.failures.includes("declined") ? "declined" : ring.failures.includes("busy") ? "busy" : "unreachable";
    this.failRing(call, ring, reason);
  }

  /** Every device failed (or none could be rung): the group moves on, the agent is freed. */
  private failRing(call: Call, ring: AgentRing, reason: "declined" | "busy" | "unreachable"): void {
    if (ring.closed) return;
    this.closeRing(call, ring, undefined);
    const k = `${call.id}:failed:${ring.agentId}:${ring.reservation}`;
    this.tellGroup(call.org, call.group, { type: "legFailed", callId: call.id, agentId: ring.agentId, reason }, k);
    this.tellAgent(call.org, ring.agentId, { type: "legGone", callId: call.id }, k);
  }

  /** Stops a ring's legs and forgets it, reporting nothing. */
  private closeRing(call: Call, ring: AgentRing, cancelReason: string | undefined): void {
    ring.closed = true;
    this.clearGuard(ring);
    for (const leg of ring.legs) if (call.winner?.leg !== leg) leg.cancel(cancelReason);
    if (call.rings.get(ring.agentId) === ring) call.rings.delete(ring.agentId);
  }

  private clearGuard(ring: AgentRing): void {
    if (ring.guard !== undefined) this.legCtx.clock.clearTimeout(ring.guard);
    ring.guard = undefined;
  }

  private cancelRing(call: Call, agentId: string, reason: CancelRingReason): void {
    const ring = call.rings.get(agentId);
    if (ring !== undefined) this.closeRing(call, ring, reason === "answeredElsewhere" ? ANSWERED_ELSEWHERE : undefined);
  }

  /**
   * The caller's 2xx, with the caller leg's session timer (RFC 4028 §9), and both legs'
   * timers started: the caller's as negotiated here, the far leg's as its 2xx said (§7.2).
   */
  private answerCaller(call: Call, answer: SessionDescription | undefined, far: OutboundLeg): void {
    const session = callerSession(call);
    call.inbound.accept(this.media.answerFor(call.id, answer), session.headers);
    if (!call.inbound.answered) return;
    call.timers.refreshed("caller", session.interval);
    const farAnswer = far.answer;
    call.timers.refreshed("agent", farAnswer === undefined ? undefined : negotiatedAsUac(farAnswer));
  }

  private route(call: Call, cmd: RouteCall): void {
    if (call.phase !== "queued") return;
    this.stopRinging(call);
    call.phase = "queued";
    const action = routeAction(cmd.destination, this.opts.trunk !== undefined);
    this.legCtx.log.info({ callId: call.id, setting: cmd.setting, reason: cmd.reason, destination: cmd.destination.type }, "call routed away");
    switch (action.kind) {
      case "reject":
        call.inbound.reject(action.status, action.reason !== undefined ? { headers: [["Reason", action.reason]] } : {});
        this.finish(call, action.status === 486 ? "busy" : "unavailable");
        return;
      case "group": {
        // §3.6 overflow: the call joins the other group's tail, its wait counted from the first arrival.
        const n = ++call.arrivals;
        call.group = action.group;
        const event: CallArrived = { type: "callArrived", callId: call.id, caller: call.caller, firstArrivedAt: call.arrivedAt };
        const routing = this.opts.routing;
        if (routing === undefined) return;
        this.arrive(routing, call, action.group, event, `${call.id}:arrived:${n}`).catch((err: unknown) => {
          this.legCtx.log.error({ err: errorMessage(err), callId: call.id }, "overflow group unreachable");
          if (call.phase === "queued") {
            call.inbound.reject(503, { headers: [["Retry-After", "5"]] });
            this.finish(call, "failed");
          }
        });
        return;
      }
      case "external":
        void this.external(call, action.number, cmd.billingId).catch((err: unknown) => {
          this.legCtx.log.error({ err: errorMessage(err), callId: call.id }, "trunk call failed");
          call.inbound.reject(503);
          this.finish(call, "failed");
        });
        return;
    }
  }

  /** An `external` destination: one INVITE to the trunk, billed to G3 (P-Charge-Info, RFC 8496). */
  private async external(call: Call, number: string, billingId: string): Promise<void> {
    call.phase = "external";
    const t = await this.trunkTarget(number, "trunk");
    if (t === undefined || !stillIn(call, "external")) {
      if (stillIn(call, "external")) {
        call.inbound.reject(480);
        this.finish(call, "unavailable");
      }
      return;
    }
    const domain = this.opts.directory.domainOf(call.org) ?? "invalid";
    const headers: [string, string][] = [["P-Ringmesh-Call", call.id], ...chargeInfo(billingId, domain), ...offerHeaders(callerSession(call).interval.seconds)];
    const leg = new OutboundLeg(this.legCtx, { ...t, from: `${quote(call.caller)} <sip:${escapeUser(call.caller)}@${domain}>`, headers, offer: this.media.offerFor(call.id, call.inbound.offer) }, this.recorded(call, { kind: "external", billingId }, number, {
      onAnswer: (l, answer) => {
        this.answerCaller(call, answer, l);
        this.metrics.outcome("answered");
      },
      onFailed: (_l, failure, status) => {
        if (call.phase !== "external") return;
        const relay = status >= 400 && status < 700 && status !== 401 && status !== 407 && status !== 487 ? status : 480;
        call.inbound.reject(relay);
        this.finish(call, failure === "busy" ? "busy" : "unavailable");
      },
      onBye: () => {
        call.inbound.bye();
        this.finish(call, undefined);
      },
      onInDialog: (l, txn) => call.relay.handle("agent", txn, l.confirmedDialog),
    }));
    call.external = leg;
    await leg.start();
  }

  // ------------------------------------------------------------ caller / agent hang-ups

  private callerAcked(call: Call, answer: SessionDescription | undefined): void {
    // Late offer: the caller's answer rides on the ACK to the leg that made the offer.
    const leg = call.winner?.leg ?? call.external;
    if (leg !== undefined && call.inbound.offer === undefined) leg.confirm(this.media.offerFor(call.id, answer));
  }

  private callerBye(call: Call): void {
    if (call.phase === "connected") {
      const winner = call.winner;
      winner?.leg.bye();
      this.connectedEnded(call, winner?.agentId);
      return;
    }
    if (call.phase === "external") {
      call.external?.bye("caller hung up");
      this.finish(call, undefined);
      return;
    }
    this.callerGone(call);
  }

  /** CANCEL or an early BYE: the caller gave up before being connected. */
  private callerGone(call: Call): void {
    if (call.phase === "ended") return;
    const winner = call.winner;
    if (call.phase === "external") {
      call.external?.cancel();
      this.finish(call, "abandoned");
      return;
    }
    this.stopRinging(call);
    if (winner !== undefined) winner.leg.bye();
    this.tellGroup(call.org, call.group, { type: "callerHungUp", callId: call.id }, `${call.id}:hungUp`);
    if (winner !== undefined) this.callGone(call, winner.agentId);
    this.finish(call, "abandoned");
  }

  private agentBye(call: Call, leg: OutboundLeg): void {
    const winner = call.winner;
    if (winner?.leg !== leg) return;
    if (call.phase !== "connected") return;
    call.inbound.bye();
    this.connectedEnded(call, winner.agentId);
  }

  /** Both dialogs of a connected call, once each is confirmed: what the relay passes requests between. */
  private connectedDialogs(call: Call): { caller: PeerDialog; agent: PeerDialog } | undefined {
    const far = call.phase === "connected" ? call.winner?.leg : call.phase === "external" ? call.external : undefined;
    const caller = call.inbound.confirmedDialog;
    const agent = far?.confirmedDialog;
    return caller === undefined || agent === undefined ? undefined : { caller, agent };
  }

  /** The relay found a leg gone (§12.2.1.2) or unacknowledging (§13.3.1.4): both legs are hung up. */
  private broken(call: Call, why: string): void {
    if (call.phase !== "connected" && call.phase !== "external") return;
    this.legCtx.log.info({ callId: call.id, why }, "connected call broken");
    const winner = call.winner;
    winner?.leg.bye(why);
    call.external?.bye(why);
    call.inbound.bye();
    if (call.phase === "connected") this.connectedEnded(call, winner?.agentId);
    else this.finish(call, undefined);
  }

  /** §13.3.1.4: the caller never ACKed our 2xx; CallerLeg already sent its BYE. */
  private ackTimedOut(call: Call): void {
    const winner = call.winner;
    winner?.leg.bye();
    call.external?.bye();
    if (call.phase === "connected") this.connectedEnded(call, winner?.agentId);
    else this.finish(call, undefined);
  }

  /**
   * The end of a connected call goes to the agent actor only: its next status report
   * (wrap-up or free, no longer holding the call) is how the group learns it, one message
   * instead of two. A group that missed the answer learns the end from `orphan`.
   */
  private connectedEnded(call: Call, agentId: string | undefined): void {
    if (agentId === undefined) this.tellGroup(call.org, call.group, { type: "connectedCallEnded", callId: call.id }, `${call.id}:ended`);
    if (agentId !== undefined) this.callGone(call, agentId);
    this.finish(call, undefined);
  }

  /**
   * Posted, not acknowledged. A lost one leaves the agent on the call until its probe
   * (CALL_PROBE_INTERVAL_MS): the group, still holding the call, sends `connect` again,
   * which this node answers for a call it no longer has by reporting it gone (`orphan`).
   */
  private callGone(call: Call, agentId: string): void {
    this.postAgent(call.org, agentId, { type: "callGone", callId: call.id }, `${call.id}:gone:${agentId}`);
  }

  private stopRinging(call: Call, cancelReason?: string): void {
    for (const ring of [...call.rings.values()]) this.closeRing(call, ring, cancelReason);
  }

  private finish(call: Call, outcome: CallOutcome | undefined): void {
    if (call.phase === "ended") return;
    call.phase = "ended";
    for (const ring of call.rings.values()) this.clearGuard(ring);
    this.calls.delete(call.id);
    this.byTxn.delete(call.inbound.txn);
    // Its transaction lingers 64·T1 (Accepted) with the INVITE, which the call's dialog read again.
    call.inbound.txn.request.compact();
    call.relay.close();
    call.timers.close();
    this.media.release(call.id);
    const now = this.legCtx.clock.now();
    this.ended.set(call.id, { at: now, agentId: call.winner?.agentId });
    for (const [id, { at }] of this.ended) {
      if (now - at < ENDED_MEMORY_MS) break;
      this.ended.delete(id);
    }
    if (outcome !== undefined) this.metrics.outcome(outcome);
    this.legCtx.log.info({ callId: call.id, outcome }, "call ended");
  }

  /** A trunk leg's events, also writing its call record (G3) when records are kept. */
  private recorded(call: Call, leg: { kind: "external" | "mobile"; billingId: string; agent?: string }, called: string, events: OutboundLegEvents): OutboundLegEvents {
    const recorder = this.recorder;
    if (recorder === undefined) return events;
    const { org, group } = call;
    const lookup = this.opts.billingIdOf;
    const base = { org, group, callId: call.id, caller: call.caller, called };
    const info: TrunkLegInfo =
      leg.kind === "external"
        ? { ...base, kind: "external", billingId: leg.billingId }
        : // Commands from nodes before RingAgent carried G3 have none: look it up then.
          { ...base, kind: "mobile", agent: leg.agent ?? "", billingId: leg.billingId !== "" || lookup === undefined ? leg.billingId : () => lookup(org, group) };
    // The recorder watches how the leg ends; in-dialog requests still belong to the call.
    return { ...recorder.track(info, events), onInDialog: (l, txn) => events.onInDialog?.(l, txn) };
  }

  // ------------------------------------------------------------ reports

  private tellGroup(org: string, group: string, event: Exclude<SignalingEvent, CallArrived>, key: string): void {
    this.report(event.type, (r) => r.tellGroup(org, group, event, key));
  }

  private tellAgent(org: string, agent: string, report: SignalingReport, key: string): void {
    this.report(report.type, (r) => r.tellAgent(org, agent, report, key));
  }

  private postGroup(org: string, group: string, event: SignalingEvent, key: string): void {
    this.report(event.type, (r) => r.postGroup(org, group, event, key));
  }

  private postAgent(org: string, agent: string, report: SignalingReport, key: string): void {
    this.report(report.type, (r) => r.postAgent(org, agent, report, key));
  }

  /** Nothing to report to on a signaling-only node; a failure is logged, never thrown at the SIP side; `stop` waits for what is in flight. */
  private report(what: string, send: (routing: RoutingPort) => Promise<void>): void {
    const routing = this.opts.routing;
    if (routing === undefined) return;
    const q = send(routing).catch((err: unknown) => {
      this.legCtx.log.warn({ err: errorMessage(err), report: what }, "routing report not delivered");
    });
    this.reports.add(q);
    void q.finally(() => this.reports.delete(q));
  }

  /**
   * Node shutdown: callers still waiting get 503 (they may retry elsewhere), connected
   * calls are hung up on both sides, and the actors hear about each, so no agent stays
   * reserved or on a call that no longer exists. Waits up to `maxMs` for the reports.
   */
  async stop(maxMs = 2000): Promise<void> {
    for (const call of [...this.calls.values()]) {
      switch (call.phase) {
        case "queued":
          this.stopRinging(call);
          call.inbound.reject(503, { headers: [["Retry-After", "5"]] });
          this.tellGroup(call.org, call.group, { type: "callerHungUp", callId: call.id }, `${call.id}:hungUp`);
          this.finish(call, "failed");
          break;
        case "connected":
          call.winner?.leg.bye();
          call.inbound.bye();
          this.connectedEnded(call, call.winner?.agentId);
          break;
        case "external":
          call.external?.bye("node shutdown");
          call.inbound.bye();
          this.finish(call, undefined);
          break;
        case "ended":
          break;
      }
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.reports]), new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
  }
}

/** The caller leg's session as this node, its UAS, negotiates it; onInvite already refused what would be a 422. */
function callerSession(call: Call): { interval: SessionInterval; headers: readonly [string, string][] } {
  const n = negotiateAsUas(call.inbound.invite);
  return n.kind === "accept" ? n : { interval: { seconds: DEFAULT_SESSION_EXPIRES_S, refresher: "us" }, headers: [] };
}

/** G3 on a leg that leaves the platform: the trunk bills the call to the group's subscription (RFC 8496). */
function chargeInfo(billingId: string, domain: string): [string, string][] {
  return billingId === "" ? [] : [["P-Charge-Info", `<sip:${escapeUser(billingId)}@${domain}>`]];
}
