/**
 * Every event Flexschil fires, in one place: its name and its `detail`. All bubble and are
 * composed, so a host page can listen on the element or on any ancestor, across shadow roots.
 */
import type { ErrorDetail } from '../api/errors.js';
import type { Application, ApplicationReceipt, Assignment, Profile, RegistrationReceipt, Session } from '../api/schemas.js';

// Each detail has a name, so generated framework types (React, Vue) can import it from `flexschil`.
export interface AssignmentSelectDetail {
  assignment: Assignment;
}
export interface FiltersChangeDetail {
  filters: Record<string, string | string[] | number>;
}
export interface ProfileSelectDetail {
  profile: Profile;
}
export interface ProfileContactDetail {
  profile: Profile;
}
export interface ApplicationSubmittedDetail {
  application: ApplicationReceipt;
}
export interface ApplicationStatusChangeDetail {
  application: Application;
}
export interface AssignmentSavedDetail {
  assignment: Assignment;
}
export interface AssignmentNewDetail {
  /** The assignment the form showed before: the one just posted. */
  previous: Assignment;
}
export interface ProfileSavedDetail {
  profile: Profile;
}
export interface SessionRegisteredDetail {
  registration: RegistrationReceipt;
}
export interface SessionSavedDetail {
  session: Session;
}
export interface SessionNewDetail {
  /** The session the form showed before: the one just planned. */
  previous: Session;
}
export type { ErrorDetail };

export interface FlexschilEventMap {
  /** A data element could not load or send; it shows a message with a retry. */
  'flexschil-error': ErrorDetail;
  /** Cancelable: `preventDefault()` stops the default navigation or dialog. */
  'assignment-select': AssignmentSelectDetail;
  'filters-change': FiltersChangeDetail;
  /** Cancelable: `preventDefault()` stops the default navigation or dialog. */
  'profile-select': ProfileSelectDetail;
  /** Cancelable: `preventDefault()` stops the `mailto:`/`tel:` link. */
  'profile-contact': ProfileContactDetail;
  'application-submitted': ApplicationSubmittedDetail;
  'application-error': ErrorDetail;
  /** An application's status was saved; `application` is the backend's new version. */
  'application-status-change': ApplicationStatusChangeDetail;
  /** An assignment was created, changed or closed; `assignment` is the backend's new version. */
  'assignment-saved': AssignmentSavedDetail;
  /** The poster chose to post another assignment: the editor is empty again and creates a new one. */
  'assignment-new': AssignmentNewDetail;
  /** One's own profile was created or changed; `profile` is the backend's new version. */
  'profile-saved': ProfileSavedDetail;
  /** A sign-up for a swarm session was received: `registration.status` is `registered` or `waitlisted`. */
  'session-registered': SessionRegisteredDetail;
  /** A swarm session was created, changed or called off; `session` is the backend's new version. */
  'session-saved': SessionSavedDetail;
  /** The poster chose to plan another session: the editor is empty again and creates a new one. */
  'session-new': SessionNewDetail;
}

export type FlexschilEvent<K extends keyof FlexschilEventMap> = CustomEvent<FlexschilEventMap[K]>;

/** Dispatches a typed event; returns false when a listener called `preventDefault()`. */
export function emit<K extends keyof FlexschilEventMap>(
  target: EventTarget,
  name: K,
  detail: FlexschilEventMap[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * Dispatches a typed event once the host has rendered the state it announces (a success, a saved
 * form), so that a listener reading the element or moving focus finds the new state, not the old.
 */
export async function emitRendered<K extends keyof FlexschilEventMap>(
  host: EventTarget & { readonly updateComplete: Promise<boolean> },
  name: K,
  detail: FlexschilEventMap[K],
): Promise<void> {
  // An update that threw still happened to the data: the event is not lost with it.
  await host.updateComplete.catch(() => false);
  emit(host, name, detail);
}

declare global {
  interface HTMLElementEventMap {
    'flexschil-error': FlexschilEvent<'flexschil-error'>;
    'assignment-select': FlexschilEvent<'assignment-select'>;
    'filters-change': FlexschilEvent<'filters-change'>;
    'profile-select': FlexschilEvent<'profile-select'>;
    'profile-contact': FlexschilEvent<'profile-contact'>;
    'application-submitted': FlexschilEvent<'application-submitted'>;
    'application-error': FlexschilEvent<'application-error'>;
    'application-status-change': FlexschilEvent<'application-status-change'>;
    'assignment-saved': FlexschilEvent<'assignment-saved'>;
    'assignment-new': FlexschilEvent<'assignment-new'>;
    'profile-saved': FlexschilEvent<'profile-saved'>;
    'session-registered': FlexschilEvent<'session-registered'>;
    'session-saved': FlexschilEvent<'session-saved'>;
    'session-new': FlexschilEvent<'session-new'>;
  }
}
