/** Answer-group actor: the routing decider and what its host needs to run it. */
export { decideGroup, createGroupState } from "./src/domain/decide.js";
export { explain } from "./src/domain/decision-log.js";
export type { LogEntry, OfferDecision, SkipReason, SkippedAgent } from "./src/domain/decision-log.js";
export { presentOf, toGroupRecord, type GroupRecord } from "./src/domain/persist.js";
export { MAX_WAITING_CALLS } from "./src/domain/lifecycle.js";
export { restoreGroup, SYNC_INTERVAL_MS, SYNC_ROUNDS } from "./src/domain/restore.js";
export { SYNC_TIMER, checkTimer, maxWaitTimer, ringTimer } from "./src/domain/timers.js";
export { CHECK_ATTEMPTS, CHECK_INTERVAL_MS } from "./src/domain/adoption.js";
export { HELD_WINDOW_MS } from "./src/domain/held.js";
export type { GroupState, QueuedCall, MemberView, MemberReason, Leg } from "./src/domain/state.js";
export { moveCall, type CallPhase } from "./src/domain/call-fsm.js";
export type { GroupEvent, SignalingEvent, CallArrived, CallerHungUp, LegAnswered, LegFailed, ConnectedCallEnded, ConfigChanged, GroupDeleted } from "./src/domain/events.js";
export type {
  GroupEffect,
  GroupNotice,
  CallOutcome,
  RouteReason,
  RingAgent,
  CancelRing,
  CancelRingReason,
  Connect,
  RouteCall,
  CallerAudio,
  Prompt,
  DeviceOffer,
  SendToAgent,
  Publish,
} from "./src/domain/effects.js";
export { presentedNumber } from "./src/domain/display.js";
export { mintedBy } from "./src/domain/minted.js";
export { createGroupKind, decideGroupActor, groupSnapshot, encodeGroupActorState, decodeGroupActorState, MAX_PENDING } from "./src/kind.js";
export type { GroupActorState, GroupHostEffect, GroupKindDeps } from "./src/kind.js";
export { callExplanation } from "./src/explanation.js";
export { queueActorService, createQueueActorService, type QueueActorServiceOptions } from "./src/module.js";
