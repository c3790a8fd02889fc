// Original file: proto/ringmesh/v1/documents.proto


export interface AnnouncementSpec {
  'file'?: (string);
  'sha256'?: (string);
}

export interface AnnouncementSpec__Output {
  'file': (string);
  'sha256': (string);
}
