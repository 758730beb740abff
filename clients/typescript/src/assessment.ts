// The assessment-service SDK: operations and types generated from assessment-service/openapi/assessment-service.json.
export * from './generated/assessment/index.js';
export { client } from './generated/assessment/client.gen.js';
