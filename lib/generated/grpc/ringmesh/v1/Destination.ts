// Original file: proto/ringmesh/v1/documents.proto


export interface Destination {
  'type'?: (string);
  'group'?: (string);
  'user'?: (string);
  'ivr'?: (string);
  'number'?: (string);
  'announcement'?: (string);
}

export interface Destination__Output {
  'type': (string);
  'group': (string);
  'user': (string);
  'ivr': (string);
  'number': (string);
  'announcement': (string);
}
