import { MintRequest } from './doi-minter.port';

/** PIDINST relation types with a DataCite counterpart (the others are left out of the DataCite record). */
const RELATION_TYPES: Readonly<Record<string, string>> = {
  HasComponent: 'HasPart',
  IsComponentOf: 'IsPartOf',
  IsDescribedBy: 'IsDescribedBy',
  IsNewVersionOf: 'IsNewVersionOf',
  IsPreviousVersionOf: 'IsPreviousVersionOf',
  References: 'References',
  HasMetadata: 'HasMetadata',
  IsIdenticalTo: 'IsIdenticalTo',
};

function nameIdentifiers(identifier: string | undefined, scheme: string | undefined) {
  return identifier && scheme
    ? { nameIdentifiers: [{ nameIdentifier: identifier, nameIdentifierScheme: scheme }] }
    : {};
}

/**
 * The DataCite (metadata schema 4.x) attributes of a findable DOI for a PIDINST record, after the PIDINST →
 * DataCite mapping: Name → title, Manufacturer → creator, Owner → contributor HostingInstitution (the first
 * owner is also the publisher), landing page → url, instrument types → subjects and resourceType, model and
 * description → TechnicalInfo descriptions, dates → dates of type Other, alternate and related identifiers
 * (HasComponent → HasPart, IsComponentOf → IsPartOf). `event: "publish"` makes the DOI findable at once.
 * Required attributes that the record lacks (no owner, no manufacturer) are left out, so DataCite refuses the
 * DOI with its own 422 rather than custody inventing metadata.
 */
export function dataCiteAttributes(request: MintRequest, publicationYear: number): Record<string, unknown> {
  const record = request.record;
  const instrumentTypes = record.instrumentTypes ?? [];
  const descriptions = [
    ...(record.description ? [{ description: record.description, descriptionType: 'TechnicalInfo' }] : []),
    ...(record.model ? [{ description: `Model: ${record.model.modelName}`, descriptionType: 'TechnicalInfo' }] : []),
  ];
  const relatedIdentifiers = (record.relatedIdentifiers ?? []).flatMap((r) =>
    RELATION_TYPES[r.relationType]
      ? [
          {
            relatedIdentifier: r.relatedIdentifier,
            relatedIdentifierType: r.relatedIdentifierType,
            relationType: RELATION_TYPES[r.relationType],
          },
        ]
      : [],
  );
  return {
    doi: request.identifier,
    event: 'publish',
    url: request.landingPage,
    titles: [{ title: record.name }],
    creators: record.manufacturers.map((m) => ({
      name: m.manufacturerName,
      nameType: 'Organizational',
      ...nameIdentifiers(
        m.manufacturerIdentifier?.manufacturerIdentifier,
        m.manufacturerIdentifier?.manufacturerIdentifierType,
      ),
    })),
    ...(record.owners.length > 0 ? { publisher: record.owners[0].ownerName } : {}),
    publicationYear,
    types: {
      resourceTypeGeneral: 'Instrument',
      resourceType: instrumentTypes[0]?.instrumentTypeName ?? 'Instrument',
    },
    contributors: record.owners.map((o) => ({
      name: o.ownerName,
      nameType: 'Organizational',
      contributorType: 'HostingInstitution',
      ...nameIdentifiers(o.ownerIdentifier?.ownerIdentifier, o.ownerIdentifier?.ownerIdentifierType),
    })),
    ...(instrumentTypes.length > 0
      ? { subjects: instrumentTypes.map((t) => ({ subject: t.instrumentTypeName })) }
      : {}),
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(record.dates && record.dates.length > 0
      ? { dates: record.dates.map((d) => ({ date: d.date, dateType: 'Other', dateInformation: d.dateType })) }
      : {}),
    ...(record.alternateIdentifiers && record.alternateIdentifiers.length > 0
      ? {
          alternateIdentifiers: record.alternateIdentifiers.map((a) => ({
            alternateIdentifier: a.alternateIdentifier,
            alternateIdentifierType: a.alternateIdentifierType,
          })),
        }
      : {}),
    ...(relatedIdentifiers.length > 0 ? { relatedIdentifiers } : {}),
  };
}
