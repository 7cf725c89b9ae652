/**
 * `npx flexschil-conformance <base-url> [--token <bearer>] [--write] [--json]`
 *
 * Checks a backend against the Flexschil contract and prints a report: each rule, pass, fail
 * or skip, and the request that showed a failure. Exits 1 when a rule fails (for CI), 2 on
 * wrong usage. Read-only unless --write is given.
 */
import { formatReport, runKit } from './kit.js';

const usage = `usage: flexschil-conformance <base-url> [--token <bearer token>] [--write] [--json]

  <base-url>   the API's base, e.g. https://api.example.nl/flexschil/v1
  --token      a bearer token of a signed-in user: also checks /me and internal data
               (or set FLEXSCHIL_TOKEN)
  --write      also sends applications (they are stored): use a test environment
  --json       the results as JSON instead of a report`;

export async function main(args: string[], out: (text: string) => void = (t) => process.stdout.write(`${t}\n`)): Promise<number> {
  let baseUrl: string | undefined;
  let token = process.env.FLEXSCHIL_TOKEN || undefined;
  let write = false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--token') token = args[++i];
    else if (arg === '--write') write = true;
    else if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      out(usage);
      return 0;
    } else if (!arg.startsWith('-') && !baseUrl) baseUrl = arg;
    else {
      out(`unknown argument: ${arg}\n\n${usage}`);
      return 2;
    }
  }
  if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
    out(usage);
    return 2;
  }
  const results = await runKit({ baseUrl, token, write });
  out(json ? JSON.stringify(results, null, 2) : formatReport(results, baseUrl));
  return results.some((r) => r.outcome === 'fail') ? 1 : 0;
}

// Run when executed (the bin), not when imported (tests).
const invoked = process.argv[1] ?? '';
if (/flexschil-conformance|conformance(\.mjs|[\\/]cli\.(ts|m?js))$/.test(invoked)) {
  process.exitCode = await main(process.argv.slice(2));
}
