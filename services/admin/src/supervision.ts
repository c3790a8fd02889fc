/**
 * SupervisionService (proto/ringmesh/v1/supervision.proto): agent commands and live
 * group figures, answered by the routing actors through the node's runtime.
 *
 * Every call checks its input (INVALID_ARGUMENT with field errors), the organisation
 * (PERMISSION_DENIED), the documents it names (NOT_FOUND) and the principal's right to
 * them (supervision-access.ts) before any actor is asked. Agent commands are asks whose
 * answer says whether the agent's state allowed them (FAILED_PRECONDITION when not).
 *
 * Explain finds a call's group without an index: with `group` it asks that group; without,
 * it asks every group of the organisation the caller may explain (call ids are minted by
 * signaling, which will know the group; until then an organisation has few groups and
 * this is a diagnostic read). Decision logs of calls that left the queue live in the
 * group actor's memory only (domain/persist.ts), so they age out and do not survive a
 * passivation or fail-over.
 */
import type { handleUnaryCall } from "@grpc/grpc-js";
import type { Clock } from "../../../lib/clock.js";
import type { AnswerGroupSpec, Presence } from "../../../lib/documents/model.js";
import { NotFoundError, PermissionDeniedError, ValidationError, type FieldError } from "../../../lib/errors.js";
import { ringmesh } from "../../../lib/generated/pb.js";
import type { SupervisionServiceHandlers } from "../../../lib/generated/grpc/ringmesh/v1/SupervisionService.js";
import type { AgentView } from "../../../lib/generated/grpc/ringmesh/v1/AgentView.js";
import type { GroupStatus } from "../../../lib/generated/grpc/ringmesh/v1/GroupStatus.js";
import type { MemberStatus } from "../../../lib/generated/grpc/ringmesh/v1/MemberStatus.js";
import type { GroupCallLog } from "../../../lib/generated/grpc/ringmesh/v1/GroupCallLog.js";
import { agentAddress, groupAddress, routingActorId } from "../../../lib/routing/addresses.js";
import { num, PRESENCES, type AgentMessage } from "../../../lib/routing/codec.js";
import type { Addressable, SendOptions } from "../../../lib/runtime/index.js";
import type { DocumentStore } from "../../../lib/store/index.js";
import type { Principal } from "./auth.js";
import { FailedPreconditionError } from "./errors.js";
import { assertMayActAs, assertMayMoveMember, assertMayReadGroup, assertOrganisationVisible, mayExplain } from "./supervision-access.js";

/** What the service needs of the actor runtime (lib/runtime Runtime has it). */
export interface ActorAsker {
  ask<E>(kind: Addressable<E>, id: string, event: E, opts?: SendOptions): Promise<Uint8Array | undefined>;
}

export interface SupervisionDeps {
  readonly store: DocumentStore;
  readonly runtime: ActorAsker;
  readonly clock: Clock;
  /** Deadline of each actor ask; default 5000 ms. */
  readonly askTimeoutMs?: number;
}

/** The admin server's wrapper: authenticates, runs, maps errors through the one table. */
export type UnaryWrapper = <Req, Res>(method: string, run: (p: Principal, req: Req) => Promise<Res>) => handleUnaryCall<Req, Res>;

/** How long a status read waits for a group actor that is still fetching its document. */
const CONFIG_WAIT_MS = 3000;
/** Groups asked at once when explain searches an organisation. */
const EXPLAIN_FAN_OUT = 8;

type PbAgentSnapshot = ringmesh.v1.AgentSnapshot;

/** Nested messages decode with proto3 defaults present, but are typed as optional; these read them so. */
const str = (v: string | null | undefined): string => v ?? "";
const int = (v: number | null | undefined): number => v ?? 0;

function check(fields: Readonly<Record<string, string>>, extra: FieldError[] = []): void {
  const errors: FieldError[] = [];
  for (const [path, value] of Object.entries(fields)) if (value === "") errors.push({ path, reason: "required" });
  errors.push(...extra);
  if (errors.length > 0) throw new ValidationError(errors);
}

/** Phases that belong to a call: true whether or not the agent is still logged in anywhere. */
const CALL_PHASES: ReadonlySet<string> = new Set(["reserved", "onCall", "wrapUp"]);

/**
 * The agent's state as people read it: `collecting` is free while it weighs its groups'
 * offers, and an agent logged in to no group takes no calls, so it is not "available"
 * (nor on a break) but loggedOut; a call it is still finishing stays visible.
 */
