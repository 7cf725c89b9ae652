// A React 19 + TypeScript app as a municipality writes it from the README: every tag, every
// attribute and every event, as plain tags (JSX types from `flexschil/jsx`) and as the
// components of `flexschil/react`. Type-checked against the packed tarball (scripts/test-package.mjs).
import 'flexschil';
import type {} from 'flexschil/jsx';
import type { AssignmentInput, ErrorDetail, FiltersChangeDetail, ProfileInput } from 'flexschil';
import { ApplyForm, AssignmentList, MarketplaceProvider, MatchBadge, ProfileCard, ProfileDirectory } from 'flexschil/react';
import { useRef } from 'react';

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
    </MarketplaceProvider>
  );
}
