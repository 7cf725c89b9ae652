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
import { createHash, createPublicKey } from 'node:crypto';
import { problem, ProblemError } from '../backend/http/problem.js';
import { inNetwork } from '../backend/policy.js';
import type { Identity, TokenClaims, Viewer } from '../backend/ports.js';
import { type Logger, silentLogger } from './http/log.js';

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
  log: Logger = silentLogger,
): Promise<Authenticator> {
  const keys: { key: Key; issuer?: string; audience?: string }[] = [];
  const configured = { issuer: options.issuer, audience: options.audience };
  if (options.jwksUrl) keys.push({ key: createRemoteJWKSet(new URL(options.jwksUrl)), ...configured });
  if (options.publicKey) keys.push({ key: await importPublicKey(options.publicKey, options.algorithm), ...configured });
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

  async function payloadOf(token: string, log: Logger): Promise<JWTPayload | null> {
    const refusals: string[] = [];
    let unavailable: unknown = null;
    for (const { key, issuer, audience } of keys) {
      try {
        // The overloads differ for a key and a key-set function; both are fine here.
        const { payload } = await jwtVerify(token, key as Uint8Array, { issuer, audience, clockTolerance: 30 });
        return payload;
      } catch (error) {
        // Try the next key; a token valid for none of them is refused below.
        if (typeof key === 'function' && keySetUnavailable(error)) unavailable = error;
        else refusals.push(refusalOf(error));
      }
    }
    if (unavailable) {
      // The identity provider's keys could not be fetched: not the visitor's token. A 401 would
      // tell every signed-in visitor to log in again, for an outage they cannot mend.
      log.warn('auth.keys-unavailable', { error: (unavailable as Error).name, message: (unavailable as Error).message });
      throw new ProblemError(
        problem(503, 'unavailable', 'Tijdelijk niet beschikbaar', 'Je inlog kan even niet worden gecontroleerd; probeer het zo opnieuw.', { headers: { 'Retry-After': '30' } }),
      );
    }
    // Why, for the operator (an expired token, or an issuer or audience set differently); never the token.
    log.info('auth.refused', { reasons: refusals.join(', ') });
    return null;
  }

  return {
    configured: keys.length > 0,
    mint,
    async verify(token, requestLog = log) {
      const payload = await payloadOf(token, requestLog);
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

/**
 * `JWT_PUBLIC_KEY`: a JWK (its `alg`, else `algorithm`) or a PEM (`algorithm`, else the one its
 * key type implies: RS256 for RSA, ES256/384/512 for an EC curve, EdDSA for Ed25519). A key that
 * cannot be read stops the start with a message naming the setting.
 */
async function importPublicKey(text: string, algorithm: string | undefined): Promise<CryptoKey | Uint8Array> {
  const trimmed = text.trim();
  let alg = algorithm;
  try {
    if (trimmed.startsWith('{')) {
      const jwk = JSON.parse(trimmed) as { alg?: string };
      alg = jwk.alg ?? algorithm ?? 'RS256';
      return await importJWK(jwk, alg);
    }
    // Environment variables often carry a PEM with literal "\n".
    const pem = trimmed.replace(/\\n/g, '\n');
    alg = algorithm ?? algorithmOf(pem);
    return await importSPKI(pem, alg);
  } catch (error) {
    throw new Error(
      `JWT_PUBLIC_KEY: not a public key this server can use${alg ? ` with ${alg}` : ''} (${(error as Error).message}). Give a PEM public key (-----BEGIN PUBLIC KEY-----) or a JWK, and JWT_ALG when the key is not the kind it names.`,
      { cause: error },
    );
  }
}

const CURVES: Record<string, string> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };

/** The algorithm a PEM's key type implies. */
function algorithmOf(pem: string): string {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType === 'ec') return CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? 'ES256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  return 'RS256';
}

/** The key set could not be fetched (unreachable, too slow, not a 200, not a key set), as jose reports it. */
function keySetUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JWKS_INVALID') return true;
  if (code === 'ERR_JOSE_GENERIC') return /JSON Web Key Set/.test((error as Error).message);
  // fetch's own failure: the provider could not be reached at all. Anything else (a key in the
  // set too weak for its algorithm, say) is a refusal of this token, not an outage.
  return error instanceof TypeError && /^fetch failed/.test(error.message);
}

/** A refusal in a few words for the log: jose's code, and the claim that failed. */
function refusalOf(error: unknown): string {
  const { code, claim } = error as { code?: unknown; claim?: unknown };
  return `${typeof code === 'string' ? code : (error as Error)?.name}${typeof claim === 'string' ? `(${claim})` : ''}`;
}
