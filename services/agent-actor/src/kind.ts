/**
 * The agent as a virtual actor (kind `agent`, id `<org>.<user>`): the pure decider
 * plus what hosting adds.
 *
 * Config: devices (M7 kinds the user has) and presence (M5) come from the User
 * document. The first decision after every load fetches it (`fetchUser`); a changed
 * version arrives as `userChanged`, applied as devicesChanged then setPresence. A
 * deleted user has no ringable device and is logged out of every group.
 *
 * Effects: `toGroup` → the group actor; `publish` → metrics and the EventPublisher.
 */
import type { Logger } from "../../../lib/log.js";
import { AGENT_KIND, groupAddress, routingActorId, splitActorId } from "../../../lib/routing/addresses.js";
import { decodeAgentMessage, encodeAgentMessage, type AgentMessage, type UserChanged } from "../../../lib/routing/codec.js";
import type { ConfigSource } from "../../../lib/routing/config.js";
import type { AgentMetrics } from "../../../lib/routing/metrics.js";
import type { EventPublisher } from "../../../lib/routing/events.js";
import { decodeState, encodeState } from "../../../lib/routing/snapshot.js";
import { ringmesh } from "../../../lib/generated/pb.js";
import type { ActorKind, EffectContext, TimerEffect, TimerFired } from "../../../lib/runtime/index.js";
import { refusalOf } from "./domain/commands.js";
import { resync } from "./domain/offers.js";
import { decideAgent } from "./domain/decide.js";
import type { AgentEffect } from "./domain/effects.js";
import type { AgentCommand } from "./domain/events.js";
import { createAgentState, type AgentState } from "./domain/state.js";

export interface AgentActorState {
  readonly org: string;
  /** resourceVersion of the User document applied; "" before the first one. */
  readonly version: string;
  /**
   * The User document (or its absence) has been applied at least once. Until then
   * presence and devices are createAgentState's placeholders, so snapshots say so.
   * Absent in states written before it was kept: those had been running, so they count as loaded.
   */
  readonly loaded?: boolean;
  readonly agent: AgentState;
}

type FetchUser = { readonly type: "fetchUser" };
/** Not executed: carries a refused API command's reason to `reply` (lib/runtime/kind.ts reply sees only the decision). */
type CommandRefused = { readonly type: "commandRefused"; readonly reason: string };
export type AgentHostEffect = AgentEffect | FetchUser | CommandRefused;
type Out = (AgentHostEffect | TimerEffect)[];

export interface AgentKindDeps {
  readonly config: ConfigSource;
  readonly events: EventPublisher;
  readonly metrics: AgentMetrics;
  readonly logger: Logger;
}

function applyUser(state: AgentActorState, u: UserChanged, now: number, out: Out): AgentActorState {
  if (u.version === state.version && u.version !== "" && isLoaded(state)) return state;
  const a = state.agent;
  out.push(...decideAgent(a, { type: "devicesChanged", devices: u.devices }, now).effects);
  out.push(...decideAgent(a, { type: "setPresence", presence: u.presence }, now).effects);
  if (u.deleted) for (const groupId of [...a.groups.keys()]) out.push(...decideAgent(a, { type: "logout", groupId }, now).effects);
  return { ...state, version: u.version, loaded: true };
}

export const isLoaded = (s: AgentActorState): boolean => s.loaded ?? true;

const grants = (out: Out): boolean => out.some((e) => e.type === "toGroup" && e.message.type === "grant");

/**
 * Whether a decision must be written before it is answered and its effects leave
 * (lib/runtime/decider.ts `durable`). What must survive a crash is the reservation, so a
 * decision that grants one is always written. The rest of a call's life after the grant
 * is repaired without a write: an answered offer and the end of the call by `resync` after
 * a load (the group says where the call stands), a free agent's bid round by its collect
 * timer and the groups' bid timeouts, a refused bid by the refusal itself.
 */
function isDurable(event: AgentMessage | TimerFired, out: Out): boolean {
  switch (event.type) {
    case "noBid":
    case "bid":
    case "callEnded":
    case "callGone":
    case "callStatus":
    case "statusRequest":
      return grants(out);
    case "offerEnded":
      return event.outcome !== "answered" || grants(out);
    default:
      return true;
  }
}

export function decideAgentActor(loaded: WeakSet<object>) {
  return (state: AgentActorState, event: AgentMessage | TimerFired, now: number): { state: AgentActorState; effects: Out; durable?: boolean } => {
    const out: Out = [];
    if (loaded.delete(state)) {
      if (event.type !== "userChanged") out.push({ type: "fetchUser" });
      const probes: (AgentEffect | TimerEffect)[] = [];
      resync(state.agent, { now, effects: probes });
      out.push(...probes);
    }
    switch (event.type) {
      case "getSnapshot":
        return { state, effects: out };
      case "userChanged": {
        const next = applyUser(state, event, now, out);
        return { state: next === state ? { ...state } : next, effects: out };
      }
      default: {
        const refused = isApiCommand(event) ? refusalOf(state.agent, event) : undefined;
        if (refused !== undefined) {
          out.push({ type: "commandRefused", reason: refused });
          return { state, effects: out };
        }
        out.push(...decideAgent(state.agent, event, now).effects);
        // The domain updates `agent` in place; a new outer object makes the runtime look at it (it writes only changed bytes).
        return { state: { ...state }, effects: out, durable: isDurable(event, out) };
      }
    }
  };
}

