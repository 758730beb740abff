import { defineConfig } from '@hey-api/openapi-ts';

// One generated SDK per service, each from its committed contract (the single source of truth).
const services = ['directory', 'agreements', 'assessment'] as const;

export default defineConfig(
  services.map((service) => ({
    input: `../../${service}-service/openapi/${service}-service.json`,
    output: { path: `src/generated/${service}`, importFileExtension: '.js' },
    plugins: [{ name: '@hey-api/client-fetch', throwOnError: true }, '@hey-api/typescript', { name: '@hey-api/sdk' }],
  })),
);
