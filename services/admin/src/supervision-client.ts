/**
 * A promise client for SupervisionService (proto/ringmesh/v1/supervision.proto), for the
 * CLI and tests: plain objects with instants as numbers (ms since the epoch, 0 = not
 * known), typed RingmeshErrors on failure (errors.ts fromStatus).
 */
import type { SupervisionServiceClient } from "../../../lib/generated/grpc/ringmesh/v1/SupervisionService.js";
import type { AgentView__Output } from "../../../lib/generated/grpc/ringmesh/v1/AgentView.js";
import type { GroupStatus__Output } from "../../../lib/generated/grpc/ringmesh/v1/GroupStatus.js";
import type { CallExplanations__Output } from "../../../lib/generated/grpc/ringmesh/v1/CallExplanations.js";
import { channelCredentials, unaryCalls, type AdminClientOptions } from "./client.js";
import { supervisionGrpcTypes } from "./proto.js";

export interface AgentGroup {
  readonly group: string;
  /** M11 count in this group. */
  readonly misses: number;
  readonly loggedInSince: number;
}

export interface AgentState {
  readonly organisation: string;
  readonly user: string;
  /** available | reserved | onCall | wrapUp | onBreak */
  readonly state: string;
  readonly stateSince: number;
  readonly presence: string;
  readonly devices: readonly string[];
  readonly groups: readonly AgentGroup[];
  readonly callId: string;
  readonly wrapUpEndsAt: number;
  readonly idleSince: number;
}

export interface WaitingCallStatus {
  readonly callId: string;
  readonly caller: string;
  readonly position: number;
  readonly phase: string;
  readonly arrivedAt: number;
  readonly waitMs: number;
  readonly rounds: number;
  readonly ringing: readonly string[];
}

export interface MemberStatusView {
  readonly user: string;
  /** loggedOut | available | reserved | onCall | wrapUp | onBreak */
  readonly state: string;
  readonly since: number;
  readonly presence: string;
  readonly misses: number;
  readonly wrapUpEndsAt: number;
  readonly callId: string;
}

export interface GroupStatusView {
  readonly organisation: string;
  readonly group: string;
  readonly observedAt: number;
  readonly waiting: readonly WaitingCallStatus[];
  readonly connected: readonly { readonly callId: string; readonly caller: string; readonly user: string }[];
  readonly members: readonly MemberStatusView[];
  readonly counts: Readonly<Record<string, number>>;
  readonly longestWaitMs: number;
}

export interface DecisionView {
  /** offer | refused | offerEnded | queued | routed | abandoned */
  readonly kind: string;
  readonly at: number;
  readonly round: number;
  readonly candidates: number;
  readonly chosen: readonly string[];
  readonly skipped: readonly { readonly user: string; readonly reason: string }[];
  readonly skippedCounts: Readonly<Record<string, number>>;
  readonly restartedFromTop: boolean;
  readonly user: string;
  readonly reason: string;
  readonly outcome: string;
  /** routed: Q2 or Q6. */
  readonly setting: string;
  /** routed / abandoned: the caller's wait from first arrival. */
  readonly waitedMs: number;
  /** queued: place in the queue on arrival. */
  readonly position: number;
}

export interface CallExplanationView {
  readonly callId: string;
  readonly groups: readonly { readonly group: string; readonly decisions: readonly DecisionView[] }[];
}

export interface AgentTarget {
  readonly organisation: string;
  readonly user: string;
  /** Same id on a retry: the agent applies the command once. */
  readonly requestId?: string;
}

export interface SupervisionClient {
  login(target: AgentTarget & { group: string }): Promise<AgentState>;
  logout(target: AgentTarget & { group: string }): Promise<AgentState>;
  setPresence(target: AgentTarget & { presence: "available" | "busy" }): Promise<AgentState>;
  startBreak(target: AgentTarget): Promise<AgentState>;
  endBreak(target: AgentTarget): Promise<AgentState>;
  endWrapUp(target: AgentTarget): Promise<AgentState>;
  agent(target: AgentTarget): Promise<AgentState>;
  groupStatus(organisation: string, group: string): Promise<GroupStatusView>;
  /** `group` empty or absent: every group of the organisation the caller may explain is searched. */
  explainCall(organisation: string, callId: string, group?: string): Promise<CallExplanationView>;
  close(): void;
}

const n = (v: string | number): number => Number(v);

function agentState(a: AgentView__Output): AgentState {
  return {
    organisation: a.organisation,
    user: a.user,
    state: a.state,
    stateSince: n(a.stateSince),
    presence: a.presence,
    devices: a.devices,
    groups: a.groups.map((g) => ({ group: g.group, misses: g.misses, loggedInSince: n(g.loggedInSince) })),
    callId: a.callId,
    wrapUpEndsAt: n(a.wrapUpEndsAt),
    idleSince: n(a.idleSince),
  };
}

function groupStatus(s: GroupStatus__Output): GroupStatusView {
  return {
    organisation: s.organisation,
    group: s.group,
    observedAt: n(s.observedAt),
    waiting: s.waiting.map((c) => ({ ...c, arrivedAt: n(c.arrivedAt), waitMs: n(c.waitMs) })),
    connected: s.connected.map((c) => ({ callId: c.callId, caller: c.caller, user: c.user })),
    members: s.members.map((m) => ({ ...m, since: n(m.since), wrapUpEndsAt: n(m.wrapUpEndsAt) })),
    counts: { ...s.counts },
    longestWaitMs: n(s.longestWaitMs),
  };
}

function explanation(x: CallExplanations__Output): CallExplanationView {
  return {
    callId: x.callId,
    groups: x.groups.map((g) => ({
      group: g.group,
      decisions: g.decisions.map((d) => ({ ...d, at: n(d.at), waitedMs: n(d.waitedMs), skippedCounts: { ...d.skippedCounts } })),
    })),
  };
}

export function createSupervisionClient(opts: AdminClientOptions): SupervisionClient {
  const client: SupervisionServiceClient = new supervisionGrpcTypes.ringmesh.v1.SupervisionService(opts.address, channelCredentials(opts.tls));
  const { call } = unaryCalls(opts);

  const base = (t: AgentTarget) => ({ organisation: t.organisation, user: t.user, requestId: t.requestId ?? "" });

  return {
    async login(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.agentLogin({ ...base(t), group: t.group }, md, o, cb)));
    },
    async logout(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.agentLogout({ ...base(t), group: t.group }, md, o, cb)));
    },
    async setPresence(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.setPresence({ ...base(t), presence: t.presence }, md, o, cb)));
    },
    async startBreak(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.startBreak(base(t), md, o, cb)));
    },
    async endBreak(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.endBreak(base(t), md, o, cb)));
    },
    async endWrapUp(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.endWrapUp(base(t), md, o, cb)));
    },
    async agent(t) {
      return agentState(await call<AgentView__Output>((md, o, cb) => client.getAgent(base(t), md, o, cb)));
    },
    async groupStatus(organisation, group) {
      return groupStatus(await call<GroupStatus__Output>((md, o, cb) => client.groupStatus({ organisation, group }, md, o, cb)));
    },
    async explainCall(organisation, callId, group) {
      return explanation(await call<CallExplanations__Output>((md, o, cb) => client.explainCall({ organisation, callId, group: group ?? "" }, md, o, cb)));
    },
    close() {
      client.close();
    },
  };
}
