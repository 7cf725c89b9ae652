/** The seed's sessions as a store keeps them: the sessions, and their registrations apart. */
import type { StoredRegistration, StoredSession } from '../backend/ports.js';
import type { DatedSessionSeed } from './seed.js';

/** `seeds` as `seedFor` dates them: each registration with when it came in. */
export function sessionsOf(seeds: DatedSessionSeed[]): { sessions: StoredSession[]; registrations: StoredRegistration[] } {
  const registrations: StoredRegistration[] = [];
  const sessions = seeds.map(({ registered, ...session }) => {
    registered.forEach((person, i) => {
      registrations.push({
        id: `reg-${session.id}-${i + 1}`,
        sessionId: session.id,
        status: i < session.capacity ? 'registered' : 'waitlisted',
        receivedAt: person.receivedAt,
        name: person.name,
        email: person.email,
        profileId: null,
        lang: 'nl',
        // Seeded people never cancel: no link was ever sent to them.
        tokenHash: '-',
      });
    });
    return { ...session, registered: 0 };
  });
  return { sessions, registrations };
}
