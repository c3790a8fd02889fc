// Original file: proto/ringmesh/v1/supervision.proto


export interface AgentRequest {
  'organisation'?: (string);
  'user'?: (string);
  'requestId'?: (string);
}

export interface AgentRequest__Output {
  'organisation': (string);
  'user': (string);
  'requestId': (string);
}
