/**
 * Cross-context ports: interfaces one context provides and another consumes, bound to adapters by the apps.
 * DatasetDistributionLookup (data provides it, operation consumes it) with its double and shared spec.
 */
export * from './doi-minter/doi-minter.port';
export * from './doi-minter/pidinst-record';
export * from './doi-minter/stub-doi-minter';
export * from './doi-minter/recording-doi-minter';
export * from './doi-minter/datacite-doi-minter';
export * from './doi-minter/datacite-metadata';
export * from './doi-minter/create-doi-minter';
export * from './doi-minter/metered-doi-minter';
export * from './dataset-distribution-lookup';
export * from './materialization-requester';
export * from './distribution-registrar';
