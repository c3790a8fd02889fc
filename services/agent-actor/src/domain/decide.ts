import type { Decision, TimerEffect, TimerFired } from "../../../../lib/runtime/decider.js";
import { onBid, onNoBid, concludeCollection } from "./bids.js";
import { devicesChanged, endBreak, endWrapUp, login, logout, setPresence, startBreak } from "./commands.js";
import type { AgentCtx } from "./context.js";
import type { AgentEffect } from "./effects.js";
import type { AgentEvent } from "./events.js";
import { leaveGroup, onCallEnded, onCallGone, onCallStatus, onLegGone, onOfferEnded, onProbe, onReservationExpired, onWrapUpOver } from "./offers.js";
import type { AgentState } from "./state.js";
import { broadcast } from "./status.js";
import { parseAgentTimer } from "./timers.js";

function onTimer(state: AgentState, e: TimerFired, ctx: AgentCtx): void {
  const timer = parseAgentTimer(e.timerId);
  if (timer === undefined) return;
  switch (timer.kind) {
    case "reservation":
      return onReservationExpired(state, timer.id, ctx);
    case "collect":
      if (state.collection?.epoch === timer.epoch) concludeCollection(state, ctx);
      return;
    case "wrapUp":
      return onWrapUpOver(state, ctx);
    case "probe":
      return onProbe(state, ctx);
  }
}

/**
 * The agent-actor decider (SPEC §3.2, §3.6 M9/M11): `decide(state, event, now)` of
 * lib/runtime/decider.ts. Like the group decider it takes the state over and updates
 * it in place (see decideGroup). Commands that would break the state machine throw
 * IllegalTransitionError before changing anything; late messages are ignored.
 */
export function decideAgent(state: AgentState, event: AgentEvent | TimerFired, now: number): Decision<AgentState, AgentEffect> {
  const effects: (AgentEffect | TimerEffect)[] = [];
  const ctx: AgentCtx = { now, effects };
  switch (event.type) {
    case "login":
      login(state, event.groupId, ctx);
      break;
    case "logout":
      logout(state, event.groupId, ctx);
      break;
    case "setPresence":
      setPresence(state, event.presence, ctx);
      break;
    case "startBreak":
      startBreak(state, ctx);
      break;
    case "endBreak":
      endBreak(state, ctx);
      break;
    case "endWrapUp":
      endWrapUp(state, ctx);
      break;
    case "devicesChanged":
      devicesChanged(state, event.devices, ctx);
      break;
    case "legGone":
      onLegGone(state, event.callId, ctx);
      break;
    case "callGone":
      onCallGone(state, event.callId, ctx);
      break;
    case "bid":
      onBid(state, event, ctx);
      break;
    case "noBid":
      onNoBid(state, event, ctx);
      break;
    case "offerEnded":
      onOfferEnded(state, event, ctx);
      break;
    case "callEnded":
      onCallEnded(state, event, ctx);
      break;
    case "callStatus":
      onCallStatus(state, event, ctx);
      break;
    case "membershipEnded":
      leaveGroup(state, event.groupId, ctx);
      break;
    case "statusRequest":
      broadcast(state, ctx, { only: event.groupId });
      break;
    case "timerFired":
      onTimer(state, event, ctx);
      break;
  }
  return { state, effects };
}
