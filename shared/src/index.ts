export * from './amsterdamTime';
export * from './recurrence';
export * from './slug';
export * from './validation';
export * from './snapshot';
