export * as directory from './directory.js';
export * as agreements from './agreements.js';
export * as assessment from './assessment.js';
export { configureClient, type ClientOptions, type TokenSupplier, type ConfigurableClient } from './configure.js';
export { ProblemError, ProblemType, toProblemError, type Problem, type FieldError } from './problem.js';
export { etagOf, ifMatch, versioned, type Versioned } from './ifMatch.js';
