/** A small valid platform (organisation acme) that the tests break one field at a time. */

export type Raw = Record<string, unknown>;

export function doc(kind: string, name: string, spec: unknown, organisation = "acme"): Raw {
  const metadata = kind === "Organisation" ? { name } : { organisation, name };
  return { apiVersion: "ringmesh/v1", kind, metadata, spec };
}

export const acme = (): Raw => doc("Organisation", "acme", { domain: "acme.example", numbers: ["+35810123400-+35810123499"] });

export function validBatch(): Raw[] {
  return [
    acme(),
    doc("User", "alice", {
      displayName: "Alice",
      profile: "multi",
      devices: [
        { kind: "desktop", sipUser: "alice-desk", password: "s3cret" },
        { kind: "mobile", number: "+358401234567" },
      ],
    }),
    doc("User", "bob", { devices: [{ kind: "ipPhone", sipUser: "bob-phone", password: "pw" }] }),
    doc("User", "carol", {}),
    ...["welcome", "hold-music", "still-queued", "closed", "no-agents", "main-menu", "callback-agent"].map((n) =>
      doc("Announcement", n, { file: `prompts/${n}.wav` }),
    ),
    doc("Schedule", "office-hours", {
      timeZone: "Europe/Helsinki",
      weekly: [
        { days: ["mon", "tue", "wed", "thu", "fri"], open: "08:00", close: "16:00" },
        { days: ["sat"], open: "10:00", close: "24:00" },
      ],
      exceptions: [
        { date: "2026-12-24", closed: true },
        { date: "2026-12-23", open: "08:00", close: "12:00" },
      ],
      closedDestination: { type: "announcement", announcement: "closed" },
    }),
    doc("IvrMenu", "main", {
      prompt: "main-menu",
      options: { "1": { type: "group", group: "support" }, "#": { type: "voicemail", user: "alice" } },
      defaultDestination: { type: "group", group: "support" },
    }),
    doc("AnswerGroup", "support", {
      type: "customerService",
      displayName: "Support",
      billingId: "FI-1234",
      number: "+35810123456",
      hiddenFromDirectory: false,
      allowNumberDisplay: true,
      offeredNumber: { show: "caller", suffix: "*1" },
      schedule: "office-hours",
      queue: {
        maxWaitSeconds: 300,
        maxRingAttempts: 5,
        maxQueueLength: 20,
        noAgentsDestination: { type: "announcement", announcement: "no-agents" },
        overflowDestination: { type: "group", group: "sales" },
      },
      routing: {
        mode: "skills",
        presenceAware: true,
        longestIdle: true,
        ringDevices: ["desktop", "mobile"],
        simultaneousAgents: 1,
        wrapUpSeconds: 20,
        ringSeconds: 20,
        autoLogoutAfterMissed: 2,
      },
      members: [{ user: "alice", skillLevel: 1, ringOrder: 1 }, { user: "bob" }],
      supervisors: ["carol"],
      announcements: {
        entry: "welcome",
        hold: "hold-music",
        progress: "still-queued",
        progressIntervalSeconds: 45,
        ringbackOnOffer: true,
        announcePosition: true,
        announceEstimatedWait: true,
      },
      callback: {
        enabled: true,
        ringSeconds: 30,
        attempts: 3,
        validityMinutes: 120,
        agentMetadata: "Callback request",
        agentAnnouncement: "callback-agent",
        offerAnnouncement: "",
        offerAfterOpenMinutes: 0,
        offerWhenQueuedAbove: 5,
        offerWhenLongestWaitMinutes: 0,
        offerWhenEstimatedWaitMinutes: 3,
        stopBeforeCloseMinutes: 15,
      },
    }),
    doc("AnswerGroup", "sales", { number: "8001", members: [{ user: "bob" }] }),
  ];
}

export const REMOVE = Symbol("remove");

/**
 * Sets (or with REMOVE deletes) the field at a path written as validation reports it:
 * `spec.members[0].skillLevel`, `spec.options["1"].group`. Missing objects on the way are created.
 */
export function setPath(root: Raw, path: string, value: unknown): void {
  const keys = (path.match(/[^.[\]]+|\[\d+\]|\["[^"]*"\]/g) ?? []).map((k): string | number => {
    if (k.startsWith('["')) return JSON.parse(k.slice(1, -1)) as string;
    return k.startsWith("[") ? Number(k.slice(1, -1)) : k;
  });
  let node: Record<string | number, unknown> = root;
  keys.slice(0, -1).forEach((k) => {
    const next = node[k];
    if (typeof next !== "object" || next === null) node[k] = {};
    node = node[k] as Record<string | number, unknown>;
  });
  const last = keys[keys.length - 1] ?? "";
  if (value === REMOVE) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the tests address fields by path
    delete node[last];
  } else {
    node[last] = value;
  }
}

/** The valid batch with one document changed; `name` is `Kind/name`. */
export function batchWith(name: string, change: (d: Raw) => void): Raw[] {
  const batch = validBatch();
  const target = batch.find((d) => {
    const m = d.metadata as { name: string };
    return `${String(d.kind)}/${m.name}` === name;
  });
  if (target === undefined) throw new Error(`no fixture ${name}`);
  change(target);
  return batch;
}
