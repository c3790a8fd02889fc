// Original file: proto/ringmesh/v1/supervision.proto


export interface SkippedAgent {
  'user'?: (string);
  'reason'?: (string);
}

export interface SkippedAgent__Output {
  'user': (string);
  'reason': (string);
}
