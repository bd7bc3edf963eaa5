/**
 * A PIDINST 1.0 instrument record (https://docs.pidinst.org; the RDA working group's JSON Schema), as the minter
 * receives it: the metadata the registry publishes for the identifier. The producer (equipment) guarantees the
 * shape; `owners` and `manufacturers` may be empty when the record is incomplete, and a registry that needs them
 * (DataCite: publisher, creators) then refuses the mint.
 */
export interface PidinstRecord {
  readonly identifier: { readonly identifier: string; readonly identifierType: string };
  readonly schemaVersion: '1.0';
  readonly landingPage: string;
  readonly name: string;
  readonly owners: readonly {
    readonly ownerName: string;
    readonly ownerContact?: string;
    readonly ownerIdentifier?: { readonly ownerIdentifier: string; readonly ownerIdentifierType: string };
  }[];
  readonly manufacturers: readonly {
    readonly manufacturerName: string;
    readonly manufacturerIdentifier?: {
      readonly manufacturerIdentifier: string;
      readonly manufacturerIdentifierType: string;
    };
  }[];
  readonly model?: {
    readonly modelName: string;
    readonly modelIdentifier?: { readonly modelIdentifier: string; readonly modelIdentifierType: string };
  };
  readonly description?: string;
  readonly instrumentTypes?: readonly { readonly instrumentTypeName: string }[];
  readonly measuredVariables?: readonly string[];
  readonly dates?: readonly { readonly date: string; readonly dateType: 'Commissioned' | 'DeCommissioned' }[];
  readonly relatedIdentifiers?: readonly {
    readonly relatedIdentifier: string;
    readonly relatedIdentifierType: string;
    readonly relationType: string;
    readonly relatedIdentifierName?: string;
  }[];
  readonly alternateIdentifiers?: readonly {
    readonly alternateIdentifier: string;
    readonly alternateIdentifierType: 'SerialNumber' | 'InventoryNumber' | 'Other';
    readonly alternateIdentifierName?: string;
  }[];
}
