// The directory-service SDK: operations and types generated from directory-service/openapi/directory-service.json.
export * from './generated/directory/index.js';
export { client } from './generated/directory/client.gen.js';
