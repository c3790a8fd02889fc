// Original file: proto/ringmesh/v1/admin.proto


export interface Referrers {
  'object'?: (string);
  'referrers'?: (string)[];
}

export interface Referrers__Output {
  'object': (string);
  'referrers': (string)[];
}
