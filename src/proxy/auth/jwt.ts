// Who may call /api: a JWT from the app, obtained through ZAF's `jwt` request option. HS256 only
// (none, RS256 and the rest are refused before any key is used), signed with ZAF_SHARED_SECRET, `exp`
// required and at most 10 minutes ahead. The clock is passed in.
import { errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

export const MAX_TOKEN_LIFETIME_S = 10 * 60;
export const CLOCK_SKEW_S = 30;

export type TokenCheck = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

// Tokens already verified with a key (per key object, so per server): the app re-sends the same token
// for its lifetime, and HMAC verification is most of a small request's cost. Expiry is still checked
// against the clock on every call. Bounded: cleared when full.
const verified = new WeakMap<Uint8Array, Map<string, JWTPayload>>();
const MAX_CACHED = 10_000;

export async function verifyZafToken(token: string, key: Uint8Array, nowMs: number): Promise<TokenCheck> {
  let cache = verified.get(key);
  const hit = cache?.get(token);
  if (hit) {
    if ((hit.exp as number) + CLOCK_SKEW_S >= nowMs / 1000) return { ok: true, claims: hit };
    cache?.delete(token);
    return { ok: false, reason: 'token expired' };
  }
  const check = await verifyUncached(token, key, nowMs);
  if (check.ok) {
    if (!cache) verified.set(key, (cache = new Map()));
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(token, check.claims);
  }
  return check;
}

async function verifyUncached(token: string, key: Uint8Array, nowMs: number): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_SKEW_S,
      currentDate: new Date(nowMs),
    });
    // A long-lived token is a leaked token waiting to happen.
    if ((payload.exp as number) > nowMs / 1000 + MAX_TOKEN_LIFETIME_S + CLOCK_SKEW_S) {
      return { ok: false, reason: 'token expires too far ahead (more than 10 minutes)' };
    }
    return { ok: true, claims: payload };
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { ok: false, reason: 'token expired' };
    if (e instanceof errors.JOSEAlgNotAllowed) return { ok: false, reason: 'token algorithm not allowed (HS256 only)' };
    if (e instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: `token claim ${e.claim} invalid` };
    if (e instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'token signature invalid' };
    return { ok: false, reason: 'token malformed' };
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}
