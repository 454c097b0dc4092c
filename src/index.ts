// The deployed script's entry: every export becomes a top-level Apps Script function.
export * from './server/api';
