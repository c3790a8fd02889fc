/**
 * Actor states of the routing core hold Maps (fast add/remove, no dynamic deletes).
 * These two functions turn such a state into JSON and back, so a runtime that
 * persists states as JSON can store them unchanged.
 */
const MAP_TAG = "__map";

export function encodeState(state: unknown): string {
  return JSON.stringify(state, (_key, value: unknown) => (value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value));
}

/** The caller asserts the shape: only strings made by `encodeState` of its own state kind come here. */
export function decodeState(json: string): unknown {
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === "object" && value !== null && MAP_TAG in value) {
      return new Map((value as { [MAP_TAG]: [unknown, unknown][] })[MAP_TAG]);
    }
    return value;
  });
}
