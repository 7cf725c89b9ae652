/**
 * What the board's test files share: mounting a board inside a provider with the mock backend,
 * reading what a person sees, and where focus is.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import type { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { API, waitFor } from './helpers.js';
import { gets } from './msw.js';

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

export async function ready(board: Board, state = 'ready') {
  await waitFor(() => board.matches(`:state(${state})`), { message: `state ${state}` });
  await board.updateComplete;
}

export async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}
