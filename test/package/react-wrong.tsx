// Mistakes the types must catch. Each expect-error comment names what the error on the
// next line must mention; scripts/test-package.mjs fails when that line type-checks.
import 'flexschil';
import type {} from 'flexschil/jsx';
import type { ProfileSelectDetail } from 'flexschil';
import { AssignmentList, MarketplaceProvider } from 'flexschil/react';

const wrongDetail = (event: CustomEvent<ProfileSelectDetail>) => console.log(event.detail.profile);
const wrongReceipt = (event: CustomEvent<{ receipt: string }>) => console.log(event.detail.receipt);

export function Wrong() {
  return (
    <marketplace-provider>
      {/* expect-error: AssignmentSelectDetail */}
      <assignment-list onassignment-select={wrongDetail} />
      {/* expect-error: ApplicationSubmittedDetail */}
      <apply-form onapplication-submitted={wrongReceipt} />
      {/* expect-error: "newest" */}
      <assignment-list sort="newest" />
      {/* expect-error: "everyone" */}
      <assignment-list visibility="everyone" />
      {/* expect-error: AssignmentSelectDetail */}
      <AssignmentList onAssignmentSelect={wrongDetail} />
      {/* expect-error: TokenGetter */}
      <MarketplaceProvider getToken="() => sso.token()" />
    </marketplace-provider>
  );
}
