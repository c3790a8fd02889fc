// Original file: proto/ringmesh/v1/supervision.proto


export interface GroupStatusRequest {
  'organisation'?: (string);
  'group'?: (string);
}

export interface GroupStatusRequest__Output {
  'organisation': (string);
  'group': (string);
}
