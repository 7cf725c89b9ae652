/**
 * `flexschil/react`: a React component for every Flexschil element, made with the Lit team's
 * `@lit/react`. The components set *properties* (so objects and `getToken` arrive, even before a
 * tag would otherwise be defined) and take typed `on…` props for our events. Importing this
 * module defines every tag.
 *
 * ```tsx
 * import { AssignmentList, MarketplaceProvider } from 'flexschil/react';
 * <MarketplaceProvider endpoint="https://api.example.nl/flexschil/v1" getToken={() => sso.token()}>
 *   <AssignmentList filters="q,field,region" onAssignmentSelect={(e) => console.log(e.detail.assignment.title)} />
 * </MarketplaceProvider>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../elements/marketplace-provider/define.js';
import '../elements/assignment-list/define.js';
import '../elements/apply-form/define.js';
import '../elements/match-badge/define.js';
import '../elements/profile-card/define.js';
import '../elements/profile-directory/define.js';
import '../elements/application-inbox/define.js';
import '../elements/session-list/define.js';
import '../elements/session-editor/define.js';
import { ApplicationInbox as ApplicationInboxElement } from '../elements/application-inbox/application-inbox.js';
import '../elements/assignment-editor/define.js';
import '../elements/profile-editor/define.js';
import { SessionList as SessionListElement } from '../elements/session-list/session-list.js';
import { SessionEditor as SessionEditorElement } from '../elements/session-editor/session-editor.js';
import { ApplyForm as ApplyFormElement } from '../elements/apply-form/apply-form.js';
import { AssignmentEditor as AssignmentEditorElement } from '../elements/assignment-editor/assignment-editor.js';
import { AssignmentList as AssignmentListElement } from '../elements/assignment-list/assignment-list.js';
import { MarketplaceProvider as MarketplaceProviderElement } from '../elements/marketplace-provider/marketplace-provider.js';
import { MatchBadge as MatchBadgeElement } from '../elements/match-badge/match-badge.js';
import { ProfileCard as ProfileCardElement } from '../elements/profile-card/profile-card.js';
import { ProfileDirectory as ProfileDirectoryElement } from '../elements/profile-directory/profile-directory.js';
import { ProfileEditor as ProfileEditorElement } from '../elements/profile-editor/profile-editor.js';
import type { FlexschilEvent, FlexschilEventMap } from '../shared/events.js';

/** An event name typed with its `detail`, from the one event map (src/shared/events.ts). */
const event = <K extends keyof FlexschilEventMap>(name: K) => name as EventName<FlexschilEvent<K>>;
const onError = { onFlexschilError: event('flexschil-error') };

export const MarketplaceProvider = createComponent({
  react: React,
  tagName: 'marketplace-provider',
  elementClass: MarketplaceProviderElement,
});

export const AssignmentList = createComponent({
  react: React,
  tagName: 'assignment-list',
  elementClass: AssignmentListElement,
  events: { onAssignmentSelect: event('assignment-select'), onFiltersChange: event('filters-change'), ...onError },
});

export const ApplyForm = createComponent({
  react: React,
  tagName: 'apply-form',
  elementClass: ApplyFormElement,
  events: { onApplicationSubmitted: event('application-submitted'), onApplicationError: event('application-error'), ...onError },
});

export const MatchBadge = createComponent({
  react: React,
  tagName: 'match-badge',
  elementClass: MatchBadgeElement,
  events: onError,
});

export const ProfileCard = createComponent({
  react: React,
  tagName: 'profile-card',
  elementClass: ProfileCardElement,
  events: { onProfileContact: event('profile-contact'), ...onError },
});

export const ProfileDirectory = createComponent({
  react: React,
  tagName: 'profile-directory',
  elementClass: ProfileDirectoryElement,
  events: { onProfileSelect: event('profile-select'), onFiltersChange: event('filters-change'), onProfileContact: event('profile-contact'), ...onError },
});

export const ApplicationInbox = createComponent({
  react: React,
  tagName: 'application-inbox',
  elementClass: ApplicationInboxElement,
  events: { onApplicationStatusChange: event('application-status-change'), ...onError },
});

export const AssignmentEditor = createComponent({
  react: React,
  tagName: 'assignment-editor',
  elementClass: AssignmentEditorElement,
  events: { onAssignmentSaved: event('assignment-saved'), onAssignmentNew: event('assignment-new'), ...onError },
});

export const ProfileEditor = createComponent({
  react: React,
  tagName: 'profile-editor',
  elementClass: ProfileEditorElement,
  events: { onProfileSaved: event('profile-saved'), ...onError },
});

export const SessionList = createComponent({
  react: React,
  tagName: 'session-list',
  elementClass: SessionListElement,
  events: { onSessionRegistered: event('session-registered'), onFiltersChange: event('filters-change'), ...onError },
});

export const SessionEditor = createComponent({
  react: React,
  tagName: 'session-editor',
  elementClass: SessionEditorElement,
  events: { onSessionSaved: event('session-saved'), onSessionNew: event('session-new'), ...onError },
});

export type { FlexschilEvent, FlexschilEventMap } from '../shared/events.js';
