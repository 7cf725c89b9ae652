/**
 * What a poster's editor (`<assignment-editor>`, `<session-editor>`) says when a save or a
 * call-off failed for another reason than the input, and whether trying again can help: one
 * table for both, in each editor's own words for the thing it saves.
 */
import type { FlexschilError } from '../api/errors.js';
import type { Lang } from '../i18n/lang.js';
import { sending } from '../i18n/sending.js';

/** An editor's words for its failures: they name what it saves ("deze opdracht", "deze zwermsessie"). */
export interface FailureWords {
  failedAuth: string;
  failedForbidden: string;
  failedNotFound: string;
  failedConfig: string;
  failedUnavailable: string;
  failedRejected: string;
  failedNoVersion: string;
}

export function writeFailure(error: FlexschilError, lang: Lang, t: FailureWords): { message: string; hopeless: boolean } {
  const message: Partial<Record<FlexschilError['kind'], string>> = {
    'no-endpoint': t.failedConfig,
    config: t.failedUnavailable,
    network: sending[lang].network,
    unreachable: sending[lang].network,
    timeout: sending[lang].timeout,
    'rate-limited': sending[lang].busy(error.retryAfter),
    unavailable: sending[lang].busy(error.retryAfter),
    unauthorized: t.failedAuth,
    forbidden: t.failedForbidden,
    'not-found': t.failedNotFound,
    'invalid-input': error.detail || t.failedRejected,
    rejected: error.detail || t.failedRejected,
    conflict: error.detail || t.failedRejected,
    // 428: the backend wants If-Match but gave no ETag to send (src/api/personal.ts `ifMatch`); trying again cannot help.
    'precondition-required': t.failedNoVersion,
    // No 'precondition-failed': both editors show the newer version after a 412 and never come here with one.
  };
  return {
    message: message[error.kind] ?? sending[lang].server,
    hopeless: error.kind === 'precondition-required' || error.kind === 'no-endpoint' || error.kind === 'config' || error.kind === 'forbidden' || error.kind === 'not-found',
  };
}
