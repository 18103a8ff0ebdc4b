// The layers of src/ and what each may import: the one rule that test/boundaries.test.ts checks and
// build-web-if-stale.mjs reads (the web bundle's inputs are the web layer and what it may import).
// An entry is a layer (a folder of src/) or one file of a layer (the api layer holds a Store handle,
// the connection, but never a repository or a query).
export const LAYERS = {
  domain: ['domain'],
  schemas: ['schemas', 'domain'],
  'config.ts': ['schemas', 'domain'],
  ingest: ['ingest', 'domain', 'schemas'],
  store: ['store', 'domain', 'schemas', 'config.ts'],
  services: ['services', 'store', 'domain', 'schemas', 'ingest', 'config.ts'],
  api: ['api', 'services', 'schemas', 'domain', 'config.ts', 'store/core/db.ts'],
  demo: ['demo', 'services', 'store', 'domain', 'schemas', 'ingest'],
  cli: ['cli', 'api', 'services', 'store', 'domain', 'schemas', 'ingest', 'demo', 'config.ts'],
  web: ['web', 'domain', 'schemas'],
};

/** Files and folders whose change means the web bundle must be built again. */
export const WEB_INPUTS = [...LAYERS.web.map((layer) => `src/${layer}`), 'vite.config.ts', 'package-lock.json'];
