/**
 * The contract's closed code lists as plain arrays, without zod: elements import these for
 * their filters and forms, and a page that only shows them loads no schema code.
 */
export const contractTypes = ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos'] as const;
export const workModes = ['onsite', 'hybrid', 'remote'] as const;
export const profileKinds = ['zpp', 'zzp', 'ondernemend-ambtenaar', 'manager', 'interim'] as const;
export const visibilities = ['public', 'network', 'internal'] as const;
export const statuses = ['open', 'closed'] as const;
export const criteria = ['skills', 'field', 'hours', 'start', 'region', 'rate'] as const;
export const applicationStatuses = ['received', 'in-behandeling', 'uitgenodigd', 'afgewezen', 'ingetrokken'] as const;
/**
 * The statuses an applicant is told of by mail when a poster sets one with `notify: true`
 * (`PATCH /applications/{id}`, an extension): the outcomes the acknowledgement promises to mail.
 */
export const notifiedStatuses = ['uitgenodigd', 'afgewezen'] as const;
export const sessionStatuses = ['open', 'full', 'closed', 'cancelled'] as const;
export const registrationStatuses = ['registered', 'waitlisted', 'cancelled'] as const;

/** A criterion of a match (`MatchReason.criterion`). */
export type Criterion = (typeof criteria)[number];
