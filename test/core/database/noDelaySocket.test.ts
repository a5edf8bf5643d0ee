import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { noDelaySocket } from '../../../src/core/database/noDelaySocket.js';

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];

/** A TCP server on 127.0.0.1 that greets each connection with `greeting`. */
async function listen(greeting: string): Promise<number> {
  const server = net.createServer((socket) => socket.end(greeting));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function firstWords(socket: net.Socket): Promise<string> {
  sockets.push(socket);
  let text = '';
  for await (const chunk of socket) text += String(chunk);
  return text;
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe('noDelaySocket', () => {
  it('connects to the host and port postgres.js parsed', async () => {
    const port = await listen('first');
    const socket = await noDelaySocket({ host: ['127.0.0.1'], port: [port] });
    expect(await firstWords(socket)).toBe('first');
  });

  it('tries the hosts in order and takes the first that answers', async () => {
    const refused = await closedPort();
    const port = await listen('second');
    const socket = await noDelaySocket({ host: ['127.0.0.1', '127.0.0.1'], port: [refused, port] });
    expect(await firstWords(socket)).toBe('second');
  });

  it('fails with the last refusal when no host answers', async () => {
    const refused = await closedPort();
    await expect(noDelaySocket({ host: ['127.0.0.1'], port: [refused] })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
