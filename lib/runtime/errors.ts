/**
 * Failure modes of the actor runtime, as seen by a caller of `ask`/`tell`.
 *
 * On the wire a failed reply carries `Rm-Status: <WireStatus>` and `Rm-Error: <message>`;
 * `errorFromWire` maps that back to one of these classes, once, here. Retryable statuses
 * never reach the caller: the client retries them (same idempotency key) until the deadline.
 */
import {
  DeadlineExceededError,
  OverloadedError,
  RingmeshError,
  UnavailableError,
  type ErrorCode,
} from "../errors.js";

export { DeadlineExceededError, OverloadedError, UnavailableError };

/** The actor's handler threw on this message; it was not applied. Retrying the same message would throw again. */
export class HandlerFailedError extends RingmeshError {
  readonly code: ErrorCode = "internal";
}

/** The actor crashed repeatedly and is quarantined on its node for a while; nothing is applied meanwhile. */
export class QuarantinedError extends RingmeshError {
  readonly code: ErrorCode = "unavailable";
}

/** The payload could not be decoded by the kind's codec. */
export class BadMessageError extends RingmeshError {
  readonly code: ErrorCode = "invalid";
}

/** The owner lost its lease or a write was fenced; thrown inside the runtime, never to callers (they retry). */
export class LeaseLostError extends RingmeshError {
  readonly code: ErrorCode = "conflict";
}

/** Wire statuses. `moving` is retryable: the actor is between owners. */
export type WireStatus = "ok" | "moving" | "overloaded" | "handler_failed" | "quarantined" | "bad_message" | "deadline";

export const RETRYABLE: ReadonlySet<WireStatus> = new Set<WireStatus>(["moving"]);

export function errorFromWire(status: string, message: string): RingmeshError {
  switch (status) {
    case "overloaded":
      return new OverloadedError(message);
    case "handler_failed":
      return new HandlerFailedError(message);
    case "quarantined":
      return new QuarantinedError(message);
    case "bad_message":
      return new BadMessageError(message);
    case "deadline":
      return new DeadlineExceededError(message);
    default:
      return new UnavailableError(`${status}: ${message}`);
  }
}
