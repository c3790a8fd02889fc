// Original file: proto/ringmesh/v1/documents.proto


export interface WeeklyInterval {
  'days'?: (string)[];
  'open'?: (string);
  'close'?: (string);
}

export interface WeeklyInterval__Output {
  'days': (string)[];
  'open': (string);
  'close': (string);
}
