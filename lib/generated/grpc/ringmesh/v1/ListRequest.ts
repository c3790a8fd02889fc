// Original file: proto/ringmesh/v1/admin.proto


export interface ListRequest {
  'kind'?: (string);
  'organisation'?: (string);
}

export interface ListRequest__Output {
  'kind': (string);
  'organisation': (string);
}
