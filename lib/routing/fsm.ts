import { IllegalTransitionError } from "./errors.js";

/** Allowed edges of one state machine: for each state, the states it may move to. */
export type TransitionTable<S extends string> = { readonly [K in S]: readonly S[] };

/**
 * The single guard every state change of a machine goes through. Returns the target
 * state so call sites read `x.phase = guard(x.phase, "onCall", id)`.
 */
export function transitionGuard<S extends string>(machine: string, table: TransitionTable<S>) {
  return (from: S, to: S, subject: string): S => {
    if (!table[from].includes(to)) throw new IllegalTransitionError(machine, from, to, subject);
    return to;
  };
}
