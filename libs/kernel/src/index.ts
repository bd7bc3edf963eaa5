export * from './decider';
export * from './decider-spec';
export * from './deep-equal';
export * from './domain-error';
export * from './ids';
export * from './pagination';
export * from './bytewise';
