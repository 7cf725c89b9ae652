/**
 * Who is asking. Internal data needs a bearer JWT, verified with jose against the configured
 * issuer's keys (a JWKS URL, a public key, or a shared secret). The token's `org` claim decides
 * which `internal` data one may see; membership of the regional network (`network` data)
 * follows from that organisation taking part in this marketplace, or an explicit
 * `network: true` claim.
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
import type { Viewer } from './data/conditions.js';

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

export interface Authenticator {
  /** The viewer a token stands for, or `null` when it is not valid (bad signature, expired, …). */
  verify(token: string): Promise<Viewer | null>;
  /** Development only: a token for an organisation (`null`: a signed-in user without one). */
  mint?(claims: { org: string | null; network?: boolean }, ttlSeconds?: number): Promise<string>;
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

  let mint: Authenticator['mint'];
  if (dev) {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    keys.push({ key: publicKey, issuer: DEV_ISSUER });
    mint = (claims, ttlSeconds = 15 * 60) =>
      new SignJWT({ ...(claims.org ? { org: claims.org } : {}), ...(claims.network !== undefined ? { network: claims.network } : {}) })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(DEV_ISSUER)
        .setSubject('dev-user')
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
      const network =
        typeof payload.network === 'boolean' ? payload.network : organisation !== null && (await isMember(organisation));
      return { organisation, network };
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

/** Whether a viewer may see one item of this visibility and organisation. */
export function canSee(viewer: Viewer | null, visibility: string, organisationId: string | null | undefined): boolean {
  if (visibility === 'public') return true;
  if (!viewer) return false;
  if (visibility === 'network') return viewer.network;
  return !!organisationId && viewer.organisation === organisationId;
}
