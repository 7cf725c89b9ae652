/** Small things several server test files build alike: a logger that keeps its lines, an application. */
import type { ApplicationRecord } from '../../backend/ports.js';
import { jsonLogger } from '../http/log.js';

/** A logger that keeps its lines, parsed. */
export function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: jsonLogger((line) => lines.push(JSON.parse(line))) };
}

/** An application as the store keeps it: a Dutch one without CV to assignment a-2026-0101, unless `overrides` say otherwise. */
export function applicationRecord(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 'app-7kq4m2xd9p',
    assignmentId: 'a-2026-0101',
    status: 'received',
    receivedAt: '2026-12-02T15:15:00Z',
    name: 'Jane Doe',
    email: 'jane@example.nl',
    phone: null,
    kvkNumber: null,
    motivation: 'Motivation',
    availableFrom: null,
    hoursPerWeek: null,
    rate: null,
    profileId: null,
    cv: null,
    acceptConditions: true,
    managerConsent: false,
    lang: 'nl',
    language: 'nl',
    applicant: null,
    ...overrides,
  };
}
