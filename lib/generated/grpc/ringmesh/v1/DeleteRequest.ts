// Original file: proto/ringmesh/v1/admin.proto


export interface DeleteRequest {
  'kind'?: (string);
  'organisation'?: (string);
  'name'?: (string);
  'resourceVersion'?: (string);
}

export interface DeleteRequest__Output {
  'kind': (string);
  'organisation': (string);
  'name': (string);
  'resourceVersion': (string);
}
