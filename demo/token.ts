/**
 * A demo's stand-in for an intranet's single sign-on: a token getter for
 * `<marketplace-provider>.getToken`. Against the reference server (`npm start`) it mints
 * short-lived JWTs at its development endpoint and mints a new one before the old expires;
 * against the mock backend (`npm run start:mock`) the mock's test token does.
 */
export function demoTokenGetter(claims: { org: string; network?: boolean; sub?: string; roles?: string[] }, mockToken: string): () => Promise<string> {
  let current: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function mint(): Promise<string> {
    try {
      const response = await fetch('/api/v1/dev/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(claims),
      });
      if (response.ok) {
        const { token, expiresIn = 900 } = (await response.json()) as { token: string; expiresIn?: number };
        current = { token, renewAt: Date.now() + (expiresIn - 60) * 1000 };
        return token;
      }
    } catch {
      // no reference server here
    }
    current = { token: mockToken, renewAt: Number.POSITIVE_INFINITY };
    return mockToken;
  }

  return () => {
    if (current && Date.now() < current.renewAt) return Promise.resolve(current.token);
    pending ??= mint().finally(() => {
      pending = null;
    });
    return pending;
  };
}
