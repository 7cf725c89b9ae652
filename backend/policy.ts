/**
 * Who may see and do what: the one place that decides it. Stores only apply a {@link Scope};
 * routes ask these functions.
 */
import type { Visibility } from '../src/api/schemas.js';
import { forbidden, unauthorized } from './http/problem.js';
import type { Scope, Viewer } from './ports.js';

/** What the viewer may see beyond public data; lists apply it in the store (server/store/conditions.ts `inScope` in SQL). */
export function scopeOf(viewer: Viewer | null): Scope {
  return { network: !!viewer?.network, internalOf: viewer?.organisation ?? null, owner: viewer?.sub ?? null };
}

/**
 * Whether an item is in a scope, the one rule for lists and items alike: public data for
 * everyone; `network` data for members; `internal` data for the own organisation; and a profile
 * for its owner whatever its visibility (they chose it, and must be able to open it to change it).
 */
export function inScope(scope: Scope, item: { visibility: Visibility | string; organisationId?: string | null; owner?: string | null }): boolean {
  if (item.visibility === 'public') return true;
  if (scope.owner !== null && item.owner && item.owner === scope.owner) return true;
  if (item.visibility === 'network') return scope.network;
  return item.visibility === 'internal' && scope.internalOf !== null && item.organisationId === scope.internalOf;
}

export function canSee(viewer: Viewer | null, visibility: Visibility | string, organisationId: string | null | undefined): boolean {
  return inScope(scopeOf(viewer), { visibility, organisationId });
}

export function canSeeProfile(viewer: Viewer | null, profile: { visibility: Visibility | string; organisation?: { id: string } | null; owner?: string | null }): boolean {
  return inScope(scopeOf(viewer), { visibility: profile.visibility, organisationId: profile.organisation?.id, owner: profile.owner });
}

/**
 * Who may change a profile: its owner, or a coordinator of the regional network (contract: "or
 * the network's coordinators") — of a profile they may read at all: whoever may not read it
 * must not change it, nor be shown it in a 412.
 */
export function mayEditProfile(viewer: Viewer | null, profile: Parameters<typeof canSeeProfile>[1]): boolean {
  if (!viewer || !canSeeProfile(viewer, profile)) return false;
  const owns = !!profile.owner && profile.owner === viewer.sub;
  return owns || (viewer.roles.includes('coordinator') && viewer.network);
}

/**
 * Whether a token's holder belongs to the regional network: its `network` claim when it has one,
 * else whether its organisation is one the marketplace knows (a member). A made-up `org` claim
 * makes nobody a member. The server asks its database, the mock its seed.
 */
export async function inNetwork(claim: unknown, organisation: string | null, isMember: (organisation: string) => Promise<boolean>): Promise<boolean> {
  return typeof claim === 'boolean' ? claim : organisation !== null && (await isMember(organisation));
}

/** Asking for non-public lists needs an employee or a network member. */
export function mayListNonPublic(viewer: Viewer | null): boolean {
  return !!viewer && (viewer.organisation !== null || viewer.network);
}

/** 401 without (valid) credentials, 403 for a signed-in viewer without rights. */
export function denied(viewer: Viewer | null, detail?: string): Response {
  return viewer ? forbidden(detail) : unauthorized();
}

/** A poster of the organisation: may post its assignments and read their applications. */
export function isPosterOf(viewer: Viewer | null, organisationId: string | null | undefined): boolean {
  return !!viewer && !!organisationId && viewer.organisation === organisationId && viewer.roles.includes('poster');
}

/**
 * What `GET /me` says the viewer may do. `organisationKnown`: whether the viewer's organisation
 * is in this marketplace (the store's `organisation`); a poster of one that is not may post
 * nothing (`POST /assignments` answers 403), so `/me` must not say otherwise.
 */
export function abilities(viewer: Viewer, organisationKnown: boolean): { postAssignments: boolean; readApplications: boolean; editProfile: boolean } {
  const poster = viewer.organisation !== null && organisationKnown && viewer.roles.includes('poster');
  return { postAssignments: poster, readApplications: poster, editProfile: true };
}
