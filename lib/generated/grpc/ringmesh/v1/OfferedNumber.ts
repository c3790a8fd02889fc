// Original file: proto/ringmesh/v1/documents.proto


export interface OfferedNumber {
  'show'?: (string);
  'prefix'?: (string);
  'suffix'?: (string);
  '_show'?: "show";
}

export interface OfferedNumber__Output {
  'show'?: (string);
  'prefix': (string);
  'suffix': (string);
  '_show'?: "show";
}
