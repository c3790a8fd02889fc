import type { AnswerGroupSpec } from "../../../../lib/documents/model.js";
import type { Decision, TimerEffect, TimerFired } from "../../../../lib/runtime/decider.js";
import { onCheckTimer } from "./adoption.js";
import { onAgentStatus, onCallProbe } from "./agents.js";
import { onConfigChanged, onGroupDeleted } from "./config.js";
import { onCallsHeld } from "./held.js";
import type { Ctx } from "./context.js";
import type { GroupEffect } from "./effects.js";
import type { GroupEvent } from "./events.js";
import { onCallArrived, onCallerHungUp, onConnectedCallEnded, onMaxWait, onProgressTick } from "./lifecycle.js";
import { syncMembers } from "./members.js";
import { onBidTimeout, onGrant, onLegAnswered, onLegFailed, onRefuse, onReservationEnded, onRingTimeout } from "./offers.js";
import { onSignalingNodeGone } from "./node-gone.js";
import { onSyncTimer } from "./restore.js";
import { createGroupStateShell, type GroupState } from "./state.js";
import { parseGroupTimer } from "./timers.js";

/** A group with no member logged in yet; `seed` feeds M6-off random choice. */
export function createGroupState(groupId: string, spec: AnswerGroupSpec, seed = 1): GroupState {
  const state = createGroupStateShell(groupId, spec, seed);
  syncMembers(state);
  return state;
}

function onTimer(state: GroupState, e: TimerFired, ctx: Ctx): void {
  const timer = parseGroupTimer(e.timerId);
  if (timer === undefined) return;
  switch (timer.kind) {
    case "maxWait":
      return onMaxWait(state, timer.callId, ctx);
    case "progress":
      return onProgressTick(state, timer.callId, ctx);
    case "ring":
      return onRingTimeout(state, timer.agentId, timer.callId, ctx);
    case "bid":
      return onBidTimeout(state, timer.agentId, timer.callId, ctx);
    case "check":
      return onCheckTimer(state, timer.callId, ctx);
    case "sync":
      return onSyncTimer(state, ctx);
  }
}

/**
 * The answer-group decider (SPEC §3.1–§3.3, §3.6): `decide(state, event, now)` of
 * lib/runtime/decider.ts.
 *
 * Ownership: the state passed in is taken over and updated in place, and the same
 * object is returned. One actor's mailbox hands each state to exactly one decision,
 * so nobody else observes the old value; copying a group of 1,000 agents and 1,000
 * calls on every event would cost more than the decision itself. Every guard runs
 * before the change it protects, so an IllegalTransitionError leaves the state as it
 * was for that call. Messages that arrive late (a grant for a call that is gone, a
 * timer for a leg that ended) are expected in a distributed system and are ignored
 * or answered, never thrown.
 */
export function decideGroup(state: GroupState, event: GroupEvent | TimerFired, now: number): Decision<GroupState, GroupEffect> {
  const effects: (GroupEffect | TimerEffect)[] = [];
  const ctx: Ctx = { now, effects };
  switch (event.type) {
    case "callArrived":
      onCallArrived(state, event, ctx);
      break;
    case "callerHungUp":
      onCallerHungUp(state, event.callId, ctx);
      break;
    case "legAnswered":
      onLegAnswered(state, event.callId, event.agentId, ctx, event.connected === true);
      break;
    case "legFailed":
      onLegFailed(state, event, ctx);
      break;
    case "connectedCallEnded":
      onConnectedCallEnded(state, event.callId, ctx, false);
      break;
    case "signalingNodeGone":
      onSignalingNodeGone(state, event, ctx);
      break;
    case "callsHeld":
      onCallsHeld(state, event, ctx);
      break;
    case "configChanged":
      onConfigChanged(state, event.spec, ctx);
      break;
    case "groupDeleted":
      onGroupDeleted(state, ctx);
      break;
    case "agentStatus":
      onAgentStatus(state, event, ctx);
      break;
    case "grant":
      onGrant(state, event, ctx);
      break;
    case "refuse":
      onRefuse(state, event, ctx);
      break;
    case "reservationEnded":
      onReservationEnded(state, event, ctx);
      break;
    case "callProbe":
      onCallProbe(state, event, ctx);
      break;
    case "timerFired":
      onTimer(state, event, ctx);
      break;
  }
  return { state, effects };
}
