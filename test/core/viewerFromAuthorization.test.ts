import { afterEach, describe, expect, it, vi } from 'vitest';
import { developmentSecret, signViewerToken, viewerFromAuthorization } from '../../src/core/auth.js';

const otherSecret = 'another-secret-that-is-long-enough-to-sign';

afterEach(() => {
  vi.useRealTimers();
});

describe('viewerFromAuthorization', () => {
  it('answers the same token with the same viewer every time', async () => {
    const token = await signViewerToken({ role: 'staff', subject: 'ops' }, { secret: developmentSecret });

    const first = await viewerFromAuthorization(`Bearer ${token}`, developmentSecret);
    const second = await viewerFromAuthorization(`Bearer ${token}`, developmentSecret);

    expect(first).toEqual({ role: 'staff', staffId: 'ops' });
    expect(second).toEqual({ role: 'staff', staffId: 'ops' });
  });

  it('refuses a token it accepted before once the token has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T08:00:00Z'));
    const token = await signViewerToken({ role: 'staff', subject: 'night' }, { secret: developmentSecret, expiresIn: '1h' });
    await expect(viewerFromAuthorization(`Bearer ${token}`, developmentSecret)).resolves.toEqual({
      role: 'staff',
      staffId: 'night',
    });

    vi.setSystemTime(new Date('2026-06-01T09:00:01Z'));

    await expect(viewerFromAuthorization(`Bearer ${token}`, developmentSecret)).rejects.toMatchObject({
      message: 'The token has expired.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED', http: { status: 401 } },
    });
  });

  it('refuses a token it accepted before when asked with another secret', async () => {
    const token = await signViewerToken({ role: 'staff', subject: 'rotated' }, { secret: developmentSecret });
    await viewerFromAuthorization(`Bearer ${token}`, developmentSecret);

    await expect(viewerFromAuthorization(`Bearer ${token}`, otherSecret)).rejects.toMatchObject({
      message: 'The token is not valid.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID', http: { status: 401 } },
    });
  });
});
