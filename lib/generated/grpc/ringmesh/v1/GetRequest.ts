// Original file: proto/ringmesh/v1/admin.proto


export interface GetRequest {
  'kind'?: (string);
  'organisation'?: (string);
  'name'?: (string);
}

export interface GetRequest__Output {
  'kind': (string);
  'organisation': (string);
  'name': (string);
}
