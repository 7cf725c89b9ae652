// A React 19 + TypeScript app as a municipality writes it from the README: every tag, every
// attribute and every event, as plain tags (JSX types from `flexschil/jsx`) and as the
// components of `flexschil/react`. Type-checked against the packed tarball (scripts/test-package.mjs).
import 'flexschil';
import type {} from 'flexschil/jsx';
import type { AssignmentInput, ErrorDetail, FiltersChangeDetail, ProfileInput } from 'flexschil';
import { ApplicationInbox, ApplyForm, AssignmentEditor, AssignmentList, MarketplaceProvider, MatchBadge, ProfileCard, ProfileDirectory, ProfileEditor, SessionEditor, SessionList } from 'flexschil/react';
import { useRef } from 'react';
// The CDN files' own types, for a page that loads them from a script tag and imports them.
import { load, loadAll } from 'flexschil/bundle';
import { createClient } from 'flexschil/bundle/api';

declare const sso: { token(): Promise<string> };
declare const assignment: AssignmentInput;
declare const profile: ProfileInput;

const logError = (event: CustomEvent<ErrorDetail>) => console.warn(event.detail.status, event.detail.title, event.detail.detail);
const logFilters = (event: CustomEvent<FiltersChangeDetail>) => console.log(Object.keys(event.detail.filters));

export function PlainTags() {
  const board = useRef<HTMLElementTagNameMap['assignment-list']>(null);
  return (
    <marketplace-provider endpoint="https://api.example.nl/flexschil/v1" credentials="include" privacy-url="/privacy" getToken={() => sso.token()}>
      <assignment-list
        ref={board}
        id="opdrachten"
        className="board"
        label="Opdrachten in Steenbergen"
        organisation="gem-steenbergen"
        field="informatievoorziening"
        region="west-brabant"
        type="inhuur"
        visibility="public"
        filters="q,field,region,type"
        page-size={10}
        sort="-publishedAt"
        sync-url
        url-prefix="werk"
        detail-url="/opdrachten/{id}"
        profile-id="p-0003"
        structured-data
        feed
        sessions
        heading-level={2}
        lang="nl"
        endpoint="https://api.example.nl/flexschil/v1"
        onassignment-select={(event) => {
          event.preventDefault();
          console.log(event.detail.assignment.title, board.current?.filters);
        }}
        onfilters-change={logFilters}
        onflexschil-error={logError}
      />
      <apply-form
        assignment-id="a-2026-0101"
        assignment={assignment}
        profile-id="p-0003"
        privacy-url="https://www.example.nl/privacy"
        heading-level={3}
        lang="en"
        endpoint="/api"
        onapplication-submitted={(event) => console.log(event.detail.application.id)}
        onapplication-error={logError}
        onflexschil-error={logError}
      />
      <match-badge
        score={82}
        assignment={assignment}
        profile={profile}
        assignment-id="a-2026-0101"
        profile-id="p-0003"
        variant="compact"
        lang="nl"
        endpoint="/api"
        onflexschil-error={logError}
      />
      <profile-card
        profile-id="p-0003"
        profile={profile}
        variant="full"
        heading-level={2}
        lang="nl"
        endpoint="/api"
        onprofile-contact={(event) => console.log(event.detail.profile.name)}
        onflexschil-error={logError}
      >
        <button type="button" slot="actions">Bekijk</button>
      </profile-card>
      <profile-directory
        label="Professionals in Utrecht"
        field="ict"
        region="utrecht"
        kind="zzp"
        filters="q,field,region,kind,available"
        page-size={12}
        sort="-updatedAt"
        sync-url
        url-prefix="mensen"
        detail-url="/professionals/{id}"
        heading-level={2}
        lang="en"
        endpoint="/api"
        onprofile-select={(event) => console.log(event.detail.profile.id)}
        onfilters-change={logFilters}
        onprofile-contact={(event) => console.log(event.detail.profile.name)}
        onflexschil-error={logError}
      />
      <application-inbox
        assignment-id="a-2026-0101"
        page-size={20}
        heading-level={2}
        lang="nl"
        endpoint="/api"
        onapplication-status-change={(event) => console.log(event.detail.application.status)}
        onflexschil-error={logError}
      />
      <assignment-editor
        assignment-id="a-2026-0101"
        heading-level={2}
        lang="nl"
        endpoint="/api"
        onassignment-saved={(event) => console.log(event.detail.assignment.status)}
        onassignment-new={(event) => console.log(event.detail.previous.id)}
        onflexschil-error={logError}
      />
      <profile-editor
        profile-id="pro-1"
        heading-level={2}
        lang="nl"
        endpoint="/api"
        onprofile-saved={(event) => console.log(event.detail.profile.name)}
        onflexschil-error={logError}
      />
      <session-editor
        session-id="s-2026-0001"
        assignment-id="a-2026-0101"
        heading-level={2}
        lang="nl"
        endpoint="/api"
        onsession-saved={(event) => console.log(event.detail.session.status)}
        onsession-new={(event) => console.log(event.detail.previous.id)}
        onflexschil-error={logError}
      />
      <session-list
        label="Zwermsessies"
        field="participatie"
        region="achterhoek"
        organisation="gem-oude-ijsselstreek,gem-winterswijk"
        filters="q,field,organisation"
        page-size={5}
        sync-url
        url-prefix="zwerm"
        heading-level={2}
        profile-id="p-0003"
        privacy-url="/privacy"
        lang="nl"
        endpoint="/api"
        onsession-registered={(event) => console.log(event.detail.registration.status)}
        onfilters-change={logFilters}
        onflexschil-error={logError}
      />
    </marketplace-provider>
  );
}

