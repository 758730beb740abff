// The agreements-service SDK: operations and types generated from agreements-service/openapi/agreements-service.json.
export * from './generated/agreements/index.js';
export { client } from './generated/agreements/client.gen.js';
