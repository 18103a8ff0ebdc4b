import { spawnSync } from 'node:child_process';

/**
 * TCP ports the operating system reports free on 127.0.0.1, for servers a test starts; the `count`
 * ports are held open together while they are chosen, so they differ. Tests used to draw a port at
 * random from a fixed range, which could land on a service of the machine (PostgreSQL's 5432 once
 * did) or on another test file's draw. They are asked for synchronously, in a child process, because
 * suites pick their ports while they are being declared.
 */
export function freePorts(count: number): number[] {
  const found = spawnSync(
    process.execPath,
    [
      '-e',
      `const net = require('node:net');
       const servers = Array.from({ length: ${count} }, () => net.createServer());
       Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, '127.0.0.1', ok)))).then(() => {
         process.stdout.write(servers.map((s) => s.address().port).join(' '));
         for (const s of servers) s.close();
       });`,
    ],
    { encoding: 'utf8' },
  );
  const ports = found.stdout.split(' ').map(Number);
  if (found.status !== 0 || ports.length !== count || !ports.every((p) => Number.isInteger(p) && p > 0))
    throw new Error(`no free port was found: ${found.stderr}`);
  return ports;
}

export function freePort(): number {
  return freePorts(1)[0] as number;
}
