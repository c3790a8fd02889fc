// Original file: proto/ringmesh/v1/admin.proto


export interface FieldError {
  'document'?: (string);
  'path'?: (string);
  'reason'?: (string);
}

export interface FieldError__Output {
  'document': (string);
  'path': (string);
  'reason': (string);
}
