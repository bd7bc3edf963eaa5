import { z } from 'zod';
import { ASSET_LIFECYCLES, AssetLifecycle } from '../aggregates/asset/asset.state';
import { PID_SCHEMES, PidScheme } from '../aggregates/persistent-id/persistent-id';

/**
 * What the equipment reads answer, as zod output schemas: the single source for the OpenAPI components
 * (named by `id`) and the MCP tools' output schemas. Shared by the slices that answer the same view.
 */
const id = (what: string) => z.string().describe(`${what} (UUID)`);
const nullableId = (what: string) => z.string().nullable().describe(`${what} (UUID), or null`);
const version = z.number().int().describe('Version of the stream, for optimistic concurrency');

const identifierShape = {
  identifier: z.string().optional().describe('A persistent identifier, e.g. a ROR id'),
  identifierType: z.string().optional().describe('The identifier’s scheme, e.g. "ROR"'),
};

export const ownerView = z
  .object({ name: z.string(), contact: z.string().optional(), ...identifierShape })
  .meta({ id: 'Owner' });

export const manufacturerView = z.object({ name: z.string(), ...identifierShape }).meta({ id: 'Manufacturer' });

export const persistentIdentifierView = z
  .object({
    scheme: z.enum(PID_SCHEMES as [PidScheme, ...PidScheme[]]),
    value: z.string().describe('The identifier, e.g. 10.5072/abc'),
  })
  .meta({ id: 'PersistentIdentifier' });

export const pendingPersistentIdView = z
  .object({
    scheme: z.enum(PID_SCHEMES as [PidScheme, ...PidScheme[]]),
    value: z.string(),
    requestedAt: z.string(),
    failedAt: z.string().nullable(),
    failure: z.string().nullable(),
  })
  .describe('Present while an identifier request awaits the registry (e.g. after a failed mint)')
  .meta({ id: 'PendingPersistentIdentifier' });

export const familyView = z.object({ familyId: id('Family'), name: z.string(), version }).meta({ id: 'Family' });

export const modelView = z
  .object({ modelId: id('Model'), familyId: id('Family'), name: z.string(), manufacturer: manufacturerView, version })
  .meta({ id: 'Model' });

export const assetView = z
  .object({
    assetId: id('Asset'),
    name: z.string(),
    familyId: id('Family'),
    modelId: nullableId('Model'),
    serialNumber: z.string().nullable(),
    owner: ownerView.nullable(),
    lifecycle: z.enum(ASSET_LIFECYCLES as [AssetLifecycle, ...AssetLifecycle[]]),
    mountId: nullableId('Mount it is installed in'),
    fixtureId: nullableId('Fixture it is attached to'),
    persistentId: persistentIdentifierView.nullable(),
    pendingPersistentId: pendingPersistentIdView.optional(),
    version,
  })
  .meta({ id: 'Asset' });

export const frameView = z
  .object({
    frameId: id('Frame'),
    name: z.string(),
    mounts: z.array(z.object({ mountId: id('Mount'), slotCode: z.string(), assetId: nullableId('Installed asset') })),
    version,
  })
  .meta({ id: 'Frame' });

export const mountView = z
  .object({
    mountId: id('Mount'),
    frameId: id('Frame'),
    slotCode: z.string(),
    assetId: nullableId('Installed asset'),
    version,
  })
  .meta({ id: 'Mount' });

export const assemblyView = z
  .object({
    assemblyId: id('Assembly'),
    name: z.string(),
    slots: z.array(z.object({ name: z.string(), familyId: id('Family'), count: z.number().int() })),
    deprecated: z.boolean(),
    version,
  })
  .meta({ id: 'Assembly' });

export const fixtureView = z
  .object({
    fixtureId: id('Fixture'),
    assemblyId: id('Assembly'),
    slotAssetBindings: z.array(z.object({ slotName: z.string(), assetId: id('Asset') })),
    parameterOverrides: z.record(z.string(), z.unknown()).nullable(),
    attachedAssetIds: z.array(z.string()),
    persistentId: persistentIdentifierView.nullable(),
    pendingPersistentId: pendingPersistentIdView.optional(),
    version,
  })
  .meta({ id: 'Fixture' });

const pidinstIdentifier = (name: string) =>
  z.object({ [name]: z.string(), [`${name}Type`]: z.string() } as Record<string, z.ZodString>);

/** A PIDINST 1.0 record (the RDA schema's keys; optional keys are omitted when unknown, never null). */
export const pidinstRecordView = z
  .object({
    identifier: z.object({ identifier: z.string(), identifierType: z.enum(['URN', 'DOI', 'Handle']) }),
    schemaVersion: z.literal('1.0'),
    landingPage: z.string(),
    name: z.string(),
    owners: z.array(
      z.object({
        ownerName: z.string(),
        ownerContact: z.string().optional(),
        ownerIdentifier: pidinstIdentifier('ownerIdentifier').optional(),
      }),
    ),
    manufacturers: z.array(
      z.object({
        manufacturerName: z.string(),
        manufacturerIdentifier: pidinstIdentifier('manufacturerIdentifier').optional(),
      }),
    ),
    model: z
      .object({ modelName: z.string(), modelIdentifier: pidinstIdentifier('modelIdentifier').optional() })
      .optional(),
    description: z.string().optional(),
    instrumentTypes: z.array(z.object({ instrumentTypeName: z.string() })).optional(),
    measuredVariables: z.array(z.string()).optional(),
    dates: z.array(z.object({ date: z.string(), dateType: z.enum(['Commissioned', 'DeCommissioned']) })).optional(),
    relatedIdentifiers: z
      .array(
        z.object({
          relatedIdentifier: z.string(),
          relatedIdentifierType: z.enum(['DOI', 'Handle', 'URN', 'URL']),
          relationType: z.string(),
          relatedIdentifierName: z.string().optional(),
        }),
      )
      .optional(),
    alternateIdentifiers: z
      .array(
        z.object({
          alternateIdentifier: z.string(),
          alternateIdentifierType: z.enum(['SerialNumber', 'InventoryNumber', 'Other']),
          alternateIdentifierName: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'PidinstRecord' });
