/**
 * Turns a trunk leg's life into one call record: its INVITE leaving is the start, its
 * first wanted 2xx the answer, `onEnded` the end. The call manager wraps the leg's events
 * with `track`, so every path that ends a leg (either side's BYE, CANCEL, a final
 * response, a timeout, shutdown) writes exactly one record.
 */
import type { Clock } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import type { LegEnd, OutboundLeg, OutboundLegEvents } from "../calls/outbound-leg.js";
import { CDR_SCHEMA_VERSION, outcomeOf, type CallRecord, type CdrKind } from "./record.js";
import type { CdrSink } from "./sink.js";

export interface TrunkLegInfo {
  readonly kind: CdrKind;
  readonly org: string;
  readonly group: string;
  readonly callId: string;
  readonly caller: string;
  readonly called: string;
  readonly agent?: string;
  /** Known (routeCall carries it) or looked up when the record is written (mobile rings do not carry it). */
  readonly billingId: string | (() => Promise<string>);
}

export interface CallRecorderOptions {
  readonly sink: CdrSink;
  readonly clock: Clock;
  readonly nodeId: string;
  readonly trunk: string;
  readonly log: Logger;
}

export class CallRecorder {
  constructor(private readonly opts: CallRecorderOptions) {}

  /** The leg's events, also recording it; call before the leg starts (its start time is now). */
  track(info: TrunkLegInfo, events: OutboundLegEvents): OutboundLegEvents {
    const startedAt = this.opts.clock.now();
    let answeredAt: number | undefined;
    return {
      ...(events.onRinging !== undefined ? { onRinging: events.onRinging.bind(events) } : {}),
      onAnswer: (leg, answer) => {
        answeredAt ??= this.opts.clock.now();
        events.onAnswer(leg, answer);
      },
      onFailed: (leg, failure, status) => events.onFailed(leg, failure, status),
      onBye: (leg) => events.onBye(leg),
      onEnded: (leg, end) => {
        events.onEnded?.(leg, end);
        void this.write(info, leg, end, startedAt, end.answered ? answeredAt : undefined);
      },
    };
  }

  private async write(info: TrunkLegInfo, leg: OutboundLeg, end: LegEnd, startedAt: number, answeredAt: number | undefined): Promise<void> {
    const endedAt = this.opts.clock.now();
    let billingId = "";
    if (typeof info.billingId === "string") billingId = info.billingId;
    else {
      try {
        billingId = await info.billingId();
      } catch (err) {
        // The record still goes out: a missing billing id is fixable downstream, a missing record is not.
        this.opts.log.warn({ err: errorMessage(err), callId: info.callId, group: info.group }, "billing id lookup failed for a call record");
      }
    }
    const record: CallRecord = {
      v: CDR_SCHEMA_VERSION,
      id: `${info.callId}.${leg.sipCallId}`,
      kind: info.kind,
      org: info.org,
      group: info.group,
      billingId,
      callId: info.callId,
      sipCallId: leg.sipCallId,
      caller: info.caller,
      called: info.called,
      ...(info.agent !== undefined ? { agent: info.agent } : {}),
      trunk: this.opts.trunk,
      node: this.opts.nodeId,
      startedAt: new Date(startedAt).toISOString(),
      ...(answeredAt !== undefined ? { answeredAt: new Date(answeredAt).toISOString() } : {}),
      endedAt: new Date(endedAt).toISOString(),
      durationMs: answeredAt !== undefined ? Math.max(0, endedAt - answeredAt) : 0,
      outcome: outcomeOf(end),
      sipStatus: end.status,
      endedBy: end.by === "local" ? "platform" : "trunk",
      reason: end.reason,
    };
    this.opts.sink.write(record);
  }
}
