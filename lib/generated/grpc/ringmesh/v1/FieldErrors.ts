// Original file: proto/ringmesh/v1/admin.proto

import type { FieldError as _ringmesh_v1_FieldError, FieldError__Output as _ringmesh_v1_FieldError__Output } from '../../ringmesh/v1/FieldError.js';

export interface FieldErrors {
  'errors'?: (_ringmesh_v1_FieldError)[];
}

export interface FieldErrors__Output {
  'errors': (_ringmesh_v1_FieldError__Output)[];
}
