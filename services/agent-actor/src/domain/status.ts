import { cancelTimer, startTimer } from "../../../../lib/runtime/decider.js";
import { COLLECT_WINDOW_MS, type Availability, type GroupId } from "../../../../lib/routing/protocol.js";
import type { AgentCtx } from "./context.js";
import { moveAgent, type AgentPhase } from "./fsm.js";
import type { AgentState } from "./state.js";
import { collectTimer } from "./timers.js";

export function availabilityOf(phase: AgentPhase): Availability {
  return phase === "available" || phase === "collecting" ? "free" : phase;
}

/** `collecting` (weighing bids after becoming free) is internal: people see the agent available. */
const shown = (phase: AgentPhase): AgentPhase => (phase === "collecting" ? "available" : phase);

/** The one place the agent's phase changes: guarded, and published unless it only ends a bid round (collecting → available). */
export function setPhase(state: AgentState, next: AgentPhase, ctx: AgentCtx): void {
  const before = state.phase;
  state.phase = moveAgent(before, next, state.agentId);
  if (availabilityOf(before) !== availabilityOf(next)) state.stateSince = ctx.now;
  if (next !== "wrapUp") state.wrapUpEndsAt = undefined;
  if (before !== "collecting" || next !== "available") ctx.effects.push({ type: "publish", event: { name: "agentState", agentId: state.agentId, state: shown(next) } });
}

/**
 * Tells groups the agent's current state; every group the agent is logged in to unless `only` is given.
 *
 * `seq` follows the clock: reports made in memory only (non-durable decisions) are lost
 * with a crash, and a successor counting on from the stored seq would send reports the
 * groups ignore as older than what they saw. The successor starts later than any report
 * its predecessor sent, so the clock puts it ahead.
 */
export function broadcast(state: AgentState, ctx: AgentCtx, opts: { solicit?: number; only?: GroupId; except?: GroupId } = {}): void {
  state.seq = Math.max(state.seq + 1, ctx.now);
  const targets = opts.only !== undefined ? [opts.only] : [...state.groups.keys()];
  const held = state.phase === "reserved" ? state.reservation : state.phase === "onCall" ? state.call : undefined;
  for (const groupId of targets) {
    if (groupId === opts.except) continue;
    // A call holds the agent in its group even after the agent left that group: the group
    // ends the call when a report stops naming it (queue-actor agents.ts).
    const holds = held?.groupId === groupId && (state.phase === "onCall" || state.groups.has(groupId));
    const holding = holds ? { callId: held.callId, reservation: state.reservation?.id ?? 0 } : undefined;
    ctx.effects.push({
      type: "toGroup",
      message: {
        type: "agentStatus",
        agentId: state.agentId,
        groupId,
        seq: state.seq,
        availability: state.groups.has(groupId) ? availabilityOf(state.phase) : "loggedOut",
        presence: state.presence,
        idleSince: state.idleSince,
        neverCalled: state.neverCalled,
        devices: state.devices,
        ...(opts.solicit !== undefined ? { solicit: opts.solicit } : {}),
        ...(holding !== undefined ? { holding } : {}),
      },
    });
  }
}

/**
 * The agent is free: it solicits every group it is logged in to and weighs their
 * bids (protocol.ts), or, in one group, only says it is free. `idleFromNow` restarts the M6 idle clock (end of wrap-up or
 * break, login); an offer that ended unanswered does not.
 */
export function becomeFree(state: AgentState, ctx: AgentCtx, idleFromNow: boolean): void {
  if (idleFromNow) state.idleSince = ctx.now;
  if (state.collection !== undefined) ctx.effects.push(cancelTimer(collectTimer(state.collection.epoch)));
  state.collection = undefined;
  if (state.groups.size === 0) {
    if (state.phase !== "available") setPhase(state, "available", ctx);
    return;
  }
  // With one group there is nothing to weigh: its report that the agent is free lets it
  // offer its next call as to any free member, without a bid round (and its noBid).
  if (state.groups.size === 1) {
    setPhase(state, "available", ctx);
    broadcast(state, ctx);
    return;
  }
  setPhase(state, "collecting", ctx);
  const epoch = ++state.lastEpoch;
  state.collection = { epoch, awaiting: [...state.groups.keys()], bids: [] };
  ctx.effects.push(startTimer(collectTimer(epoch), ctx.now + COLLECT_WINDOW_MS));
  broadcast(state, ctx, { solicit: epoch });
}

export const isFree = (state: AgentState): boolean => state.phase === "available" || state.phase === "collecting";

/** Reserved, on a call or in wrap-up: a state that belongs to a call, whether or not the agent is logged in anywhere. */
export const inCallPhase = (state: AgentState): boolean => state.phase === "reserved" || state.phase === "onCall" || state.phase === "wrapUp";

/**
 * The agent left its last group: unless a call still holds it, it is logged out now
 * (what the API shows), so its since-time starts again.
 */
export function leftLastGroup(state: AgentState, ctx: AgentCtx): void {
  if (state.groups.size === 0 && !inCallPhase(state)) state.stateSince = ctx.now;
}
