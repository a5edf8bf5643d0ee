import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../src/core/database/databaseOpenError.js';
import { DatabaseUnreachableError, describeDatabase } from '../../../src/core/database/databaseUnreachableError.js';
import { openDatabase } from '../../../src/core/database/openDatabase.js';

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that takes connections and never says a word, like a hung PostgreSQL. */
async function silentPort(): Promise<number> {
  const server = net.createServer((socket) => sockets.push(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

describe('opening a PostgreSQL database that cannot be used', () => {
  it('says which server refused, without the password', async () => {
    const port = await closedPort();
    const opening = openDatabase({ url: `postgres://club:hunter2@127.0.0.1:${port}/paddock` });
    await expect(opening).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(opening).rejects.toThrow(
      `Cannot use the PostgreSQL database 127.0.0.1:${port}/paddock: connect ECONNREFUSED 127.0.0.1:${port}. Check DATABASE_URL and that the server is running and reachable.`,
    );
    await expect(opening).rejects.not.toThrow(/hunter2/);
  });

  it('gives up on a server that takes the connection but never answers', async () => {
    const port = await silentPort();
    const opening = openDatabase({ url: `postgres://club@127.0.0.1:${port}/paddock`, answerWithinSeconds: 1 });
    await expect(opening).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(opening).rejects.toThrow(`Cannot use the PostgreSQL database 127.0.0.1:${port}/paddock: it did not answer within 1 s.`);
  });
});

describe('describeDatabase', () => {
  it('names each host with its port, then the database', () => {
    expect(describeDatabase({ host: ['db.example.com'], port: [5432], database: 'paddock' })).toBe('db.example.com:5432/paddock');
    expect(describeDatabase({ host: ['a.example.com', 'b.example.com'], port: [5432, 6543], database: 'club' })).toBe(
      'a.example.com:5432,b.example.com:6543/club',
    );
  });
});
