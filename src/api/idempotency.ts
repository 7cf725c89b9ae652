/**
 * What a refusal for an `Idempotency-Key` means, written once for the forms, the editors and the
 * backend that sends it. A module of its own: the pages that only read never load it, and the
 * server takes the problem type from here without the client.
 */
import type { FlexschilError } from './errors.js';

/** The last segment of the problem `type` of a key already taken by another request (docs/contract.md). */
export const IDEMPOTENCY_CONFLICT = 'idempotency-conflict';

/**
 * A create refused for its `Idempotency-Key`: the same key with another body (CONTRACT.md), a 422
 * that names no field (invalid input is a 400 that does), or says so in its problem `type`.
 */
export function keyTaken(error: FlexschilError): boolean {
  return error.status === 422 && (!error.invalidParams.length || error.type.endsWith(`/${IDEMPOTENCY_CONFLICT}`));
}

/**
 * Whether a send refused for its key had arrived before: the key was sent before and its answer
 * never came, and a key is taken only by a stored result (CONTRACT.md: the same key and body
 * answer its 201), so that earlier send was stored and this one differs from it.
 */
export function arrivedBefore(error: FlexschilError, retried: boolean): boolean {
  return retried && keyTaken(error);
}
