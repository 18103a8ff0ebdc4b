import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, oidcSettings, setting } from '../src/config.js';

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** `process.env`, `process['env']`, or `env` taken from node:process — any way of reading the environment. */
const READS_ENV = /\bprocess\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\bfrom\s+['"](node:)?process['"]/;

describe('configuration is read once', () => {
  it('no file in src/ but config.ts reads the environment', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const readers = files.filter((f) => READS_ENV.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(readers).toEqual(['config.ts']);
  });

  it('recognises each way of reading it', () => {
    for (const line of [
      'const x = process.env.FOO;',
      "const x = process['env'].FOO;",
      "import { env } from 'node:process';",
      'const { PORT } = process.env;',
    ]) {
      expect(READS_ENV.test(line), line).toBe(true);
    }
    expect(READS_ENV.test('const processEnvironment = 1; // see config')).toBe(false);
  });

  it('gives the documented defaults', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: 'localhost',
      LOG_LEVEL: 'info',
      CONCORD_DEMO: 'off',
      CONCORD_CHROMIUM: '/usr/bin/chromium',
      CONCORD_DEBUG: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATABASE_READ_URL).toBeUndefined();
    expect(setting('CONCORD_CHROMIUM', { CONCORD_CHROMIUM: '/opt/chrome/chrome' })).toBe(
      '/opt/chrome/chrome',
    );
    expect(setting('CONCORD_DEBUG', { CONCORD_DEBUG: '1' })).toBe(true);
    expect(setting('CONCORD_DEBUG', { CONCORD_DEBUG: '0' })).toBe(false);
  });

  it('lets a command-line option take the place of its variable', () => {
    expect(loadConfig({ PORT: '4100' }, { PORT: '4000' }).PORT).toBe(4100);
    expect(loadConfig({ PORT: undefined }, { PORT: '4200' }).PORT).toBe(4200);
  });

  it('refuses a bad value naming the variable', () => {
    expect(() => loadConfig({}, { PORT: 'eighty' })).toThrow(/Invalid environment: PORT/);
    expect(() => loadConfig({}, { DATABASE_READ_URL: 'sqlite:///tmp/x.db' })).toThrow(
      /DATABASE_READ_URL: must be a postgres:\/\/ URL/,
    );
    expect(() => setting('DATABASE_READ_URL', { DATABASE_READ_URL: './replica.db' })).toThrow(
      /DATABASE_READ_URL/,
    );
    expect(() => loadConfig({}, { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('takes single sign-on whole or not at all', () => {
    expect(oidcSettings({})).toBeNull();
    expect(() => loadConfig({}, { OIDC_ISSUER: 'https://id.example.org' })).toThrow(
      /Invalid single sign-on settings: .*OIDC_CLIENT_ID/,
    );
    const full = {
      OIDC_ISSUER: 'https://id.example.org',
      OIDC_CLIENT_ID: 'concord',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_REDIRECT_URI: 'https://concord.example.org/api/auth/oidc/callback',
    };
    expect(oidcSettings(full)).toEqual({
      ...full,
      OIDC_ROLE_CLAIM: 'concord_role',
      OIDC_SCOPES: 'openid profile email',
    });
  });
});
