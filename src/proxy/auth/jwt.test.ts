import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import { bearerToken, secretKey, verifyZafToken } from './jwt';

const secret = 'a-shared-secret-of-32-characters!';
const key = secretKey(secret);
const now = Date.UTC(2026, 10, 26, 12, 0, 0);
const sec = Math.floor(now / 1000);

const hs256 = (exp: number | null, k: Uint8Array = key) => {
  const jwt = new SignJWT({ iss: 'zendesk' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(sec);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(k);
};

describe('verifyZafToken', () => {
  it('accepts an HS256 token with exp within 10 minutes', async () => {
    const r = await verifyZafToken(await hs256(sec + 300), key, now);
    expect(r).toMatchObject({ ok: true, claims: { iss: 'zendesk' } });
  });

  it('allows a small clock skew on expiry', async () => {
    expect((await verifyZafToken(await hs256(sec - 10), key, now)).ok).toBe(true);
    expect(await verifyZafToken(await hs256(sec - 120), key, now)).toEqual({ ok: false, reason: 'token expired' });
  });

  it('refuses a missing exp and one too far ahead', async () => {
    expect(await verifyZafToken(await hs256(null), key, now)).toEqual({ ok: false, reason: 'token claim exp invalid' });
    expect((await verifyZafToken(await hs256(sec + 3600), key, now)).ok).toBe(false);
  });

  it('refuses a wrong secret, alg none, and RS256', async () => {
    expect(await verifyZafToken(await hs256(sec + 60, secretKey('another-secret-of-32-characters!!')), key, now)).toEqual({ ok: false, reason: 'token signature invalid' });
    const none = new UnsecuredJWT({}).setExpirationTime(sec + 60).encode();
    expect((await verifyZafToken(none, key, now)).ok).toBe(false);
    const { privateKey } = await generateKeyPair('RS256');
    const rs = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).setExpirationTime(sec + 60).sign(privateKey);
    expect(await verifyZafToken(rs, key, now)).toEqual({ ok: false, reason: 'token algorithm not allowed (HS256 only)' });
  });

  it('still expires a token it verified before', async () => {
    const tok = await hs256(sec + 60);
    expect((await verifyZafToken(tok, key, now)).ok).toBe(true);
    expect((await verifyZafToken(tok, key, now + 1000)).ok).toBe(true);
    expect(await verifyZafToken(tok, key, now + 120_000)).toEqual({ ok: false, reason: 'token expired' });
    expect((await verifyZafToken(tok, secretKey('another-secret-of-32-characters!!'), now)).ok).toBe(false);
  });

  it('refuses garbage', async () => {
    expect(await verifyZafToken('not.a.token', key, now)).toEqual({ ok: false, reason: 'token malformed' });
  });
});

describe('bearerToken', () => {
  it('reads the token and nothing else', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
