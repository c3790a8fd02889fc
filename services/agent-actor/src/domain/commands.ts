import type { Presence, RingableDeviceKind } from "../../../../lib/documents/model.js";
import { cancelTimer } from "../../../../lib/runtime/decider.js";
import type { GroupId } from "../../../../lib/routing/protocol.js";
import type { AgentCommand } from "./events.js";
import type { AgentCtx } from "./context.js";
import { IllegalTransitionError } from "../../../../lib/routing/errors.js";
import { endReservation, giveBack, leaveGroup } from "./offers.js";
import type { AgentState } from "./state.js";
import { becomeFree, broadcast, inCallPhase, isFree, setPhase } from "./status.js";
import { WRAP_UP_TIMER, collectTimer } from "./timers.js";

/**
 * Login to a group resets its M11 count. The first login of a session starts the
 * M6 idle clock and makes the agent "never called" again.
 */
export function login(state: AgentState, groupId: GroupId, ctx: AgentCtx): void {
  const firstGroup = state.groups.size === 0;
  state.groups.set(groupId, { misses: 0, since: state.groups.get(groupId)?.since ?? ctx.now });
  if (firstGroup) {
    state.idleSince = ctx.now;
    state.neverCalled = state.call === undefined;
    // Logged out → available (or on a break) is a change of state even though the phase may not move.
    if (!inCallPhase(state)) state.stateSince = ctx.now;
  }
  if (isFree(state)) becomeFree(state, ctx, false);
  else broadcast(state, ctx, { only: groupId });
}

export function logout(state: AgentState, groupId: GroupId, ctx: AgentCtx): void {
  leaveGroup(state, groupId, ctx);
}

/**
 * Presence (M5). Going available resets every M11 count (§3.6). A busy agent holding a
 * reservation from a presence-aware group gives it back; a free agent solicits again
 * so presence-aware groups see the change at once.
 */
export function setPresence(state: AgentState, presence: Presence, ctx: AgentCtx): void {
  if (presence === state.presence) return;
  state.presence = presence;
  if (presence === "available") for (const m of state.groups.values()) m.misses = 0;
  const r = state.reservation;
  if (presence === "busy" && state.phase === "reserved" && r?.terms.presenceAware === true) {
    giveBack(state, r, "busyPresence", ctx);
    endReservation(state, ctx);
    return;
  }
  if (isFree(state)) becomeFree(state, ctx, false);
  else broadcast(state, ctx);
}

/** M9: a break may start from wrap-up (§3.6) or while free; not while reserved or on a call. */
export function startBreak(state: AgentState, ctx: AgentCtx): void {
  if (state.phase === "onBreak") return;
  if (state.phase === "reserved" || state.phase === "onCall") {
    throw new IllegalTransitionError("agent", state.phase, "onBreak", state.agentId);
  }
  if (state.phase === "wrapUp") ctx.effects.push(cancelTimer(WRAP_UP_TIMER));
  if (state.collection !== undefined) ctx.effects.push(cancelTimer(collectTimer(state.collection.epoch)));
  state.collection = undefined;
  setPhase(state, "onBreak", ctx);
  broadcast(state, ctx);
}

/** Ending a break makes the agent free: the M6 idle clock starts again. */
export function endBreak(state: AgentState, ctx: AgentCtx): void {
  if (state.phase !== "onBreak") throw new IllegalTransitionError("agent", state.phase, "collecting", state.agentId);
  becomeFree(state, ctx, true);
}

/** M9: the agent ends its wrap-up early; it is free at once and the M6 idle clock starts now. */
export function endWrapUp(state: AgentState, ctx: AgentCtx): void {
  if (state.phase !== "wrapUp") throw new IllegalTransitionError("agent", state.phase, "collecting", state.agentId);
  ctx.effects.push(cancelTimer(WRAP_UP_TIMER));
  becomeFree(state, ctx, true);
}

/**
 * Why a command from the API cannot apply in this state, or undefined when it can.
 * The host answers with this instead of letting the decider throw, so a person's
 * mistimed click is an answer, not an actor crash.
 */
export function refusalOf(state: AgentState, command: AgentCommand): string | undefined {
  switch (command.type) {
    case "startBreak":
      return state.phase === "reserved" || state.phase === "onCall" ? `a break starts only when free or in wrap-up; the agent is ${state.phase}` : undefined;
    case "endBreak":
      return state.phase !== "onBreak" ? `the agent is not on a break (it is ${state.phase})` : undefined;
    case "endWrapUp":
      return state.phase !== "wrapUp" ? `the agent is not in wrap-up (it is ${state.phase})` : undefined;
    default:
      return undefined;
  }
}

export function devicesChanged(state: AgentState, devices: readonly RingableDeviceKind[], ctx: AgentCtx): void {
  state.devices = [...devices];
  if (isFree(state)) becomeFree(state, ctx, false);
  else broadcast(state, ctx);
}
