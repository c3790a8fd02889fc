// Original file: proto/ringmesh/v1/documents.proto


export interface AnnouncementSettings {
  'entry'?: (string);
  'hold'?: (string);
  'progress'?: (string);
  'progressIntervalSeconds'?: (number);
  'ringbackOnOffer'?: (boolean);
  'announcePosition'?: (boolean);
  'announceEstimatedWait'?: (boolean);
  '_ringbackOnOffer'?: "ringbackOnOffer";
  '_announcePosition'?: "announcePosition";
  '_announceEstimatedWait'?: "announceEstimatedWait";
}

export interface AnnouncementSettings__Output {
  'entry': (string);
  'hold': (string);
  'progress': (string);
  'progressIntervalSeconds': (number);
  'ringbackOnOffer'?: (boolean);
  'announcePosition'?: (boolean);
  'announceEstimatedWait'?: (boolean);
  '_ringbackOnOffer'?: "ringbackOnOffer";
  '_announcePosition'?: "announcePosition";
  '_announceEstimatedWait'?: "announceEstimatedWait";
}
