import { RingmeshError } from "../errors.js";

/**
 * A state machine was asked to take an edge its table does not have. Thrown before
 * anything in the state changes, so the caller still holds a consistent state.
 */
export class IllegalTransitionError extends RingmeshError {
  readonly code = "conflict";
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly to: string,
    readonly subject: string,
  ) {
    super(`${machine} ${subject}: illegal transition ${from} -> ${to}`);
  }
}

/** A routing message on the wire is malformed (unknown word, missing part). */
export class WireFormatError extends RingmeshError {
  readonly code = "invalid";
}
