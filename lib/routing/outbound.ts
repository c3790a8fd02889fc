/**
 * What the routing actors send outside the actor world: commands for signaling (ring
 * these devices, connect, route the call away, play this) and notices for metrics and
 * supervisors. Two small seams: `SignalingPort` (the signaling service implements it;
 * until then commands go out as CallCommand messages on the call's subject, where a
 * test or signaling subscribes) and `Publisher` (NATS in a cluster, nothing embedded).
 */
import { headers as natsHeaders, type NatsConnection } from "@nats-io/transport-node";
import type { AskHeld, CallerAudio, CancelRing, Connect, RingAgent, RouteCall } from "./messages.js";
import type { RingableDeviceKind } from "../documents/model.js";
import { RINGABLE_DEVICE_KINDS } from "../documents/model.js";
import { ringmesh } from "../generated/pb.js";
import { subjects } from "../subjects.js";
import { destinationFromPb, num, word } from "./codec.js";
import { WireFormatError } from "./errors.js";

const pb = ringmesh.v1;

/** Same header the runtime uses, so a receiver dedupes every Ringmesh message one way. */
export const IDEMPOTENCY_HEADER = "Rm-Idem";

/** The group is gone: signaling answers the call as it would an unknown number (SIP 404). */
export interface RejectCall {
  readonly type: "rejectCall";
  readonly callId: string;
  readonly reason: "groupDeleted";
}

/** A command about one call, for the node that holds it. */
export type OneCallCommand = RingAgent | CancelRing | Connect | RouteCall | CallerAudio | RejectCall;
export type CallCommand = OneCallCommand | AskHeld;

export interface SignalingPort {
  /** `key` is stable for one effect of one commit: a resend carries the same key. */
  send(org: string, groupId: string, command: CallCommand, key: string): void;
}

export interface Publisher {
  publish(subject: string, data: Uint8Array, headers?: Readonly<Record<string, string>>): void;
}

export function natsPublisher(nc: NatsConnection): Publisher {
  return {
    publish(subject, data, hdrs) {
      if (hdrs === undefined) {
        nc.publish(subject, data);
        return;
      }
      const h = natsHeaders();
      for (const [k, v] of Object.entries(hdrs)) h.set(k, v);
      nc.publish(subject, data, { headers: h });
    },
  };
}

/** Embedded mode has no bus outside the runtime: notices only feed this node's metrics. */
export const nullPublisher: Publisher = { publish: () => undefined };

// ---------------------------------------------------------------- CallCommand

function commandToPb(groupId: string, c: CallCommand): ringmesh.v1.CallCommand.$Properties {
  switch (c.type) {
    case "ringAgent":
      return {
        groupId,
        ringAgent: {
          callId: c.callId,
          agentId: c.agentId,
          reservation: c.reservation,
          ringSeconds: c.ringSeconds,
          billingId: c.billingId,
          devices: c.devices.map((d) => ({ kind: d.kind, from: d.from, groupNumber: d.group?.number ?? "", groupName: d.group?.name ?? "" })),
        },
      };
    case "cancelRing":
      return { groupId, cancelRing: { callId: c.callId, agentId: c.agentId, reason: c.reason } };
    case "connect":
      return { groupId, connect: { callId: c.callId, agentId: c.agentId, check: c.check === true } };
    case "routeCall":
      return { groupId, routeCall: { callId: c.callId, setting: c.setting, destination: c.destination, reason: c.reason, billingId: c.billingId } };
    case "callerAudio":
      return {
        groupId,
        callerAudio: {
          callId: c.callId,
          play: c.play.map((p) => {
            switch (p.kind) {
              case "announcement":
                return { kind: p.kind, name: p.name };
              case "position":
                return { kind: p.kind, position: p.position };
              case "estimatedWait":
                return { kind: p.kind, minutes: p.minutes, confident: p.confident };
            }
          }),
          then: c.then.kind,
          thenName: c.then.kind === "hold" ? c.then.name : "",
        },
      };
    case "rejectCall":
      return { groupId, rejectCall: { callId: c.callId, reason: c.reason } };
    case "askHeld":
      return { groupId, askHeld: {} };
  }
}

export function encodeCallCommand(groupId: string, c: CallCommand): Uint8Array {
  return pb.CallCommand.encode(commandToPb(groupId, c)).finish();
}

const CANCEL_REASONS = ["answeredElsewhere", "timeout", "callerHungUp", "revoked", "routedAway"] as const;
const ROUTE_REASONS = ["noAgentsLoggedIn", "lastMemberLeft", "allDeclined", "maxRingAttempts", "queueFull", "maxWait", "groupDeleted"] as const;

