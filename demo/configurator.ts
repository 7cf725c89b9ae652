/**
 * The embed configurator: a municipality's web editor picks an element, its fixed pre-filters
 * (from the backend's live `/vocabularies`), the filters visitors get, page size, theme and
 * language, sees the widget live, and copies the snippet (embed-snippet.ts).
 */
// main.ts starts the mock backend (unless a real one answers) and loads Flexschil first.
import './main.js';
// The snippet names the release this demo is of: a CDN's versioned path whose files (themes,
// elements, autoloading) match what the configurator shows.
import { version } from '../package.json';
// The live preview's elements (main.ts loads them too; this keeps the preview independent of it).
import '../src/index.js';
import { sharedClient } from '../src/api/clients.js';
import type { Code, Vocabularies } from '../src/api/schemas.js';
import { safeUrl } from '../src/api/url.js';
import { type EmbedElement, type EmbedOptions, embedSnippet, filterChoices, preFilterNames } from './embed-snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippetBox = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const endpointInput = form.querySelector<HTMLInputElement>('#endpoint')!;
const baseInput = form.querySelector<HTMLInputElement>('#package-base')!;
const privacyInput = form.querySelector<HTMLInputElement>('#privacy-url')!;
const fallbackInput = form.querySelector<HTMLInputElement>('#fallback-url')!;
const params = new URLSearchParams(location.search);
endpointInput.value = params.get('endpoint') ?? `${location.origin}/api/v1`;
baseInput.value = params.get('package') ?? `https://cdn.jsdelivr.net/npm/flexschil@${version}/`;
privacyInput.value = params.get('privacy') ?? '';
fallbackInput.value = params.get('fallback') ?? '';

const labels: Record<string, string> = { field: 'Werkveld', region: 'Regio', type: 'Soort opdracht', kind: 'Soort professional', q: 'Zoeken', mode: 'Werkwijze', hours: 'Uren per week', available: 'Beschikbaar', organisation: 'Organisatie' };
let vocabularies: Vocabularies | null = null;
/** The organisations that hold swarm sessions (`GET /vocabularies` has none): from the sessions themselves. */
let organisations: Code[] = [];

const element = () => (new FormData(form).get('element') as EmbedElement) ?? 'assignment-list';
const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

function options(): EmbedOptions {
  const el = element();
  return {
    element: el,
    packageBase: baseInput.value,
    endpoint: endpointInput.value,
    privacyUrl: privacyInput.value,
    fallbackUrl: fallbackInput.value,
    preFilters: Object.fromEntries(preFilterNames[el].map((name) => [name, checked(`pre-${name}`)])),
    filters: checked('filter'),
    pageSize: Number(form.querySelector<HTMLInputElement>('#page-size')!.value),
    theme: form.querySelector<HTMLSelectElement>('#theme')!.value,
    lang: form.querySelector<HTMLSelectElement>('#lang')!.value === 'en' ? 'en' : 'nl',
  };
}

function checkbox(name: string, value: string, text: string, on = false): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  input.checked = on;
  label.append(input, ` ${text}`);
  return label;
}

function renderChoices(): void {
  const el = element();
  const filters = form.querySelector<HTMLElement>('#filters')!;
  filters.replaceChildren(...filterChoices[el].map((name) => checkbox('filter', name, labels[name] ?? name, name === 'q' || name === 'field' || name === 'region')));
  const fieldset = form.querySelector<HTMLFieldSetElement>('#pre-filters')!;
  for (const group of fieldset.querySelectorAll('.choices')) group.remove();
  if (!vocabularies) return;
  for (const name of preFilterNames[el]) {
    const group = document.createElement('fieldset');
    group.className = 'choices';
    const legend = document.createElement('legend');
    legend.textContent = labels[name] ?? name;
    const codes = name === 'organisation' ? organisations : (vocabularies[name as keyof Vocabularies] ?? []);
    group.append(legend, ...codes.map((code) => checkbox(`pre-${name}`, code.value, code.label)));
    fieldset.append(group);
  }
}

async function loadVocabularies(): Promise<void> {
  const status = form.querySelector<HTMLElement>('#pre-filters-status')!;
  try {
    const client = sharedClient(endpointInput.value, 'omit', null);
    vocabularies = await client.getVocabularies();
    const sessions = await client.listSessions({ pageSize: 100 }).catch(() => null);
    const byId = new Map((sessions?.items ?? []).map((s) => [s.organisation.id, s.organisation.name]));
    organisations = [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    status.textContent = 'Kies eventueel waarden: de widget toont dan alleen die.';
  } catch (error) {
    vocabularies = null;
    status.textContent = `De keuzes konden niet worden geladen van ${endpointInput.value} (${(error as Error).message}).`;
  }
  renderChoices();
  update();
}

/**
 * The snippet takes only a full http(s) address (embed-snippet.ts): the field says so when it
 * leaves one out (its error is `#<id>-error`, its hint `#<id>-hint`).
 */
function sayWhenLeftOut(input: HTMLInputElement): void {
  const refused = input.value.trim() !== '' && !safeUrl(input.value);
  // A hidden element named by aria-describedby is still read, so the error is named only when shown.
  form.querySelector<HTMLElement>(`#${input.id}-error`)!.hidden = !refused;
  input.setAttribute('aria-describedby', refused ? `${input.id}-hint ${input.id}-error` : `${input.id}-hint`);
  if (refused) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** The snippet, and the same markup live in the preview (the page has Flexschil loaded already). */
function update(): void {
  const current = options();
  sayWhenLeftOut(privacyInput);
  sayWhenLeftOut(fallbackInput);
  const snippet = embedSnippet(current);
  snippetBox.value = snippet;
  const markup = new DOMParser().parseFromString(snippet, 'text/html');
  const themeLink = markup.querySelector('link');
  const provider = markup.querySelector('marketplace-provider');
  preview.replaceChildren(...(themeLink ? [document.importNode(themeLink, true)] : []), ...(provider ? [document.importNode(provider, true)] : []));
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'element') renderChoices();
  if (target === endpointInput) void loadVocabularies();
  else update();
});
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector<HTMLElement>('#copy-status')!;
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    status.textContent = 'Gekopieerd.';
  } catch {
    snippetBox.select();
    status.textContent = 'Kopiëren lukte niet: de code is geselecteerd, kopieer met Ctrl+C (Cmd+C).';
  }
});

renderChoices();
update();
await loadVocabularies();
