/**
 * schema.org `JobPosting` for search engines (https://schema.org/JobPosting,
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting).
 * Internal and closed assignments are never published.
 */
import type { Assignment, ContractType } from '../api/schemas.js';

const employmentTypes: Record<ContractType, 'CONTRACTOR' | 'TEMPORARY'> = {
  inhuur: 'CONTRACTOR',
  interim: 'CONTRACTOR',
  detachering: 'TEMPORARY',
  intern: 'TEMPORARY',
  belangeloos: 'TEMPORARY',
};

/** The words of an HTML fragment: `textContent` alone would include the code in `<script>` and `<style>`. */
function plainText(html: string): string {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of body.querySelectorAll('script, style, template')) hidden.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function jobPosting(assignment: Assignment, detailUrl?: string | null): Record<string, unknown> {
  const { organisation, location, rate } = assignment;
  return {
    '@type': 'JobPosting',
    title: assignment.title,
    description: plainText(assignment.description) || assignment.summary || assignment.title,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: assignment.id },
    datePosted: assignment.publishedAt.slice(0, 10),
    validThrough: `${assignment.closingDate}T23:59:59`,
    employmentType: [...new Set(assignment.types.map((t) => employmentTypes[t]))],
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.logoUrl ? { logo: organisation.logoUrl } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: location.place,
        addressRegion: location.region.label,
        addressCountry: 'NL',
      },
    },
    ...(location.mode === 'remote' ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'NL' } } : {}),
    ...(rate && (rate.min !== null || rate.max !== null)
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: rate.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(rate.min !== null ? { minValue: rate.min } : {}),
              ...(rate.max !== null ? { maxValue: rate.max } : {}),
              unitText: rate.unit.toUpperCase(),
            },
          },
        }
      : {}),
    ...((detailUrl ?? assignment.url) ? { url: detailUrl ?? assignment.url } : {}),
  };
}

/** The JSON-LD document for the visible assignments, safe to put inside a `<script>` element. */
export function jobPostingsJson(assignments: Assignment[], detailUrl?: (a: Assignment) => string | null): string {
  const graph = assignments
    .filter((a) => a.visibility === 'public' && a.status === 'open')
    .map((a) => jobPosting(a, detailUrl?.(a)));
  // `<` escaped so no backend string can close the script element (`</script>`).
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
