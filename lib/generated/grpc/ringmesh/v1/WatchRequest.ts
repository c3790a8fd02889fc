// Original file: proto/ringmesh/v1/admin.proto


export interface WatchRequest {
  'kind'?: (string);
  'organisation'?: (string);
}

export interface WatchRequest__Output {
  'kind': (string);
  'organisation': (string);
}
