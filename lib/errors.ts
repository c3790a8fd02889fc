/**
 * One class per failure mode. Each boundary (gRPC, SIP, NATS, CLI) maps these once,
 * in its own table; a raw Error never reaches the wire.
 */

/** A problem with one field of a document, named by its path (`spec.members[2].skillLevel`). */
export interface FieldError {
  /** Which document of a batch, as `Kind organisation/name` (or `document[3]` when it has no usable name). */
  readonly document?: string;
  readonly path: string;
  readonly reason: string;
}

export abstract class RingmeshError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type ErrorCode =
  | "invalid"
  | "not_found"
  | "conflict"
  | "permission_denied"
  | "unauthenticated"
  | "unavailable"
  | "deadline_exceeded"
  | "overloaded"
  | "internal";

/** A document set failed validation; `errors` lists every problem, not just the first. */
export class ValidationError extends RingmeshError {
  readonly code = "invalid";
  constructor(
    readonly errors: readonly FieldError[],
    options?: ErrorOptions,
  ) {
    super(`${errors.length} invalid field(s): ${errors.map(formatFieldError).join("; ")}`, options);
  }
}

export class NotFoundError extends RingmeshError {
  readonly code = "not_found";
}

/** A write lost an optimistic-concurrency race (stale resourceVersion or lease revision). */
export class ConflictError extends RingmeshError {
  readonly code = "conflict";
}

/** Deleting an object that others still reference. */
export class InUseError extends RingmeshError {
  readonly code = "conflict";
  constructor(
    readonly object: string,
    readonly referrers: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`${object} is still referenced by ${referrers.join(", ")}`, options);
  }
}

export class PermissionDeniedError extends RingmeshError {
  readonly code = "permission_denied";
}

export class UnauthenticatedError extends RingmeshError {
  readonly code = "unauthenticated";
}

export class UnavailableError extends RingmeshError {
  readonly code = "unavailable";
}

export class DeadlineExceededError extends RingmeshError {
  readonly code = "deadline_exceeded";
}

export class OverloadedError extends RingmeshError {
  readonly code = "overloaded";
}

/** Startup configuration (environment, flags) is unusable; the message names the variable. */
export class ConfigError extends RingmeshError {
  readonly code = "invalid";
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function formatFieldError(e: FieldError): string {
  return `${e.document !== undefined ? `${e.document}: ` : ""}${e.path}: ${e.reason}`;
}
