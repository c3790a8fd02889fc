import { RingmeshError, type ErrorCode } from "../../../../lib/errors.js";
import { reasonPhrase } from "./constants.js";
import type { SipHeaders } from "./headers.js";

/**
 * Failure modes of the SIP stack, and the one table (`sipResponseFor`) that turns any
 * error reaching the SIP boundary into a status line. Nothing else picks status codes
 * for errors, so a raw Error never reaches the wire as anything but 500.
 */

/**
 * Enough of a broken request to answer it (RFC 3261 §8.2.6 needs the Vias to route the
 * response, and copies From/To/Call-ID/CSeq when present).
 */
export interface ResponseContext {
  readonly method: string;
  readonly headers: SipHeaders;
}

/** A message that is not valid SIP; `status`/`reason` is the answer owed if `context` allows one. */
export class SipParseError extends RingmeshError {
  readonly code = "invalid";
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly context?: ResponseContext,
    options?: ErrorOptions,
  ) {
    super(`${status} ${reason}`, options);
  }
}

/** Timer B or F fired: the peer never answered (RFC 3261 §17.1.1.2, §17.1.2.2) — 408 semantics (§8.1.3.1). */
export class TransactionTimeoutError extends RingmeshError {
  readonly code = "deadline_exceeded";
  constructor(
    readonly timer: "B" | "F" | "H",
    options?: ErrorOptions,
  ) {
    super(`transaction timed out on Timer ${timer}`, options);
  }
}

/** The transport could not deliver a message (RFC 3261 §17.1.4, §18.4) — 503 semantics. */
export class SipTransportError extends RingmeshError {
  readonly code = "unavailable";
}

/** A request or response the transaction layer cannot accept in its current state (a TU bug, not a peer's). */
export class TransactionStateError extends RingmeshError {
  readonly code = "internal";
}

const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  invalid: 400,
  not_found: 404,
  conflict: 500,
  permission_denied: 403,
  unauthenticated: 401,
  unavailable: 503,
  deadline_exceeded: 408,
  overloaded: 503,
  internal: 500,
};

/** The single error → SIP status mapping (STYLE §8). */
export function sipResponseFor(err: unknown): { status: number; reason: string } {
  if (err instanceof SipParseError) return { status: err.status, reason: err.reason };
  if (err instanceof TransactionTimeoutError) return { status: 408, reason: reasonPhrase(408) };
  if (err instanceof RingmeshError) {
    const status = STATUS_BY_CODE[err.code];
    return { status, reason: reasonPhrase(status) };
  }
  return { status: 500, reason: reasonPhrase(500) };
}
