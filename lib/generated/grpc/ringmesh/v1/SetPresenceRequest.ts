// Original file: proto/ringmesh/v1/supervision.proto


export interface SetPresenceRequest {
  'organisation'?: (string);
  'user'?: (string);
  'presence'?: (string);
  'requestId'?: (string);
}

export interface SetPresenceRequest__Output {
  'organisation': (string);
  'user': (string);
  'presence': (string);
  'requestId': (string);
}