function deviceFromPb(d: ringmesh.v1.DeviceOffer.$Properties): RingAgent["devices"][number] {
  const kind: RingableDeviceKind = word(d.kind, RINGABLE_DEVICE_KINDS, "ringAgent.devices.kind");
  const from = d.from ?? "";
  if (kind !== "desktop") return { kind, from };
  return { kind, from, group: { number: d.groupNumber ?? "", name: d.groupName ?? "" } };
}

function audioFromPb(x: ringmesh.v1.CallerAudio.$Properties): CallerAudio {
  const play = (x.play ?? []).map((p): CallerAudio["play"][number] => {
    switch (p.kind) {
      case "announcement":
        return { kind: "announcement", name: p.name ?? "" };
      case "position":
        return { kind: "position", position: p.position ?? 0 };
      case "estimatedWait":
        return { kind: "estimatedWait", minutes: p.minutes ?? 0, confident: p.confident ?? false };
      default:
        throw new WireFormatError(`callerAudio.play.kind: unknown value ${JSON.stringify(p.kind)}`);
    }
  });
  const then = word(x.then, ["hold", "ringback", "silence"] as const, "callerAudio.then");
  return { type: "callerAudio", callId: x.callId ?? "", play, then: then === "hold" ? { kind: "hold", name: x.thenName ?? "" } : { kind: then } };
}

function need<T>(v: T | null | undefined): T {
  if (v === null || v === undefined) throw new WireFormatError("CallCommand: command body missing");
  return v;
}

/** For signaling and tests: the command and the group that sent it. */
export function decodeCallCommand(b: Uint8Array): { groupId: string; command: CallCommand } {
  const m = pb.CallCommand.decode(b);
  const groupId = m.groupId;
  switch (m.command) {
    case "ringAgent": {
      const x = need(m.ringAgent);
      const command: RingAgent = {
        type: "ringAgent",
        callId: x.callId ?? "",
        agentId: x.agentId ?? "",
        reservation: num(x.reservation),
        devices: (x.devices ?? []).map(deviceFromPb),
        ringSeconds: x.ringSeconds ?? 0,
        billingId: x.billingId ?? "",
      };
      return { groupId, command };
    }
    case "cancelRing": {
      const x = need(m.cancelRing);
      return { groupId, command: { type: "cancelRing", callId: x.callId ?? "", agentId: x.agentId ?? "", reason: word(x.reason, CANCEL_REASONS, "cancelRing.reason") } };
    }
    case "connect": {
      const x = need(m.connect);
      return { groupId, command: { type: "connect", callId: x.callId ?? "", agentId: x.agentId ?? "", ...(x.check === true ? { check: true } : {}) } };
    }
    case "routeCall": {
      const x = need(m.routeCall);
      return {
        groupId,
        command: {
          type: "routeCall",
          callId: x.callId ?? "",
          setting: word(x.setting, ["Q2", "Q6"] as const, "routeCall.setting"),
          destination: destinationFromPb(x.destination, "routeCall.destination"),
          reason: word(x.reason, ROUTE_REASONS, "routeCall.reason"),
          billingId: x.billingId ?? "",
        },
      };
    }
    case "callerAudio":
      return { groupId, command: audioFromPb(need(m.callerAudio)) };
    case "rejectCall": {
      const x = need(m.rejectCall);
      return { groupId, command: { type: "rejectCall", callId: x.callId ?? "", reason: word(x.reason, ["groupDeleted"] as const, "rejectCall.reason") } };
    }
    case "askHeld":
      return { groupId, command: { type: "askHeld" } };
    default:
      throw new WireFormatError("CallCommand: no command set");
  }
}

/** One CallCommand per effect on the call's subject (an AskHeld on the organisation's, for every node). */
export function subjectSignalingPort(publisher: Publisher): SignalingPort {
  return {
    send(org, groupId, command, key) {
      const subject = command.type === "askHeld" ? subjects.heldCallsAsk(org) : subjects.call(org, command.callId);
      publisher.publish(subject, encodeCallCommand(groupId, command), { [IDEMPOTENCY_HEADER]: key });
    },
  };
}

// ---------------------------------------------------------------- notices

/** A GroupNotice or AgentNotice flattened into RoutingNotice fields. */
export type NoticeFields = Omit<ringmesh.v1.RoutingNotice.$Properties, "name"> & { readonly name: string };

export function publishNotice(publisher: Publisher, org: string, notice: NoticeFields, key: string): void {
  publisher.publish(subjects.event(org, notice.name), pb.RoutingNotice.encode(notice).finish(), { [IDEMPOTENCY_HEADER]: key });
}
