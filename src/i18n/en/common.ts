/** English for ../common.ts, loaded only where an element's language is English. */
import type { English } from '../messages.js';
import type { CommonStrings } from '../common.js';

export const common: English<CommonStrings> = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  pagination: 'Pagination',
  page: (n: number) => `Page ${n}`,
  pageOf: (n: number, total: number) => `page ${n} of ${total}`,
  clearFilters: (search: boolean, filters: boolean): string => (search && filters ? 'Clear search and filters' : search ? 'Clear search' : 'Clear filters'),
  search: 'Search',
  all: 'All',
  errorTitle: 'This cannot be shown right now',
  errorGeneric: 'Something went wrong while loading the data. Please try again.',
  errorNetwork: 'There is no connection. Check your internet connection and try again.',
  errorUnreachable: 'The server of this service is not answering right now. Your internet connection is working. Please try again later.',
  errorTimeout: 'The server takes too long to answer. Please try again.',
  errorUnauthorized: 'Please sign in to see this.',
  errorForbidden: "You don't have access to this information.",
  errorNotFound: 'This could not be found (any more).',
  errorBusy: 'It is busy right now. Please try again in a few seconds.',
  errorConfig: 'This widget is not set up yet: no endpoint was given.',
  errorSettings: 'This cannot be asked for like this: the settings of this widget or the link to this page are not right.',
  errorUnavailable: 'This service is not available on this website right now. It is not you or your internet connection.',
  publicRate: 'public rate',
  internal: 'Employees only',
  opensInNewWindow: '(opens in a new window)',
};
