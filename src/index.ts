/**
 * Flexschil: importing this module defines every tag (safely: a second copy on the page is a
 * no-op) and exports the classes, the API client and schemas, and the pure `match()`.
 */
import './elements/marketplace-provider/define.js';
import './elements/assignment-list/define.js';
import './elements/apply-form/define.js';
import './elements/match-badge/define.js';
import './elements/profile-card/define.js';
import './elements/profile-directory/define.js';
import './elements/application-inbox/define.js';
import './elements/assignment-editor/define.js';
import './elements/profile-editor/define.js';
import './elements/session-list/define.js';
import './elements/session-editor/define.js';

export * from './api/index.js';
export { type MarketplaceConfig, marketplaceContext } from './context/marketplace.js';
export { ApplicationInbox } from './elements/application-inbox/application-inbox.js';
export { ApplyForm } from './elements/apply-form/apply-form.js';
export { AssignmentEditor } from './elements/assignment-editor/assignment-editor.js';
export { AssignmentList } from './elements/assignment-list/assignment-list.js';
export { MatchBadge } from './elements/match-badge/match-badge.js';
export { ProfileCard } from './elements/profile-card/profile-card.js';
export { ProfileDirectory } from './elements/profile-directory/profile-directory.js';
export { ProfileEditor } from './elements/profile-editor/profile-editor.js';
export { SessionList } from './elements/session-list/session-list.js';
export { SessionEditor } from './elements/session-editor/session-editor.js';
export { MarketplaceProvider } from './elements/marketplace-provider/marketplace-provider.js';
export * from './i18n/format.js';
export { type Lang, langOf } from './i18n/lang.js';
export * from './match/index.js';
export { define } from './shared/define.js';
export type {
  ApplicationStatusChangeDetail,
  ApplicationSubmittedDetail,
  AssignmentNewDetail,
  AssignmentSavedDetail,
  AssignmentSelectDetail,
  FiltersChangeDetail,
  FlexschilEvent,
  FlexschilEventMap,
  ProfileContactDetail,
  ProfileSavedDetail,
  ProfileSelectDetail,
  SessionRegisteredDetail,
  SessionNewDetail,
  SessionSavedDetail,
} from './shared/events.js';
