// Original file: proto/ringmesh/v1/documents.proto


export interface RoutingSettings {
  'mode'?: (string);
  'presenceAware'?: (boolean);
  'longestIdle'?: (boolean);
  'ringDevices'?: (string)[];
  'simultaneousAgents'?: (number);
  'wrapUpSeconds'?: (number);
  'ringSeconds'?: (number);
  'autoLogoutAfterMissed'?: (number);
  '_mode'?: "mode";
  '_presenceAware'?: "presenceAware";
  '_longestIdle'?: "longestIdle";
  '_simultaneousAgents'?: "simultaneousAgents";
  '_ringSeconds'?: "ringSeconds";
}

export interface RoutingSettings__Output {
  'mode'?: (string);
  'presenceAware'?: (boolean);
  'longestIdle'?: (boolean);
  'ringDevices': (string)[];
  'simultaneousAgents'?: (number);
  'wrapUpSeconds': (number);
  'ringSeconds'?: (number);
  'autoLogoutAfterMissed': (number);
  '_mode'?: "mode";
  '_presenceAware'?: "presenceAware";
  '_longestIdle'?: "longestIdle";
  '_simultaneousAgents'?: "simultaneousAgents";
  '_ringSeconds'?: "ringSeconds";
}
