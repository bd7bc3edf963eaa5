import { conflict } from '@custody/kernel';
import { Owner } from '../aggregates/asset/asset.events';
import { Manufacturer } from '../aggregates/model/model.events';
import { PersistentIdentifier } from '../aggregates/persistent-id/persistent-id';
import { AssetPidinstFacts, FixturePidinstFacts } from './pidinst-facts';
import { PidinstManufacturer, PidinstOwner, PidinstRecord, PidinstRelatedIdentifier } from './pidinst-record';

export interface PidinstOptions {
  /** CUSTODY_PUBLIC_URL without a trailing slash: landing pages are `<publicUrl>/v1/<kind>s/<id>/pidinst`. */
  readonly publicUrl: string;
  /**
   * The identifier to show instead of the assigned one: the identifier being minted, so that the record sent to
   * the registry already names itself.
   */
  readonly identifier?: PersistentIdentifier;
}

/**
 * An e-mail address as JSON Schema's `format: email` reads it (the schema's `ownerContact`; the expression
 * ajv-formats checks); a contact that is not one is left out of the record.
 */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** The scheme of an identifier given without one: ROR and ORCID by their resolvers, URL, else Other. */
export function inferIdentifierType(identifier: string): string {
  if (/^https?:\/\/ror\.org\//i.test(identifier)) return 'ROR';
  if (/^https?:\/\/orcid\.org\//i.test(identifier)) return 'ORCID';
  if (/^https?:\/\//i.test(identifier)) return 'URL';
  return 'Other';
}

export function landingPage(publicUrl: string, kind: 'asset' | 'fixture', id: string): string {
  return `${publicUrl}/v1/${kind}s/${id}/pidinst`;
}

function identifierOf(
  id: string,
  assigned: PersistentIdentifier | null,
  options: PidinstOptions,
): PidinstRecord['identifier'] {
  const identifier = options.identifier ?? assigned;
  return identifier
    ? { identifier: identifier.value, identifierType: identifier.scheme }
    : { identifier: `urn:uuid:${id}`, identifierType: 'URN' };
}

export function pidinstOwner(owner: Owner): PidinstOwner {
  return {
    ownerName: owner.name,
    ...(owner.contact && EMAIL.test(owner.contact) ? { ownerContact: owner.contact } : {}),
    ...(owner.identifier
      ? {
          ownerIdentifier: {
            ownerIdentifier: owner.identifier,
            ownerIdentifierType: owner.identifierType ?? inferIdentifierType(owner.identifier),
          },
        }
      : {}),
  };
}

export function pidinstManufacturer(manufacturer: Manufacturer): PidinstManufacturer {
  return {
    manufacturerName: manufacturer.name,
    ...(manufacturer.identifier
      ? {
          manufacturerIdentifier: {
            manufacturerIdentifier: manufacturer.identifier,
            manufacturerIdentifierType: manufacturer.identifierType ?? inferIdentifierType(manufacturer.identifier),
          },
        }
      : {}),
  };
}

/**
 * De-duplicates organisations: two entries are the same when they share an identifier, or (lacking one) a name
 * (case-insensitive). The first one seen wins; order is kept.
 */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ownerKey = (o: PidinstOwner) =>
  o.ownerIdentifier ? `id:${o.ownerIdentifier.ownerIdentifier.toLowerCase()}` : `name:${o.ownerName.toLowerCase()}`;
const manufacturerKey = (m: PidinstManufacturer) =>
  m.manufacturerIdentifier
    ? `id:${m.manufacturerIdentifier.manufacturerIdentifier.toLowerCase()}`
    : `name:${m.manufacturerName.toLowerCase()}`;

/** `YYYY-MM-DD` of an ISO 8601 UTC instant. */
const day = (instant: string) => instant.slice(0, 10);

/** An asset's PIDINST record (which may lack owners or manufacturers: see requireCompletePidinst). */
export function buildAssetPidinst(facts: AssetPidinstFacts, options: PidinstOptions): PidinstRecord {
  const { asset, model } = facts;
  const related: PidinstRelatedIdentifier[] = facts.fixturePersistentId
    ? [
        {
          relatedIdentifier: facts.fixturePersistentId.value,
          relatedIdentifierType: facts.fixturePersistentId.scheme,
          relationType: 'IsComponentOf',
        },
      ]
    : [];
  return {
    identifier: identifierOf(asset.assetId, asset.persistentId, options),
    schemaVersion: '1.0',
    landingPage: landingPage(options.publicUrl, 'asset', asset.assetId),
    name: asset.name,
    owners: asset.owner ? [pidinstOwner(asset.owner)] : [],
    manufacturers: model ? [pidinstManufacturer(model.manufacturer)] : [],
    ...(model ? { model: { modelName: model.name } } : {}),
    ...(facts.familyName ? { instrumentTypes: [{ instrumentTypeName: facts.familyName }] } : {}),
    dates: [
      { date: day(asset.commissionedAt), dateType: 'Commissioned' },
      ...(asset.decommissionedAt ? [{ date: day(asset.decommissionedAt), dateType: 'DeCommissioned' as const }] : []),
    ],
    ...(related.length > 0 ? { relatedIdentifiers: related } : {}),
    ...(asset.serialNumber
      ? { alternateIdentifiers: [{ alternateIdentifier: asset.serialNumber, alternateIdentifierType: 'SerialNumber' }] }
      : {}),
  };
}

/**
 * A fixture's PIDINST record: named after its assembly; owners and manufacturers are the de-duplicated unions
 * over its bound assets (and their models); each bound asset with an identifier is a HasComponent relation.
 */
export function buildFixturePidinst(facts: FixturePidinstFacts, options: PidinstOptions): PidinstRecord {
  const { fixture } = facts;
  const assets = facts.boundAssets.map((f) => f.asset);
  const owners = unique(
    assets.flatMap((a) => (a.owner ? [pidinstOwner(a.owner)] : [])),
    ownerKey,
  );
  const manufacturers = unique(
    facts.boundAssets.flatMap((f) => (f.model ? [pidinstManufacturer(f.model.manufacturer)] : [])),
    manufacturerKey,
  );
  const related: PidinstRelatedIdentifier[] = assets.flatMap((a) =>
    a.persistentId
      ? [
          {
            relatedIdentifier: a.persistentId.value,
            relatedIdentifierType: a.persistentId.scheme,
            relationType: 'HasComponent' as const,
            relatedIdentifierName: a.name,
          },
        ]
      : [],
  );
  return {
    identifier: identifierOf(fixture.fixtureId, fixture.persistentId, options),
    schemaVersion: '1.0',
    landingPage: landingPage(options.publicUrl, 'fixture', fixture.fixtureId),
    name: facts.assemblyName ?? `Fixture ${fixture.fixtureId}`,
    owners,
    manufacturers,
    dates: [{ date: day(fixture.registeredAt), dateType: 'Commissioned' }],
    ...(related.length > 0 ? { relatedIdentifiers: related } : {}),
  };
}

/** 409 PidinstIncomplete when the record lacks what the schema requires (at least one owner and manufacturer). */
export function requireCompletePidinst(record: PidinstRecord, what: string): PidinstRecord {
  const missing = [
    ...(record.owners.length === 0 ? ['an owner'] : []),
    ...(record.manufacturers.length === 0 ? ['a manufacturer (from a model)'] : []),
  ];
  if (missing.length > 0) {
    throw conflict(
      'PidinstIncomplete',
      `${what} has no PIDINST record yet: it lacks ${missing.join(' and ')}; PIDINST requires both.`,
    );
  }
  return record;
}
