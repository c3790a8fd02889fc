// Original file: proto/ringmesh/v1/documents.proto

import type { Device as _ringmesh_v1_Device, Device__Output as _ringmesh_v1_Device__Output } from '../../ringmesh/v1/Device.js';

export interface UserSpec {
  'displayName'?: (string);
  'profile'?: (string);
  'presence'?: (string);
  'devices'?: (_ringmesh_v1_Device)[];
  '_profile'?: "profile";
  '_presence'?: "presence";
}

export interface UserSpec__Output {
  'displayName': (string);
  'profile'?: (string);
  'presence'?: (string);
  'devices': (_ringmesh_v1_Device__Output)[];
  '_profile'?: "profile";
  '_presence'?: "presence";
}
