import net from 'node:net';

/** What postgres.js passes its `socket` option: its parsed connection options. */
interface SocketTarget {
  host: readonly string[];
  port: readonly number[];
  path?: string | false;
  /** Seconds; postgres.js's own timer starts only once the socket is handed over. */
  connect_timeout?: number;
}

function connectOnce(address: { host: string; port: number } | { path: string }, timeoutSeconds: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = 'path' in address ? net.connect(address.path) : net.connect(address.port, address.host);
    socket.setNoDelay(true);
    const where = 'path' in address ? address.path : `${address.host}:${address.port}`;
    const timer = setTimeout(() => {
      socket.destroy(Object.assign(new Error(`write CONNECT_TIMEOUT ${where}`), { code: 'CONNECT_TIMEOUT' }));
    }, timeoutSeconds * 1000);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      resolve(socket);
    });
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    socket.once('error', fail);
  });
}

/**
 * A TCP connection to PostgreSQL with Nagle's algorithm off, for postgres.js's
 * `socket` option (postgres.js leaves Node's default, Nagle on).
 *
 * With Nagle on, a short message written while earlier bytes are still
 * unacknowledged waits for the server's delayed ACK, about 40 ms on Linux:
 * every COPY ends that way (a megabyte of rows, then the 5-byte CopyDone),
 * which made seeding 100,000 members spend 14 of its 17 seconds of COPY
 * waiting; pipelined queries on one connection meet the same wait. The
 * hosts are tried in order, as postgres.js does without this option.
 */
export async function noDelaySocket(target: SocketTarget): Promise<net.Socket> {
  const timeoutSeconds = target.connect_timeout ?? 30;
  if (target.path) return connectOnce({ path: target.path }, timeoutSeconds);
  let failure: unknown;
  for (let index = 0; index < target.host.length; index++) {
    try {
      return await connectOnce({ host: target.host[index]!, port: target.port[index] ?? target.port[0]! }, timeoutSeconds);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/**
 * The `socket` option as postgres.js takes it; its README documents the
 * option, its type declarations leave it out.
 */
export const withNoDelay = { socket: noDelaySocket } as Record<never, never>;
