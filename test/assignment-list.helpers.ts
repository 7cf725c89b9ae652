/**
 * What the board's test files share: mounting a board inside a provider with the mock backend,
 * reading what a person sees, and where focus is.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import type { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { http, HttpResponse } from 'msw';
import { makeAssignment, makePage } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { gets, worker } from './msw.js';

export type Board = AssignmentList;

export async function mountBoard(attributes = '', { lang = 'nl', token }: { lang?: string; token?: string } = {}): Promise<Board> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      ${unsafeHTML(`<assignment-list ${attributes}></assignment-list>`)}
    </marketplace-provider>
  </div>`);
  return wrapper.querySelector<Board>('assignment-list')!;
}

export const shadow = (board: Board) => board.shadowRoot!;
export const cards = (board: Board) => [...shadow(board).querySelectorAll('[part="card"]')];
export const cardTitles = (board: Board) => cards(board).map((c) => c.querySelector('[part="card-title"]')!.textContent!.trim());
export const heading = (board: Board) => shadow(board).querySelector('[part="count"]')!.textContent!.trim();
export const status = (board: Board) => shadow(board).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
export const lastRequest = () => gets('/assignments').at(-1)!;

/**
 * Serves `count` public assignments that are open by the clock of the day the test runs, paged
 * as asked: the JSON-LD leaves out a posting whose closing date is past by the real date, and the
 * seed's dates are those of 2026-11-22, so a test of what it writes cannot read the seed.
 */
export function serveOpenAssignments(count: number): void {
  const open = Array.from({ length: count }, (_, i) =>
    makeAssignment({
      id: `a-open-${i}`,
      title: `Opdracht ${i}`,
      closingDate: '2099-01-01',
      types: i % 2 ? ['inhuur'] : ['detachering'],
      rate: i % 3 ? null : { min: 75, max: 95, currency: 'EUR', unit: 'hour', publicRate: true },
    }),
  );
  worker.use(
    http.get(`${API}/assignments`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page') ?? 1);
      const size = Number(query.get('pageSize') ?? 10);
      return HttpResponse.json(makePage(open.slice((page - 1) * size, page * size), { page, pageSize: size, total: open.length }));
    }),
  );
}

export async function ready(board: Board, state = 'ready') {
  await waitFor(() => board.matches(`:state(${state})`), { message: `state ${state}` });
  await board.updateComplete;
}

export async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}
