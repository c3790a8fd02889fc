/** Raw documents (the shape of SPEC §4 YAML) shared by the store and admin tests. */

export function organisation(name: string, numbers: string[], domain = `${name}.example`): Record<string, unknown> {
  return { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name }, spec: { domain, numbers } };
}

export function user(org: string, name: string, password = "s3cret"): Record<string, unknown> {
  return {
    apiVersion: "ringmesh/v1",
    kind: "User",
    metadata: { organisation: org, name },
    spec: {
      displayName: name,
      profile: "multi",
      devices: [
        { kind: "desktop", sipUser: `${org}-${name}-desk`, password },
        { kind: "mobile", number: "+358401234567" },
      ],
    },
  };
}

export function group(org: string, name: string, number: string, members: string[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: "ringmesh/v1",
    kind: "AnswerGroup",
    metadata: { organisation: org, name },
    spec: {
      type: "customerService",
      displayName: name,
      billingId: "FI-1234",
      number,
      members: members.map((m) => ({ user: m })),
      ...extra,
    },
  };
}

export function announcement(org: string, name: string, file = `prompts/${name}.wav`): Record<string, unknown> {
  return { apiVersion: "ringmesh/v1", kind: "Announcement", metadata: { organisation: org, name }, spec: { file } };
}

export function ivr(org: string, name: string, toGroup: string): Record<string, unknown> {
  return {
    apiVersion: "ringmesh/v1",
    kind: "IvrMenu",
    metadata: { organisation: org, name },
    spec: {
      prompt: "main-menu",
      options: { "1": { type: "group", group: toGroup } },
      defaultDestination: { type: "group", group: toGroup },
    },
  };
}

/** Organisation acme with two users, a prompt, a group and a menu that routes to it. */
export function acme(): Record<string, unknown>[] {
  return [
    organisation("acme", ["+35810123400-+35810123499"]),
    user("acme", "alice"),
    user("acme", "bob"),
    announcement("acme", "main-menu"),
    group("acme", "support", "+35810123456", ["alice", "bob"], { supervisors: ["bob"] }),
    ivr("acme", "main", "support"),
  ];
}

export function globex(): Record<string, unknown>[] {
  return [organisation("globex", ["+35820000000-+35820000099"]), user("globex", "gina"), group("globex", "sales", "+35820000001", ["gina"])];
}

/** A copy with `metadata.resourceVersion` set, as a client echoing a fetched version would send. */
export function atVersion(doc: Record<string, unknown>, resourceVersion: string): Record<string, unknown> {
  return { ...doc, metadata: { ...(doc["metadata"] as Record<string, unknown>), resourceVersion } };
}
