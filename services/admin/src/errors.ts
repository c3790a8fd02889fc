/**
 * The one table from RingmeshError codes to gRPC status, and back for the client.
 * Field errors travel as a FieldErrors message in `ringmesh-field-errors-bin`, delete
 * referrers as a Referrers message in `ringmesh-referrers-bin`; the status details
 * carry the human summary. A raw Error becomes INTERNAL with a fixed text.
 */
import { Metadata, status as Status, type ServiceError } from "@grpc/grpc-js";
import {
  ConflictError,
  DeadlineExceededError,
  InUseError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RingmeshError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
  type ErrorCode,
} from "../../../lib/errors.js";
import { ringmesh } from "../../../lib/generated/pb.js";

export const FIELD_ERRORS_KEY = "ringmesh-field-errors-bin";
export const REFERRERS_KEY = "ringmesh-referrers-bin";

export const STATUS_OF: Readonly<Record<ErrorCode, Status>> = {
  invalid: Status.INVALID_ARGUMENT,
  not_found: Status.NOT_FOUND,
  conflict: Status.ABORTED,
  permission_denied: Status.PERMISSION_DENIED,
  unauthenticated: Status.UNAUTHENTICATED,
  unavailable: Status.UNAVAILABLE,
  deadline_exceeded: Status.DEADLINE_EXCEEDED,
  overloaded: Status.RESOURCE_EXHAUSTED,
  internal: Status.INTERNAL,
};

export interface StatusObject {
  code: Status;
  details: string;
  metadata: Metadata;
}

/**
 * The request is well formed but the system is not in a state that allows it (a user
 * who is not a member of the group, ending a break that is not on). A ConflictError,
 * so code that handles conflicts keeps working; on the wire FAILED_PRECONDITION.
 */
export class FailedPreconditionError extends ConflictError {}

/** The status a handler fails with; `internal` is true when the error was not one of ours. */
export function toStatus(err: unknown): StatusObject & { internal: boolean } {
  const metadata = new Metadata();
  if (err instanceof InUseError) {
    metadata.set(REFERRERS_KEY, Buffer.from(ringmesh.v1.Referrers.encode({ object: err.object, referrers: [...err.referrers] }).finish()));
    return { code: Status.FAILED_PRECONDITION, details: err.message, metadata, internal: false };
  }
  if (err instanceof FailedPreconditionError) return { code: Status.FAILED_PRECONDITION, details: err.message, metadata, internal: false };
  if (err instanceof ValidationError) {
    const errors = err.errors.map((e) => ({ document: e.document ?? "", path: e.path, reason: e.reason }));
    metadata.set(FIELD_ERRORS_KEY, Buffer.from(ringmesh.v1.FieldErrors.encode({ errors }).finish()));
  }
  if (err instanceof RingmeshError) return { code: STATUS_OF[err.code], details: err.message, metadata, internal: err.code === "internal" };
  return { code: Status.INTERNAL, details: "internal error", metadata, internal: true };
}

/** A RingmeshError with code `internal` (lib/errors has none): the server failed in a way it did not explain. */
export class AdminInternalError extends RingmeshError {
  readonly code = "internal";
}

function firstBinary(md: Metadata | undefined, key: string): Uint8Array | undefined {
  const v = md?.get(key)[0];
  return v instanceof Uint8Array ? v : undefined;
}

/** Rebuilds the typed error a status stands for (client side). */
export function fromStatus(err: ServiceError): RingmeshError {
  const details = err.details;
  switch (err.code) {
    case Status.INVALID_ARGUMENT: {
      const bin = firstBinary(err.metadata, FIELD_ERRORS_KEY);
      const errors =
        bin === undefined
          ? [{ path: "", reason: details }]
          : ringmesh.v1.FieldErrors.decode(bin).errors.map((e) => ({
              ...(e.document !== undefined && e.document !== null && e.document !== "" ? { document: e.document } : {}),
              path: e.path ?? "",
              reason: e.reason ?? "",
            }));
      return new ValidationError(errors, { cause: err });
    }
    case Status.FAILED_PRECONDITION: {
      const bin = firstBinary(err.metadata, REFERRERS_KEY);
      if (bin !== undefined) {
        const r = ringmesh.v1.Referrers.decode(bin);
        return new InUseError(r.object, r.referrers, { cause: err });
      }
      return new FailedPreconditionError(details, { cause: err });
    }
    case Status.NOT_FOUND: return new NotFoundError(details, { cause: err });
    case Status.ABORTED:
    case Status.ALREADY_EXISTS: return new ConflictError(details, { cause: err });
    case Status.PERMISSION_DENIED: return new PermissionDeniedError(details, { cause: err });
    case Status.UNAUTHENTICATED: return new UnauthenticatedError(details, { cause: err });
    case Status.UNAVAILABLE: return new UnavailableError(details, { cause: err });
    case Status.DEADLINE_EXCEEDED: return new DeadlineExceededError(details, { cause: err });
    case Status.RESOURCE_EXHAUSTED: return new OverloadedError(details, { cause: err });
    default: return new AdminInternalError(`${Status[err.code]}: ${details}`, { cause: err });
  }
}
