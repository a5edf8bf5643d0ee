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

  it('reads the ids of member and partner tokens in their canonical lower case', async () => {
    const member = await signViewerToken({ role: 'member', memberId: '9F5E696D-B612-4D65-928D-C7B9E9B4174F' }, { secret: developmentSecret });
    const partner = await signViewerToken({ role: 'partner', partnerId: '0B9E2C4D-5A61-4F0B-8E3D-2C1A0F9E8D7B' }, { secret: developmentSecret });

    await expect(viewerFromAuthorization(`Bearer ${member}`, developmentSecret)).resolves.toEqual({
      role: 'member',
      memberId: '9f5e696d-b612-4d65-928d-c7b9e9b4174f',
    });
    await expect(viewerFromAuthorization(`Bearer ${partner}`, developmentSecret)).resolves.toEqual({
      role: 'partner',
      partnerId: '0b9e2c4d-5a61-4f0b-8e3d-2c1a0f9e8d7b',
    });
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
