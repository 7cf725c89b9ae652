/**
 * The sign-ups of the session edited in `<session-editor>`: read page by page until all are in
 * (the seats taken, the waitlist and the people told when it is called off are counted from all
 * of them, not from what is shown), shown 50 at a time, and downloaded as CSV.
 */
import { Task } from '@lit/task';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore } from '../../api/core.js';
import { FlexschilError } from '../../api/errors.js';
import { downloadRegistrations, listRegistrations, saveFile } from '../../api/inbox.js';
import type { Registration, Session } from '../../api/schemas.js';
import type { Lang } from '../../i18n/lang.js';
import { sessionEditor as messages } from '../../i18n/session-editor.js';
import { emit } from '../../shared/events.js';
import { heading } from '../../shared/form-templates.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { signUpsTable } from './templates.js';

/** Sign-ups shown at first; "Toon meer" shows as many more. */
const SHOWN_AT_ONCE = 50;
/** Sign-ups asked for per request (the contract's most): all are read, so every count is exact. */
const REGISTRATIONS_PAGE = 100;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly uiLang: Lang };

/** Which session's sign-ups to read, asked at the moment they are needed. */
export interface SignUpsSource {
  /** The client, or null when no endpoint is known. */
  client(): ClientCore | null;
  /** The client, or a configuration error (`no-endpoint`). */
  requireClient(): ClientCore;
  /** The id of the session edited; null for a new one. */
  id(): string | null;
  /** Whether the visitor may post (and so see who signed up). */
  allowed(): boolean;
}

export class SignUps implements ReactiveController {
  readonly #all: Task<readonly [ClientCore | null, string | null, boolean], Registration[] | null>;
  #shown = SHOWN_AT_ONCE;
  /** What the last "Toon meer" or download did, said in a status region. */
  #note = '';
  #focusTable = false;

  constructor(
    private readonly host: Host,
    private readonly source: SignUpsSource,
  ) {
    host.addController(this);
    this.#all = new Task(host, {
      task: async ([client, id, allowed], { signal }) => {
        if (!allowed || !client || !id) return null;
        const items: Registration[] = [];
        for (let page = 1; ; page++) {
          const next = await listRegistrations(client, id, { page, pageSize: REGISTRATIONS_PAGE }, { signal, lang: this.host.uiLang });
          items.push(...next.items.filter((r) => !items.some((known) => known.id === r.id)));
          if (!next.items.length || items.length >= next.total) return items;
        }
      },
      args: () => [this.source.client(), this.source.id(), this.source.allowed()] as const,
    });
  }

  /** Reads them again: after a change that may have moved the waitlist up, or a refusal for the seats. */
  refresh(): void {
    void this.#all.run();
  }

  /** A form for another session: the first ones shown again. */
  reset(): void {
    this.#shown = SHOWN_AT_ONCE;
  }

  /** Who holds a seat or a waitlist place (whom calling it off tells); `taken` until they are in. */
  people(taken: number): number {
    const all = this.#all.value;
    return all ? all.filter((r) => r.status !== 'cancelled').length : taken;
  }

  render(session: Session, taken: number, lang: Lang, level: number): TemplateResult {
    const t = messages[lang];
    const all = this.#all.value;
    const waitlisted = all?.filter((r) => r.status === 'waitlisted').length ?? 0;
    const shown = all?.slice(0, this.#shown) ?? [];
    return html`<section class="registrations" part="registrations" aria-labelledby="registrations-title">
      ${heading(level, t.registrationsTitle, { id: 'registrations-title' })}
      <p>${t.registrationsCount(taken, session.capacity, waitlisted)}</p>
      ${this.#all.render({
        pending: () => renderSkeleton(1, lang, 'skeleton-card', { announce: false }),
        error: (error) => renderError(error, lang, () => this.#all.run()),
        complete: (items) => signUpsTable(lang, items, shown, SHOWN_AT_ONCE, this.#more, this.#download),
      })}
      <p class="visually-hidden" role="status">${this.#note}</p>
    </section>`;
  }

  hostUpdated(): void {
    if (!this.#focusTable) return;
    this.#focusTable = false;
    // The button is gone once all are shown: focus stays in the table.
    queueMicrotask(() => this.host.renderRoot.querySelector<HTMLElement>('.registrations .table-scroll')?.focus());
  }

  /** Shows the next sign-ups, and says so. */
  #more = () => {
    const total = this.#all.value?.length ?? 0;
    this.#shown = Math.min(total, this.#shown + SHOWN_AT_ONCE);
    this.#note = messages[this.host.uiLang].shownMore(this.#shown, total);
    this.#focusTable = this.#shown >= total;
    this.host.requestUpdate();
  };

  #download = async (event: Event) => {
    const id = this.source.id();
    if (!id) return;
    const t = messages[this.host.uiLang];
    const button = event.currentTarget as HTMLElement;
    this.#note = t.downloading;
    this.host.requestUpdate();
    try {
      const { blob, fileName } = await downloadRegistrations(this.source.requireClient(), id, { lang: this.host.uiLang });
      const name = fileName ?? `aanmeldingen-${id}.csv`;
      saveFile(blob, name, button.parentElement ?? this.host.renderRoot);
      this.#note = t.downloaded(name);
    } catch (error) {
      if (error instanceof FlexschilError) emit(this.host, 'flexschil-error', error.toDetail());
      this.#note = t.downloadFailed;
    }
    this.host.requestUpdate();
  };
}
