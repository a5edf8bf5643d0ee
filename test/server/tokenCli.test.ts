import { execFile } from 'node:child_process';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { developmentSecret, viewerFromAuthorization } from '../../src/core/auth.js';

const memberId = '3f0e6a1c-1c9b-4c47-9a53-7f2f3d7c2b10';
const ownSecret = 'a-secret-of-our-own-that-is-long-enough';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project folder, without the caller's auth settings. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const unset = { NODE_ENV: undefined, PADDOCK_JWT_SECRET: undefined };
    const environment = { ...process.env, ...unset, ...env };
    execFile(command, args, { env: environment }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

function token(args: string[], env?: Record<string, string>): Promise<Run> {
  return run('node_modules/.bin/tsx', ['src/cli/token.ts', ...args], env);
}

/** The token alone on stdout: what TOKEN=$(npm run -s token ...) captures. */
const tokenLine = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

const usageLine = 'Usage: npm run -s token -- --role <member|staff|partner|analyst> [options]';

// Each run starts a process that compiles the CLI, so the runs overlap.
describe.concurrent('npm run token', () => {
  it('prints only a staff token, valid for 12 hours, that the API accepts', async () => {
    const result = await run('npm', ['run', '-s', 'token', '--', '--role', 'staff']);
    expect(result).toEqual({ status: 0, stdout: expect.stringMatching(tokenLine), stderr: '' });
    const signed = result.stdout.trim();
    await expect(viewerFromAuthorization(`Bearer ${signed}`, developmentSecret)).resolves.toEqual({
      role: 'staff',
      staffId: 'developer',
    });
    const claims = decodeJwt(signed);
    expect(claims.exp! - claims.iat!).toBe(12 * 3600);
  });

  it('signs a member token for the span asked', async () => {
    const args = ['--role', 'member', '--member-id', memberId, '--expires-in', '30m'];
    const result = await token(args);
    expect(result).toEqual({ status: 0, stdout: expect.stringMatching(tokenLine), stderr: '' });
    const signed = result.stdout.trim();
    await expect(viewerFromAuthorization(`Bearer ${signed}`, developmentSecret)).resolves.toEqual({
      role: 'member',
      memberId,
    });
    const claims = decodeJwt(signed);
    expect(claims.exp! - claims.iat!).toBe(30 * 60);
  });

  it('signs a member id given in upper case in its canonical lower case', async () => {
    const result = await run('npm', ['run', '-s', 'token', '--', '--role', 'member', '--member-id', '9F5E696D-B612-4D65-928D-C7B9E9B4174F']);
    expect(result).toEqual({ status: 0, stdout: expect.stringMatching(tokenLine), stderr: '' });
    expect(decodeJwt(result.stdout.trim())).toMatchObject({ role: 'member', memberId: '9f5e696d-b612-4d65-928d-c7b9e9b4174f' });
  });

  it('signs with PADDOCK_JWT_SECRET when it is set', async () => {
    const args = ['--role', 'analyst', '--subject', 'a7'];
    const result = await token(args, { PADDOCK_JWT_SECRET: ownSecret });
    const header = `Bearer ${result.stdout.trim()}`;
    await expect(viewerFromAuthorization(header, ownSecret)).resolves.toEqual({
      role: 'analyst',
      analystId: 'a7',
    });
    await expect(viewerFromAuthorization(header, developmentSecret)).rejects.toMatchObject({
      message: 'The token is not valid.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' },
    });
  });

  it('signs an expired token for a span in the past', async () => {
    const result = await token(['--role', 'staff', '--expires-in', '1h ago']);
    const header = `Bearer ${result.stdout.trim()}`;
    await expect(viewerFromAuthorization(header, developmentSecret)).rejects.toMatchObject({
      message: 'The token has expired.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
    });
  });

  it('refuses a missing role with the usage text and status 2', async () => {
    const result = await token(['--member-id', memberId]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^token: --role is required\.\n\n/);
    expect(result.stderr).toContain(usageLine);
  });

  it('refuses a span it cannot read with the usage text and status 2', async () => {
    const result = await token(['--role', 'staff', '--expires-in', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^token: --expires-in must be a span such as 30m, 12h or 7d, not "soon"\.\n\n/);
    expect(result.stderr).toContain(usageLine);
  });

  it('refuses a span longer than the 30 days the API accepts', async () => {
    const result = await token(['--role', 'staff', '--expires-in', '100y']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^token: --expires-in must be at most 30d, not "100y"\.\n\n/);
  });

  it('refuses to sign with the development secret in production', async () => {
    const result = await token(['--role', 'staff'], { NODE_ENV: 'production' });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: 'token: Refusing to start in production with the development JWT secret: set PADDOCK_JWT_SECRET.\n',
    });
  });
});
