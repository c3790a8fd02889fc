// Original file: proto/ringmesh/v1/documents.proto


export interface CallbackSettings {
  'enabled'?: (boolean);
  'ringSeconds'?: (number);
  'attempts'?: (number);
  'validityMinutes'?: (number);
  'agentMetadata'?: (string);
  'agentAnnouncement'?: (string);
  'offerAnnouncement'?: (string);
  'offerAfterOpenMinutes'?: (number);
  'offerWhenQueuedAbove'?: (number);
  'offerWhenLongestWaitMinutes'?: (number);
  'offerWhenEstimatedWaitMinutes'?: (number);
  'stopBeforeCloseMinutes'?: (number);
}

export interface CallbackSettings__Output {
  'enabled': (boolean);
  'ringSeconds': (number);
  'attempts': (number);
  'validityMinutes': (number);
  'agentMetadata': (string);
  'agentAnnouncement': (string);
  'offerAnnouncement': (string);
  'offerAfterOpenMinutes': (number);
  'offerWhenQueuedAbove': (number);
  'offerWhenLongestWaitMinutes': (number);
  'offerWhenEstimatedWaitMinutes': (number);
  'stopBeforeCloseMinutes': (number);
}
