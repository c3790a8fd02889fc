/** Public surface of the signaling service (STYLE §10): the SIP stack, the registrar, the location service and the node module. */
export * from "./src/sip/index.js";
export * from "./src/location/types.js";
export { MemoryLocationStore } from "./src/location/memory.js";
export { KvLocationStore, bindingKvKey, type KvLocationStoreOptions } from "./src/location/kv.js";
export { Directory, type Account, type NumberTarget } from "./src/registrar/directory.js";
export * from "./src/registrar/decide.js";
export { Registrar, type RegistrarOptions } from "./src/registrar/registrar.js";
export { SignalingTu, RETRY_AFTER_SECONDS } from "./src/tu.js";
export { signalingService, createSignalingService, startSignaling, type SignalingContext, type SignalingNode, type SignalingOptions } from "./src/module.js";
export { CallManager, RING_GRACE_MS, type CallManagerOptions } from "./src/calls/manager.js";
export { CallCommandBridge, type CallCommandSink } from "./src/calls/bridge.js";
export { subscribeCallCommands, type CommandSubscription } from "./src/calls/commands.js";
export { CallIdMinter, nodeOfCallId } from "./src/calls/call-id.js";
export { passThroughMedia, type MediaBridge, type SessionDescription } from "./src/calls/media.js";
export { routeAction, type RouteAction } from "./src/calls/route.js";
export { resolveInbound, numberOf, callerNumber, peerTrust, type InboundDecision } from "./src/calls/inbound.js";
export { failureOf, ANSWERED_ELSEWHERE, OutboundLeg, type LegFailure, type OutboundLegEvents } from "./src/calls/outbound-leg.js";
export { DialogTable } from "./src/calls/dialogs.js";
export type { LegContext } from "./src/calls/leg-context.js";
export { CallerLeg, PROVISIONAL_REFRESH_MS } from "./src/calls/caller-leg.js";
export {
  negotiateAsUas,
  negotiatedAsUac,
  expiryDelayMs,
  SessionTimers,
  type SessionInterval,
  type UasNegotiation,
} from "./src/calls/session-timer.js";
export { runtimeRoutingPort, type RoutingPort } from "./src/calls/routing-port.js";
export {
  SignalingCluster,
  SignalingMembership,
  NodeGoneCleanup,
  nodeGoneMetrics,
  NatsRelayWire,
  encodeFlowRef,
  decodeFlowRef,
  RELAY_TIMEOUT_MS,
  type GroupCalls,
  type NodeRun,
  type GoneReason,
  type Wire,
  type NatsRelayWireOptions,
} from "./src/cluster/index.js";
export { parseCallRecord, outcomeOf, CDR_OUTCOMES, type CallRecord, type CdrOutcome, type CdrKind } from "./src/cdr/record.js";
export { CallRecorder, type TrunkLegInfo } from "./src/cdr/recorder.js";
export { JetStreamCdrSink, FileCdrSink, ensureCdrStream, CDR_MAX_AGE_MS, CDR_DUPLICATE_WINDOW_MS, type CdrSink } from "./src/cdr/sink.js";
export { AdmissionControl, TokenBucket, FULL_RETRY_AFTER_S, OVERLOAD_RETRY_AFTER_S, type AdmissionLimits, type Verdict, type ShedReason } from "./src/admission/control.js";
export * from "./src/admission/overload.js";
export { SetupMeter, type SetupReading } from "./src/admission/setup-meter.js";
export { LoopSampler, type LoopSample } from "./src/admission/loop-sampler.js";
export { waitForCalls } from "./src/admission/drain.js";
