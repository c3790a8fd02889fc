// Original file: proto/ringmesh/v1/documents.proto

import type { Destination as _ringmesh_v1_Destination, Destination__Output as _ringmesh_v1_Destination__Output } from '../../ringmesh/v1/Destination.js';

export interface IvrMenuSpec {
  'prompt'?: (string);
  'options'?: ({[key: string]: _ringmesh_v1_Destination});
  'timeoutSeconds'?: (number);
  'retries'?: (number);
  'invalidPrompt'?: (string);
  'defaultDestination'?: (_ringmesh_v1_Destination | null);
  '_timeoutSeconds'?: "timeoutSeconds";
  '_retries'?: "retries";
}

export interface IvrMenuSpec__Output {
  'prompt': (string);
  'options': ({[key: string]: _ringmesh_v1_Destination__Output});
  'timeoutSeconds'?: (number);
  'retries'?: (number);
  'invalidPrompt': (string);
  'defaultDestination': (_ringmesh_v1_Destination__Output | null);
  '_timeoutSeconds'?: "timeoutSeconds";
  '_retries'?: "retries";
}
