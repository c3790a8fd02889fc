// Original file: proto/ringmesh/v1/documents.proto


export interface ScheduleException {
  'date'?: (string);
  'closed'?: (boolean);
  'open'?: (string);
  'close'?: (string);
  '_closed'?: "closed";
}

export interface ScheduleException__Output {
  'date': (string);
  'closed'?: (boolean);
  'open': (string);
  'close': (string);
  '_closed'?: "closed";
}
