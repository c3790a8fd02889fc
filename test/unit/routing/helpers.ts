import type { Member, Presence, RingableDeviceKind } from "../../../lib/documents/model.js";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { groupSpec, type SpecOverrides } from "../../../lib/routing/sim/spec.js";
import type { OfferTerms } from "../../../lib/routing/protocol.js";
import { createGroupState, decideGroup, type GroupEffect, type GroupEvent, type GroupState } from "../../../services/queue-actor/index.js";

export const G = "acme.support";

export function makeGroup(members: readonly Member[], o: SpecOverrides = {}, seed = 1): GroupState {
  return createGroupState(G, groupSpec(members, o), seed);
}

export type Out = readonly (GroupEffect | TimerEffect)[];

export function step(state: GroupState, event: Parameters<typeof decideGroup>[1], now: number): Out {
  return decideGroup(state, event, now).effects;
}

let seq = 100;
/** The agent actor reports a state (no solicitation unless `solicit` is given). */
export function status(
  agentId: string,
  availability: "free" | "reserved" | "onCall" | "wrapUp" | "onBreak" | "loggedOut",
  o: { idleSince?: number; neverCalled?: boolean; presence?: Presence; devices?: RingableDeviceKind[]; solicit?: number; holding?: string } = {},
): GroupEvent {
  return {
    type: "agentStatus",
    agentId,
    groupId: G,
    seq: ++seq,
    availability,
    presence: o.presence ?? "available",
    idleSince: o.idleSince ?? 0,
    neverCalled: o.neverCalled ?? false,
    devices: o.devices ?? ["desktop"],
    ...(o.solicit !== undefined ? { solicit: o.solicit } : {}),
    ...(o.holding !== undefined ? { holding: { callId: o.holding, reservation: 0 } } : {}),
  };
}

export const grant = (agentId: string, callId: string, reservation: number): GroupEvent => ({
  type: "grant",
  agentId,
  groupId: G,
  callId,
  reservation,
  seq: ++seq,
  expiresAt: 0,
});

export const arrive = (callId: string, caller = "+358401111111"): GroupEvent => ({ type: "callArrived", callId, caller });
/** A free agent, a call, its grant and the answer, at these times: the call is connected to the agent. */
export function connectCall(s: GroupState, agentId: string, callId: string, [free, arrived, granted, answered] = [0, 1000, 1010, 5000]): void {
  step(s, status(agentId, "free"), free);
  step(s, arrive(callId), arrived);
  step(s, grant(agentId, callId, 7), granted);
  step(s, { type: "legAnswered", callId, agentId, connected: true }, answered);
}

export const fire = (timerId: string) => ({ type: "timerFired" as const, timerId });

export function of<T extends (GroupEffect | TimerEffect)["type"]>(out: Out, type: T): Extract<GroupEffect | TimerEffect, { type: T }>[] {
  return out.filter((e): e is Extract<GroupEffect | TimerEffect, { type: T }> => e.type === type);
}

/** Agent ids the effects bid for, in order. */
export function bidsIn(out: Out): string[] {
  return of(out, "toAgent").flatMap((e) => (e.message.type === "bid" ? [e.message.agentId] : []));
}

export function terms(o: Partial<OfferTerms> = {}): OfferTerms {
  return { ringSeconds: 20, wrapUpSeconds: 0, autoLogoutAfterMissed: 0, presenceAware: false, ...o };
}
