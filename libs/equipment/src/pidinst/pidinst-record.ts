/**
 * A PIDINST 1.0 instrument record: exactly the keys of the RDA working group's JSON Schema
 * (`schemas/pidinst-schema-1_0.schema.json`). Optional keys are omitted when unknown, never null.
 */
export interface PidinstOwner {
  readonly ownerName: string;
  readonly ownerContact?: string;
  readonly ownerIdentifier?: { readonly ownerIdentifier: string; readonly ownerIdentifierType: string };
}

export interface PidinstManufacturer {
  readonly manufacturerName: string;
  readonly manufacturerIdentifier?: {
    readonly manufacturerIdentifier: string;
    readonly manufacturerIdentifierType: string;
  };
}

export type PidinstRelationType =
  | 'IsDescribedBy'
  | 'IsNewVersionOf'
  | 'IsPreviousVersionOf'
  | 'HasComponent'
  | 'IsComponentOf'
  | 'References'
  | 'HasMetadata'
  | 'WasUsedIn'
  | 'IsIdenticalTo'
  | 'IsAttachedTo';

export interface PidinstRelatedIdentifier {
  readonly relatedIdentifier: string;
  readonly relatedIdentifierType: 'DOI' | 'Handle' | 'URN' | 'URL';
  readonly relationType: PidinstRelationType;
  readonly relatedIdentifierName?: string;
}

export interface PidinstRecord {
  readonly identifier: { readonly identifier: string; readonly identifierType: 'URN' | 'DOI' | 'Handle' };
  readonly schemaVersion: '1.0';
  readonly landingPage: string;
  readonly name: string;
  readonly owners: readonly PidinstOwner[];
  readonly manufacturers: readonly PidinstManufacturer[];
  readonly model?: {
    readonly modelName: string;
    readonly modelIdentifier?: { readonly modelIdentifier: string; readonly modelIdentifierType: string };
  };
  readonly description?: string;
  readonly instrumentTypes?: readonly { readonly instrumentTypeName: string }[];
  readonly measuredVariables?: readonly string[];
  readonly dates?: readonly { readonly date: string; readonly dateType: 'Commissioned' | 'DeCommissioned' }[];
  readonly relatedIdentifiers?: readonly PidinstRelatedIdentifier[];
  readonly alternateIdentifiers?: readonly {
    readonly alternateIdentifier: string;
    readonly alternateIdentifierType: 'SerialNumber' | 'InventoryNumber' | 'Other';
    readonly alternateIdentifierName?: string;
  }[];
}