export function Components() {
  return (
    <MarketplaceProvider endpoint="https://api.example.nl/flexschil/v1" credentials="include" privacyUrl="/privacy" getToken={() => sso.token()}>
      <AssignmentList
        filters="q,field"
        pageSize={5}
        sort="title"
        syncUrl
        onAssignmentSelect={(event) => console.log(event.detail.assignment.title)}
        onFiltersChange={logFilters}
        onFlexschilError={logError}
      />
      <ApplyForm
        assignment={assignment}
        onApplicationSubmitted={(event) => console.log(event.detail.application.id)}
        onApplicationError={logError}
        onFlexschilError={logError}
      />
      <MatchBadge assignment={assignment} profile={profile} variant="full" onFlexschilError={logError} />
      <ProfileCard profile={profile} onProfileContact={(event) => console.log(event.detail.profile.name)} onFlexschilError={logError} />
      <ProfileDirectory
        pageSize={24}
        onProfileSelect={(event) => console.log(event.detail.profile.id)}
        onFiltersChange={logFilters}
        onProfileContact={(event) => console.log(event.detail.profile.name)}
        onFlexschilError={logError}
      />
      <ApplicationInbox pageSize={20} onApplicationStatusChange={(event) => console.log(event.detail.application.status)} onFlexschilError={logError} />
      <AssignmentEditor assignmentId="a-2026-0101" onAssignmentSaved={(event) => console.log(event.detail.assignment.id)} onAssignmentNew={(event) => console.log(event.detail.previous.id)} onFlexschilError={logError} />
      <ProfileEditor profileId="pro-1" onProfileSaved={(event) => console.log(event.detail.profile.name)} onFlexschilError={logError} />
      <SessionEditor sessionId="s-2026-0001" assignmentId="a-2026-0101" onSessionSaved={(event) => console.log(event.detail.session.title)} onSessionNew={(event) => console.log(event.detail.previous.id)} onFlexschilError={logError} />
      <SessionList
        organisation="gem-oude-ijsselstreek"
        profileId="p-0003"
        onSessionRegistered={(event) => console.log(event.detail.registration.status)}
        onFiltersChange={logFilters}
        onFlexschilError={logError}
      />
    </MarketplaceProvider>
  );
}

export async function fromTheCdn(): Promise<number> {
  await load('assignment-list');
  await loadAll();
  const page = await createClient({ endpoint: 'https://api.example.nl/flexschil/v1' }).listAssignments({ q: 'adviseur' });
  return page.total;
}
