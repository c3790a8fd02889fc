// Original file: proto/ringmesh/v1/supervision.proto


export interface AgentGroupRequest {
  'organisation'?: (string);
  'user'?: (string);
  'group'?: (string);
  'requestId'?: (string);
}

export interface AgentGroupRequest__Output {
  'organisation': (string);
  'user': (string);
  'group': (string);
  'requestId': (string);
}
