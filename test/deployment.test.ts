import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './support/cli.js';

/**
 * No Docker engine or systemd runs here, so the deployment files are checked by what they say:
 * they parse, and what they name exists and agrees with the code (the entry point, the health
 * route, the variables the configuration reads).
 */
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

/** A systemd unit: [Section] headers and Key=Value lines, comments and blanks aside. */
function parseUnit(text: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  let section: Record<string, string[]> | undefined;
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header) {
      section = {};
      out[header[1] as string] = section;
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!pair || !section) throw new Error(`line ${n + 1} is neither a section nor Key=Value: ${line}`);
    const key = pair[1] as string;
    section[key] = [...(section[key] ?? []), pair[2] as string];
  }
  return out;
}

describe('deployment files', () => {
  it('compose: Concord on PostgreSQL, waiting for it to be healthy, with backups on a volume', () => {
    const compose = parse(read('compose.yaml'));
    expect(Object.keys(compose.services).sort()).toEqual(['concord', 'db']);
    const concord = compose.services.concord;
    expect(concord.build).toBe('.');
    expect(concord.depends_on.db.condition).toBe('service_healthy');
    expect(concord.environment.DATABASE_URL).toMatch(
      /^postgres:\/\/concord:\$\{POSTGRES_PASSWORD\}@db:5432\/concord$/,
    );
    expect(concord.environment.BACKUP_INTERVAL).toMatch(/^\d+[smhd]$/);
    expect(concord.volumes).toContain('backups:/var/lib/concord/backups');
    expect(compose.services.db.image).toMatch(/^postgres:15/);
    expect(Object.keys(compose.volumes).sort()).toEqual(['backups', 'db-data']);
  });

  it('systemd unit: runs the CLI as an unprivileged user, restarts on failure', () => {
    const unit = parseUnit(read('deploy/concord.service'));
    expect(Object.keys(unit)).toEqual(['Unit', 'Service', 'Install']);
    expect(unit.Service?.User).toEqual(['concord']);
    expect(unit.Service?.ExecStart).toEqual(['/usr/bin/node /opt/concord/bin/concord.js serve']);
    expect(unit.Service?.Restart).toEqual(['on-failure']);
    expect(unit.Service?.NoNewPrivileges).toEqual(['true']);
    expect(unit.Install?.WantedBy).toEqual(['multi-user.target']);
  });

  it('Dockerfile: multi-stage on Node 24 slim, non-root, health-checked on /readyz, copying what exists', () => {
    const docker = read('Dockerfile');
    const stages = docker.match(/^FROM .*/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.every((s) => s.startsWith('FROM node:24-slim'))).toBe(true);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^HEALTHCHECK .*\n.*\/readyz/m);
    expect(docker).toContain('npm ci --omit=dev');
    for (const [, from] of docker.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const path of (from as string).split(' ')) expect(existsSync(join(REPO, path)), path).toBe(true);
    }
    expect(docker).toContain('CMD ["node", "bin/concord.js", "serve"]');
  });
});
