// Original file: proto/ringmesh/v1/documents.proto


export interface Metadata {
  'organisation'?: (string);
  'name'?: (string);
  'resourceVersion'?: (string);
}

export interface Metadata__Output {
  'organisation': (string);
  'name': (string);
  'resourceVersion': (string);
}
