// Original file: proto/ringmesh/v1/documents.proto


export interface Device {
  'kind'?: (string);
  'sipUser'?: (string);
  'password'?: (string);
  'ha1'?: (string);
  'number'?: (string);
}

export interface Device__Output {
  'kind': (string);
  'sipUser': (string);
  'password': (string);
  'ha1': (string);
  'number': (string);
}
