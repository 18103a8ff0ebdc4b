import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { connectionError, libpqUrl, openStore } from '../src/store/core/db.js';
import { TEMPLATE_DB, withAdmin } from './support/postgres.js';

describe('PostgreSQL URLs as libpq reads them', () => {
  it('takes a URL without a host to the first socket folder that exists, as psql does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-socket-'));
    try {
      expect(libpqUrl('postgres:///concord', ['/no/such/dir', dir])).toBe(`postgres:///concord?host=${dir}`);
      expect(libpqUrl('postgres://me@/concord?sslmode=disable', [dir])).toBe(
        `postgres://me@/concord?sslmode=disable&host=${dir}`,
      );
      // A host, or a host= parameter, is kept as it is.
      expect(libpqUrl('postgres://db.example.org/concord', [dir])).toBe('postgres://db.example.org/concord');
      expect(libpqUrl('postgres:///concord?host=/run/pg', [dir])).toBe('postgres:///concord?host=/run/pg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a password the server wants and the URL lacks, without showing a password', () => {
    const sasl = new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string');
    const message = connectionError(sasl, 'postgres://concord@127.0.0.1/concord').message;
    expect(message).toContain('Cannot connect to PostgreSQL at postgres://concord@127.0.0.1/concord');
    expect(message).toContain('the server asks for a password and the URL has none');
    expect(connectionError(sasl, 'postgres://concord:s3cret@db/concord').message).not.toContain('s3cret');
  });

  it.runIf(inject('postgres'))('connects with postgres:///db over the local socket', async () => {
    const name = `concord_url_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await withAdmin((c) => c.query(`create database ${name} template ${TEMPLATE_DB}`));
    const store = openStore(`postgres:///${name}`);
    try {
      const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(store.db);
      expect(rows[0]?.db).toBe(name);
    } finally {
      await store.close();
      await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
    }
  });

  it.runIf(inject('postgres'))('says in words why a connection failed', async () => {
    const missing = openStore('postgres:///concord_no_such_database_here');
    await expect(sql`select 1`.execute(missing.db)).rejects.toThrow(
      /Cannot connect to PostgreSQL at postgres:\/\/\/concord_no_such_database_here: .*does not exist \(the database does not exist/,
    );
    await missing.close();
    const refused = openStore('postgres://127.0.0.1:1/concord');
    await expect(sql`select 1`.execute(refused.db)).rejects.toThrow(/nothing listens there/);
    await refused.close();
  });
});
