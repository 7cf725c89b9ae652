/**
 * The intranet's single sign-on, as far as Flexschil sees it: a function that gives the
 * current user's token. Against the reference server the demo asks its development endpoint
 * for a short-lived JWT; against the mock backend a test token does.
 */
export {};

async function demoToken(): Promise<string> {
  try {
    const response = await fetch('/api/v1/dev/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ org: 'gem-steenbergen' }),
    });
    if (response.ok) return ((await response.json()) as { token: string }).token;
  } catch {
    // no reference server: the mock's test token below
  }
  return 'token-steenbergen';
}

// Set before Flexschil is defined (a CMS page often runs its own scripts first): the provider
// takes it over when it upgrades, so the first request already carries the token.
const provider = document.querySelector('marketplace-provider');
if (provider) {
  const token = demoToken();
  provider.getToken = () => token;
}
