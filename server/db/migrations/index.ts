/**
 * Every migration, in order. Names sort lexically (Kysely runs them by name), so they carry a
 * four-digit number. A released migration is never edited: add the next one instead.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial.js';
import * as oneContract from './0002_one_contract.js';
import * as inbox from './0003_inbox.js';
import * as posting from './0004_posting.js';
import * as sessions from './0005_sessions.js';
import * as performance from './0006_performance.js';
import * as boardIndex from './0007_board_index.js';
import * as textLanguage from './0008_text_language.js';
import * as gatheredMail from './0009_gathered_mail.js';

const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_one_contract': oneContract,
  '0003_inbox': inbox,
  '0004_posting': posting,
  '0005_sessions': sessions,
  '0006_performance': performance,
  '0007_board_index': boardIndex,
  '0008_text_language': textLanguage,
  '0009_gathered_mail': gatheredMail,
};

/** Migrations compiled into the program: no folder scanning, so bundling and tsx both work. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
