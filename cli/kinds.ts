import { KINDS, type Kind } from "../lib/documents/model.js";

const ALIASES: Record<string, Kind> = {
  org: "Organisation",
  organization: "Organisation",
  group: "AnswerGroup",
  ag: "AnswerGroup",
  ivr: "IvrMenu",
};

/** Resolves a kind as a person types it: any case, singular or plural, or a short alias. */
export function parseKind(input: string): Kind | undefined {
  const key = input.toLowerCase().replace(/s$/, "");
  return KINDS.find((k) => k.toLowerCase() === key) ?? ALIASES[key];
}

export const KIND_HELP = `${KINDS.join(", ")} (any case, plural, or org/group/ag/ivr)`;
