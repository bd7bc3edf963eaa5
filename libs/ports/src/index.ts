/**
 * Cross-context ports: interfaces one context provides and another consumes, bound to adapters by the apps.
 * DoiMinter (equipment, data editions) and DatasetDistributionLookup (operation) arrive with their issues.
 */
export {};
