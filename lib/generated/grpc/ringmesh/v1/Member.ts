// Original file: proto/ringmesh/v1/documents.proto


export interface Member {
  'user'?: (string);
  'skillLevel'?: (number);
  'ringOrder'?: (number);
  '_skillLevel'?: "skillLevel";
  '_ringOrder'?: "ringOrder";
}

export interface Member__Output {
  'user': (string);
  'skillLevel'?: (number);
  'ringOrder'?: (number);
  '_skillLevel'?: "skillLevel";
  '_ringOrder'?: "ringOrder";
}