const API_COMMANDS: ReadonlySet<string> = new Set<AgentCommand["type"]>(["login", "logout", "setPresence", "startBreak", "endBreak", "endWrapUp"]);

function isApiCommand(e: AgentMessage | TimerFired): e is AgentCommand {
  return API_COMMANDS.has(e.type);
}

interface Persisted {
  readonly org: string;
  readonly version: string;
  readonly loaded?: boolean;
  readonly agent: AgentState;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** JSON with Maps (lib/routing/snapshot.ts): an agent's state is small (its groups and one reservation). */
export const encodeAgentActorState = (s: AgentActorState): Uint8Array => enc.encode(encodeState({ org: s.org, version: s.version, loaded: isLoaded(s), agent: s.agent } satisfies Persisted));
export const decodeAgentActorState = (b: Uint8Array): AgentActorState => decodeState(dec.decode(b)) as Persisted;

export function agentSnapshot(s: AgentActorState): ringmesh.v1.AgentSnapshot.$Properties {
  const a = s.agent;
  return {
    agentId: a.agentId,
    phase: a.phase,
    presence: a.presence,
    devices: [...a.devices],
    groups: [...a.groups.keys()],
    callId: a.call?.callId ?? a.reservation?.callId ?? "",
    version: s.version,
    // States written before login kept a since-time: the login is the best lower bound.
    stateSince: a.stateSince ?? Math.max(0, ...[...a.groups.values()].map((m) => m.since ?? 0)),
    wrapUpEndsAt: a.phase === "wrapUp" ? (a.wrapUpEndsAt ?? 0) : 0,
    idleSince: a.idleSince,
    memberships: [...a.groups].map(([groupId, m]) => ({ groupId, misses: m.misses, since: m.since ?? 0 })),
    loaded: isLoaded(s),
  };
}

/** The answer to an API command: the agent after it, or why it did not apply. */
export function agentCommandReply(decision: { readonly state: AgentActorState; readonly effects: readonly (AgentHostEffect | TimerEffect)[] }): ringmesh.v1.AgentCommandReply.$Properties {
  const refused = decision.effects.find((e): e is CommandRefused => e.type === "commandRefused");
  return { refused: refused?.reason ?? "", agent: agentSnapshot(decision.state) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchAndTell(kind: ActorKind<AgentActorState, AgentMessage, AgentHostEffect>, deps: AgentKindDeps, ctx: EffectContext): Promise<void> {
  const { org, name } = splitActorId(ctx.self.id);
  for (let attempt = 1; ; attempt++) {
    try {
      const u = await deps.config.user(org, name);
      const message: AgentMessage =
        u === undefined ? { type: "userChanged", devices: [], presence: "available", version: "", deleted: true } : { type: "userChanged", ...u, deleted: false };
      await ctx.tell(kind, ctx.self.id, message);
      return;
    } catch (err) {
      if (attempt >= 5) {
        ctx.logger.error({ err }, "could not load the user's document; it is fetched again on the next load");
        return;
      }
      await sleep(200 * 2 ** attempt);
    }
  }
}

export function runAgentEffects(kind: ActorKind<AgentActorState, AgentMessage, AgentHostEffect>, deps: AgentKindDeps) {
  return async (effects: readonly AgentHostEffect[], ctx: EffectContext): Promise<void> => {
    const { org } = splitActorId(ctx.self.id);
    const base = ctx.commit;
    const tasks: Promise<void>[] = [];
    for (const [i, e] of effects.entries()) {
      switch (e.type) {
        case "toGroup":
          // Unacknowledged: bid timeouts, reservation expiry, probes and the resync on load repair a lost one.
          ctx.post(groupAddress, routingActorId(org, e.message.groupId), e.message);
          break;
        case "publish": {
          const n = e.event;
          if (n.name === "loggedOutForMissedCalls") {
            deps.metrics.autoLoggedOut(org, n.groupId);
            deps.events.publish(org, { name: n.name, agentId: n.agentId, groupId: n.groupId, misses: n.misses }, `${base}:${i}`);
          } else deps.events.publish(org, { name: n.name, agentId: n.agentId, state: n.state }, `${base}:${i}`);
          break;
        }
        case "fetchUser":
          tasks.push(fetchAndTell(kind, deps, ctx));
          break;
        case "commandRefused":
          break;
      }
    }
    await Promise.all(tasks);
  };
}

export function createAgentKind(deps: AgentKindDeps): ActorKind<AgentActorState, AgentMessage, AgentHostEffect> {
  const loaded = new WeakSet<object>();
  const kind: ActorKind<AgentActorState, AgentMessage, AgentHostEffect> = {
    kind: AGENT_KIND,
    initial(id) {
      const { org, name } = splitActorId(id);
      const s: AgentActorState = { org, version: "", loaded: false, agent: createAgentState(name, []) };
      loaded.add(s);
      return s;
    },
    decide: decideAgentActor(loaded),
    codec: {
      encodeEvent: encodeAgentMessage,
      decodeEvent: decodeAgentMessage,
      encodeState: encodeAgentActorState,
      decodeState(b) {
        const s = decodeAgentActorState(b);
        loaded.add(s);
        return s;
      },
    },
    reply(decision, event) {
      if (event.type === "getSnapshot") return ringmesh.v1.AgentSnapshot.encode(agentSnapshot(decision.state)).finish();
      if (isApiCommand(event)) return ringmesh.v1.AgentCommandReply.encode(agentCommandReply(decision)).finish();
      return undefined;
    },
  };
  return { ...kind, effects: runAgentEffects(kind, deps) };
}
