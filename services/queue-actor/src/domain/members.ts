import type { AnswerGroupSpec, Member, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { AgentId } from "../../../../lib/routing/protocol.js";
import { emptyCounts, type GroupState, type MemberReason, type MemberView } from "./state.js";

/**
 * The group's replica of its members and the indexes kept over it: free members by
 * tier in routing order (so picking candidates is O(M8), not a sort of all members)
 * and member counts per reason (so "is anyone reachable" is O(1)).
 */

const TIER_COUNT = 10;

/** `skills`: the M4 level (1 best). `ordered`: 0 for members with a ringOrder (M3), 1 for the rest. */
export function tierOf(spec: AnswerGroupSpec, m: MemberView): number {
  if (spec.routing.mode === "skills") return m.level;
  return m.ringOrder !== undefined ? 0 : 1;
}

/** Routing order inside a tier (§3.6): ring order, else longest idle (M6), else by id (random pick later). */
export function compareInTier(spec: AnswerGroupSpec, a: MemberView, b: MemberView): number {
  if (spec.routing.mode === "ordered" && a.ringOrder !== undefined && b.ringOrder !== undefined) {
    if (a.ringOrder !== b.ringOrder) return a.ringOrder - b.ringOrder;
  } else if (spec.routing.longestIdle) {
    // Never-called agents count as longest idle (§3.6 M6).
    if (a.neverCalled !== b.neverCalled) return a.neverCalled ? -1 : 1;
    if (a.idleSince !== b.idleSince) return a.idleSince - b.idleSince;
  }
  return a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
}

export function ringableDevices(spec: AnswerGroupSpec, m: MemberView): RingableDeviceKind[] {
  return m.devices.filter((d) => spec.routing.ringDevices.includes(d));
}

/** `ringableDevices(…).length > 0` without the array: asked for every member on every routing step. */
function hasRingableDevice(spec: AnswerGroupSpec, m: MemberView): boolean {
  for (const d of m.devices) if (spec.routing.ringDevices.includes(d)) return true;
  return false;
}

export function reasonOf(spec: AnswerGroupSpec, m: MemberView): MemberReason | "free" {
  if (m.availability === "loggedOut") return "loggedOut";
  if (m.availability === "unknown") return "unconfirmed";
  if (spec.routing.presenceAware && m.presence === "busy") return "busyPresence";
  if (!hasRingableDevice(spec, m)) return "noRingableDevice";
  switch (m.availability) {
    case "free":
      return "free";
    case "reserved":
      return "reservedElsewhere";
    case "onCall":
      return "onCall";
    case "wrapUp":
      return "wrapUp";
    case "onBreak":
      return "onBreak";
  }
}

export function isReachable(state: GroupState, m: MemberView): boolean {
  const reason = reasonOf(state.spec, m);
  return reason !== "loggedOut" && reason !== "busyPresence" && reason !== "noRingableDevice";
}

/** Members logged in (or not yet confirmed after a load), whatever they are doing. */
export function presentCount(state: GroupState): number {
  return reachableCount(state) + state.counts.busyPresence + state.counts.noRingableDevice;
}

/** Logged in and, with M5, not busy-red, with a device M7 may ring (SPEC §3.1 step 2). */
export function reachableCount(state: GroupState): number {
  const c = state.counts;
  return c.free + c.onBreak + c.wrapUp + c.onCall + c.reservedElsewhere + c.unconfirmed;
}

function removeFromIndex(state: GroupState, m: MemberView): void {
  const tier = state.tiers[tierOf(state.spec, m)];
  const i = tier.indexOf(m.agentId);
  if (i >= 0) tier.splice(i, 1);
}

function insertIntoIndex(state: GroupState, m: MemberView): void {
  const tier = state.tiers[tierOf(state.spec, m)];
  let lo = 0;
  let hi = tier.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const other = state.members.get(tier[mid]);
    if (other !== undefined && compareInTier(state.spec, other, m) < 0) lo = mid + 1;
    else hi = mid;
  }
  tier.splice(lo, 0, m.agentId);
}

/** Applies `change` to a configured member, keeping the indexes in step. */
export function updateMember(state: GroupState, m: MemberView, change: (m: MemberView) => void): void {
  if (!m.member) {
    change(m);
    return;
  }
  const before = reasonOf(state.spec, m);
  if (before === "free") removeFromIndex(state, m);
  state.counts[before]--;
  change(m);
  const after = reasonOf(state.spec, m);
  state.counts[after]++;
  if (after === "free") insertIntoIndex(state, m);
}

function newView(member: Member): MemberView {
  return {
    agentId: member.user,
    member: true,
    level: member.skillLevel,
    ...(member.ringOrder !== undefined ? { ringOrder: member.ringOrder } : {}),
    availability: "loggedOut",
    presence: "available",
    idleSince: 0,
    neverCalled: true,
    devices: [],
    seq: 0,
  };
}

/**
 * Aligns the replica with the configured members (M1, M3, M4) and rebuilds the
 * indexes. Views of removed members are dropped unless this group still has a bid
 * or reservation out to them; they stay out of every index either way.
 */
export function syncMembers(state: GroupState): AgentId[] {
  const configured = new Set<AgentId>();
  for (const member of state.spec.members) {
    configured.add(member.user);
    const view = state.members.get(member.user);
    if (view === undefined) state.members.set(member.user, newView(member));
    else {
      view.member = true;
      view.level = member.skillLevel;
      if (member.ringOrder !== undefined) view.ringOrder = member.ringOrder;
      else delete view.ringOrder;
    }
  }
  const removed: AgentId[] = [];
  for (const [id, view] of state.members) {
    if (configured.has(id)) continue;
    if (view.member) removed.push(id);
    if (state.asked.get(id) === undefined) state.members.delete(id);
    else view.member = false;
  }
  state.tiers = Array.from({ length: TIER_COUNT }, () => []);
  state.counts = emptyCounts();
  const free: MemberView[] = [];
  for (const view of state.members.values()) {
    if (!view.member) continue;
    const reason = reasonOf(state.spec, view);
    state.counts[reason]++;
    if (reason === "free") free.push(view);
  }
  free.sort((a, b) => compareInTier(state.spec, a, b));
  for (const view of free) state.tiers[tierOf(state.spec, view)].push(view.agentId);
  return removed;
}