function stateOf(a: PbAgentSnapshot): string {
  if (a.memberships.length === 0 && !CALL_PHASES.has(a.phase)) return "loggedOut";
  return a.phase === "collecting" ? "available" : a.phase;
}

export function agentView(organisation: string, user: string, a: PbAgentSnapshot): AgentView {
  return {
    organisation,
    user,
    state: stateOf(a),
    stateSince: num(a.stateSince),
    // Before the User document is applied the actor's presence is a placeholder; devices are then empty.
    presence: a.loaded ? a.presence : "",
    devices: [...a.devices],
    groups: a.memberships.map((m) => ({ group: str(m.groupId), misses: int(m.misses), loggedInSince: num(m.since) })),
    callId: a.callId,
    wrapUpEndsAt: num(a.wrapUpEndsAt),
    idleSince: num(a.idleSince),
  };
}

export function supervisionHandlers(deps: SupervisionDeps, unary: UnaryWrapper): SupervisionServiceHandlers {
  const { store, runtime, clock } = deps;
  const timeoutMs = deps.askTimeoutMs ?? 5000;

  async function groupSpec(organisation: string, name: string): Promise<AnswerGroupSpec> {
    const doc = await store.get("AnswerGroup", organisation, name);
    if (doc.kind !== "AnswerGroup") throw new NotFoundError(`AnswerGroup ${organisation}/${name} not found`);
    return doc.spec;
  }

  async function assertUser(organisation: string, user: string): Promise<void> {
    const doc = await store.get("User", organisation, user);
    if (doc.kind !== "User") throw new NotFoundError(`User ${organisation}/${user} not found`);
  }

  function assertMember(user: string, groupName: string, spec: AnswerGroupSpec): void {
    if (!spec.members.some((m) => m.user === user)) throw new FailedPreconditionError(`user ${user} is not a member (M1) of group ${groupName}`);
  }

  /**
   * Waits until the agent actor has applied its User document (a fresh actor fetches it
   * on its first message), so no answer presents placeholder presence or devices as the
   * agent's; a reply carries only what one ask saw, so the wait is here, not in the actor.
   */
  async function loadedAgent(organisation: string, user: string): Promise<PbAgentSnapshot> {
    const deadline = clock.now() + CONFIG_WAIT_MS;
    for (;;) {
      const a = ringmesh.v1.AgentSnapshot.decode(await askAgent(organisation, user, { type: "getSnapshot" }));
      if (a.loaded || clock.now() > deadline) return a;
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 50));
    }
  }

  async function askAgent(organisation: string, user: string, event: AgentMessage, requestKey?: string): Promise<Uint8Array> {
    const opts: SendOptions = { timeoutMs, ...(requestKey !== undefined ? { idempotencyKey: requestKey } : {}) };
    return (await runtime.ask(agentAddress, routingActorId(organisation, user), event, opts)) ?? new Uint8Array();
  }

  /** Runs an API command on the agent actor; a refusal by the agent's state is FAILED_PRECONDITION. */
  async function command(method: string, organisation: string, user: string, event: AgentMessage, requestId: string): Promise<AgentView> {
    const key = requestId === "" ? undefined : `supervision.${method}.${requestId}`;
    // The command runs on the agent as its User document describes it, and the answer shows that.
    await loadedAgent(organisation, user);
    const reply = ringmesh.v1.AgentCommandReply.decode(await askAgent(organisation, user, event, key));
    if (reply.refused !== "") throw new FailedPreconditionError(`${user}: ${reply.refused}`);
    return agentView(organisation, user, ringmesh.v1.AgentSnapshot.create(reply.agent ?? { agentId: user }));
  }

  const agentSnapshot = loadedAgent;

  /** The group actor's snapshot once it has its document (a fresh actor fetches it first). */
  async function groupSnapshot(organisation: string, name: string): Promise<ringmesh.v1.GroupSnapshot> {
    const deadline = clock.now() + CONFIG_WAIT_MS;
    for (;;) {
      const b = await runtime.ask(groupAddress, routingActorId(organisation, name), { type: "getSnapshot" }, { timeoutMs });
      const s = ringmesh.v1.GroupSnapshot.decode(b ?? new Uint8Array());
      if (s.deleted) throw new NotFoundError(`AnswerGroup ${organisation}/${name} not found`);
      if (s.version !== "" || clock.now() > deadline) return s;
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 50));
    }
  }

  async function memberStatus(organisation: string, group: string, user: string, replica: ringmesh.v1.MemberStateView.$Properties | undefined): Promise<MemberStatus> {
    const loggedOut: MemberStatus = { user, state: "loggedOut", since: 0, presence: replica?.presence ?? "", misses: 0, wrapUpEndsAt: 0, callId: "" };
    // The group's replica says who is logged in; only those agents are asked for their details.
    if (replica === undefined || replica.availability === "loggedOut") return loggedOut;
    let a: PbAgentSnapshot;
    try {
      a = await agentSnapshot(organisation, user);
    } catch {
      // The agent's own actor is the detail, the replica the fallback: a status read never fails for one slow agent.
      const state = replica.availability === "free" ? "available" : (replica.availability ?? "loggedOut");
      return { ...loggedOut, state };
    }
    const presence = a.loaded ? a.presence : (replica.presence ?? "");
    const membership = a.memberships.find((m) => m.groupId === group);
    if (membership === undefined) return { ...loggedOut, presence };
    return {
      user,
      state: stateOf(a),
      since: Math.max(num(a.stateSince), num(membership.since)),
      presence,
      misses: int(membership.misses),
      wrapUpEndsAt: num(a.wrapUpEndsAt),
      callId: a.callId,
    };
  }

  async function explainIn(organisation: string, group: string, callId: string): Promise<GroupCallLog> {
    const b = await runtime.ask(groupAddress, routingActorId(organisation, group), { type: "explainCall", callId }, { timeoutMs });
    const x = ringmesh.v1.CallExplanation.decode(b ?? new Uint8Array());
    return {
      group,
      decisions: x.entries.map((e) => ({
        kind: str(e.kind),
        at: num(e.at),
        round: int(e.round),
        candidates: int(e.candidates),
        chosen: [...(e.chosen ?? [])],
        skipped: (e.skipped ?? []).map((k) => ({ user: str(k.agentId), reason: str(k.reason) })),
        skippedCounts: { ...e.skippedCounts },
        restartedFromTop: e.restartedFromTop === true,
        user: str(e.agentId),
        reason: str(e.reason),
        outcome: str(e.outcome),
        setting: str(e.setting),
        waitedMs: num(e.waitedMs),
        position: int(e.position),
      })),
    };
  }

  /** Login and logout: the same checks (M2 for someone else, a member of that group), then the command. */
  function membership(method: string, type: "login" | "logout") {
    return unary(method, async (p, req: { organisation: string; user: string; group: string; requestId: string }) => {
      check({ organisation: req.organisation, user: req.user, group: req.group });
      assertOrganisationVisible(p, req.organisation);
      const spec = await groupSpec(req.organisation, req.group);
      assertMayMoveMember(p, req.organisation, req.user, req.group, spec);
      await assertUser(req.organisation, req.user);
      assertMember(req.user, req.group, spec);
      return command(method, req.organisation, req.user, { type, groupId: req.group }, req.requestId);
    });
  }

  return {
    AgentLogin: membership("AgentLogin", "login"),
    AgentLogout: membership("AgentLogout", "logout"),
    SetPresence: unary("SetPresence", async (p, req: { organisation: string; user: string; presence: string; requestId: string }) => {
      const bad: FieldError[] =
        req.presence !== "" && !(PRESENCES as readonly string[]).includes(req.presence) ? [{ path: "presence", reason: `must be one of ${PRESENCES.join(", ")}` }] : [];
      check({ organisation: req.organisation, user: req.user, presence: req.presence }, bad);
      assertMayActAs(p, req.organisation, req.user);
      await assertUser(req.organisation, req.user);
      return command("SetPresence", req.organisation, req.user, { type: "setPresence", presence: req.presence as Presence }, req.requestId);
    }),
    StartBreak: unary("StartBreak", async (p, req: { organisation: string; user: string; requestId: string }) => {
      check({ organisation: req.organisation, user: req.user });
      assertMayActAs(p, req.organisation, req.user);
      await assertUser(req.organisation, req.user);
      return command("StartBreak", req.organisation, req.user, { type: "startBreak" }, req.requestId);
    }),
    EndBreak: unary("EndBreak", async (p, req: { organisation: string; user: string; requestId: string }) => {
      check({ organisation: req.organisation, user: req.user });
      assertMayActAs(p, req.organisation, req.user);
      await assertUser(req.organisation, req.user);
      return command("EndBreak", req.organisation, req.user, { type: "endBreak" }, req.requestId);
    }),
    EndWrapUp: unary("EndWrapUp", async (p, req: { organisation: string; user: string; requestId: string }) => {
      check({ organisation: req.organisation, user: req.user });
      assertMayActAs(p, req.organisation, req.user);
      await assertUser(req.organisation, req.user);
      return command("EndWrapUp", req.organisation, req.user, { type: "endWrapUp" }, req.requestId);
    }),
    GetAgent: unary("GetAgent", async (p, req: { organisation: string; user: string }) => {
      check({ organisation: req.organisation, user: req.user });
      assertMayActAs(p, req.organisation, req.user);
      await assertUser(req.organisation, req.user);
      return agentView(req.organisation, req.user, await agentSnapshot(req.organisation, req.user));
    }),
    GroupStatus: unary("GroupStatus", async (p, req: { organisation: string; group: string }): Promise<GroupStatus> => {
      check({ organisation: req.organisation, group: req.group });
      assertOrganisationVisible(p, req.organisation);
      const spec = await groupSpec(req.organisation, req.group);
      assertMayReadGroup(p, req.organisation, req.group, spec);
      const snap = await groupSnapshot(req.organisation, req.group);
      const now = clock.now();
      const waitingCalls = snap.calls.filter((c) => c.phase !== "connected");
      const waiting = waitingCalls.map((c, i) => ({
        callId: str(c.callId),
        caller: str(c.caller),
        position: i + 1,
        phase: str(c.phase),
        arrivedAt: num(c.arrivedAt),
        waitMs: Math.max(0, now - num(c.arrivedAt)),
        rounds: int(c.rounds),
        ringing: [...(c.ringing ?? [])],
      }));
      const connected = snap.calls.filter((c) => c.phase === "connected").map((c) => ({ callId: str(c.callId), caller: str(c.caller), user: str(c.agentId) }));
      const replicas = new Map(snap.members.map((m) => [m.agentId, m]));
      const members = await Promise.all(spec.members.map((m) => memberStatus(req.organisation, req.group, m.user, replicas.get(m.user))));
      const counts: Record<string, number> = {};
      for (const m of members) counts[m.state ?? ""] = (counts[m.state ?? ""] ?? 0) + 1;
      return {
        organisation: req.organisation,
        group: req.group,
        observedAt: now,
        waiting,
        connected,
        members,
        counts,
        longestWaitMs: waiting.reduce((max, c) => Math.max(max, c.waitMs), 0),
      };
    }),
    ExplainCall: unary("ExplainCall", async (p, req: { organisation: string; callId: string; group: string }) => {
      check({ organisation: req.organisation, callId: req.callId });
      assertOrganisationVisible(p, req.organisation);
      let groups: string[];
      if (req.group !== "") {
        const spec = await groupSpec(req.organisation, req.group);
        if (!mayExplain(p, req.organisation, spec)) throw new PermissionDeniedError(`${p.user ?? p.role} is not a supervisor (M2) of group ${req.group}`);
        groups = [req.group];
      } else {
        const docs = await store.list("AnswerGroup", req.organisation);
        groups = docs.flatMap((d) => (d.kind === "AnswerGroup" && mayExplain(p, req.organisation, d.spec) ? [d.metadata.name] : []));
        if (groups.length === 0 && p.role !== "platformAdmin" && p.role !== "orgAdmin") {
          throw new PermissionDeniedError(`${p.user ?? p.role} supervises no group of ${req.organisation}`);
        }
      }
      const logs: GroupCallLog[] = [];
      for (let i = 0; i < groups.length; i += EXPLAIN_FAN_OUT) {
        logs.push(...(await Promise.all(groups.slice(i, i + EXPLAIN_FAN_OUT).map((g) => explainIn(req.organisation, g, req.callId)))));
      }
      const found = logs.filter((l) => (l.decisions?.length ?? 0) > 0);
      if (found.length === 0) {
        const where = req.group !== "" ? `group ${req.group}` : `the groups of ${req.organisation} you may explain`;
        throw new NotFoundError(`no decisions recorded for call ${req.callId} in ${where} (none made yet, or aged out)`);
      }
      return { callId: req.callId, groups: found };
    }),
  };
}
