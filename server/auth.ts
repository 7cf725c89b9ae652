/**
 * Who is asking (the backend's `Identity` port). A bearer JWT, verified with jose against the
 * configured issuer's keys (a JWKS URL, a public key, or a shared secret), carries `sub` (the
 * person), `org` (their organisation: whose `internal` data they may see), `roles` (`poster`:
 * may post for the organisation and read its applications) and optionally `profile` (their own
 * profile). Membership of the regional network (`network` data) follows from the organisation
 * taking part in this marketplace, or an explicit `network: true` claim.
 *
 * In development a key pair is generated at start-up and `POST /dev/token` mints short-lived
 * tokens with it, so the intranet demo works without an identity provider.
 */
import {
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
  createRemoteJWKSet,
  generateKeyPair,
  importJWK,
  importSPKI,
  jwtVerify,
} from 'jose';
import { createHash } from 'node:crypto';
import { inNetwork } from '../backend/policy.js';
import type { Identity, TokenClaims, Viewer } from '../backend/ports.js';

export interface AuthOptions {
  /** URL of the identity provider's JSON Web Key Set (`JWT_JWKS_URL`). */
  jwksUrl?: string;
  /** A PEM (SPKI) public key or a JWK as JSON (`JWT_PUBLIC_KEY`). */
  publicKey?: string;
  /** Algorithm of `publicKey` when the key does not say (`JWT_ALG`, default RS256). */
  algorithm?: string;
  /** A shared HS256 secret (`JWT_SECRET`), for setups without a key pair. */
  secret?: string;
  /** Required `iss` and `aud`, when set (`JWT_ISSUER`, `JWT_AUDIENCE`). */
  issuer?: string;
  audience?: string;
}

export interface Authenticator extends Identity {
  /** Whether any key is configured; without one, every token is refused. */
  readonly configured: boolean;
}

const DEV_ISSUER = 'flexschil-dev';
type Key = CryptoKey | Uint8Array | JWTVerifyGetKey;

export async function createAuthenticator(
  options: AuthOptions,
  dev: boolean,
  isMember: (organisation: string) => Promise<boolean>,
): Promise<Authenticator> {
  const keys: { key: Key; issuer?: string; audience?: string }[] = [];
  const configured = { issuer: options.issuer, audience: options.audience };
  if (options.jwksUrl) keys.push({ key: createRemoteJWKSet(new URL(options.jwksUrl)), ...configured });
  if (options.publicKey) keys.push({ key: await importPublicKey(options.publicKey, options.algorithm ?? 'RS256'), ...configured });
  if (options.secret) keys.push({ key: new TextEncoder().encode(options.secret), ...configured });

  let mint: Identity['mint'];
  if (dev) {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    keys.push({ key: publicKey, issuer: DEV_ISSUER });
    mint = (claims: TokenClaims, ttlSeconds = 15 * 60) =>
      new SignJWT({
        ...(claims.org ? { org: claims.org } : {}),
        ...(claims.network !== undefined ? { network: claims.network } : {}),
        ...(claims.roles?.length ? { roles: claims.roles } : {}),
        ...(claims.profile ? { profile: claims.profile } : {}),
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(DEV_ISSUER)
        .setSubject(claims.sub ?? 'dev-user')
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey);
  }

  async function payloadOf(token: string): Promise<JWTPayload | null> {
    for (const { key, issuer, audience } of keys) {
      try {
        // The overloads differ for a key and a key-set function; both are fine here.
        const { payload } = await jwtVerify(token, key as Uint8Array, { issuer, audience, clockTolerance: 30 });
        return payload;
      } catch {
        // Try the next key; a token valid for none of them is refused below.
      }
    }
    return null;
  }

  return {
    configured: keys.length > 0,
    mint,
    async verify(token) {
      const payload = await payloadOf(token);
      if (!payload) return null;
      const organisation = typeof payload.org === 'string' && payload.org ? payload.org : null;
      const network = await inNetwork(payload.network, organisation, isMember);
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
      const profileId = typeof payload.profile === 'string' && payload.profile ? payload.profile : null;
      // A token without a subject names no person: it is a subject of its own (by its hash; the
      // token itself is not stored), so what one such token owns (a profile) no other one does.
      // One shared name let a token of another organisation read and change that profile.
      const sub = typeof payload.sub === 'string' && payload.sub ? payload.sub : `token:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
      return { sub, organisation, network, roles, profileId } satisfies Viewer;
    },
  };
}

async function importPublicKey(text: string, algorithm: string): Promise<CryptoKey | Uint8Array> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const jwk = JSON.parse(trimmed) as { alg?: string };
    return importJWK(jwk, jwk.alg ?? algorithm);
  }
  // Environment variables often carry a PEM with literal "\n".
  return importSPKI(trimmed.replace(/\\n/g, '\n'), algorithm);
}
