// Original file: proto/ringmesh/v1/supervision.proto


export interface ConnectedCall {
  'callId'?: (string);
  'caller'?: (string);
  'user'?: (string);
}

export interface ConnectedCall__Output {
  'callId': (string);
  'caller': (string);
  'user': (string);
}
