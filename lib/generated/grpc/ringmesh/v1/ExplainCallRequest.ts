// Original file: proto/ringmesh/v1/supervision.proto


export interface ExplainCallRequest {
  'organisation'?: (string);
  'callId'?: (string);
  'group'?: (string);
}

export interface ExplainCallRequest__Output {
  'organisation': (string);
  'callId': (string);
  'group': (string);
}
