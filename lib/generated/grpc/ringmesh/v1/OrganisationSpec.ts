// Original file: proto/ringmesh/v1/documents.proto


export interface OrganisationSpec {
  'domain'?: (string);
  'numbers'?: (string)[];
}

export interface OrganisationSpec__Output {
  'domain': (string);
  'numbers': (string)[];
}
