/**
 * A small rich-text editor for fields whose value is the contract's HTML (an assignment's
 * `description`; a session's `question`): a native `contenteditable` with a toolbar for bold,
 * italic, bulleted and numbered lists and links, keyboard shortcuts, and a value that is always
 * the editor's own small schema of the contract's allowlist (src/api/rules/html.ts).
 *
 * Why not an editor library: the ones that work inside a shadow root (ProseMirror, Lexical) add
 * 30–70 kB gzipped for a field that needs five commands; this module is a few kB and is loaded
 * only when an editor is shown. The browser's own editing commands (`execCommand`: deprecated in
 * name, implemented everywhere and without a successor) do the hard part — bold over a partial
 * selection, lists over several paragraphs, undo.
 *
 * What goes in is never trusted: pasted and dropped HTML, a restored draft and the backend's
 * description are rebuilt by {@link cleanHtml} from their text and a handful of elements before
 * they enter the page; nothing of them is copied as markup, and only a checked `href` survives.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult, css } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { safeUrl } from '../api/url.js';
import type { Lang } from '../i18n/lang.js';
import { richText as messages } from '../i18n/rich-text.js';
import { htmlRefused, inertContent, trustedHtml } from './trusted-types.js';

/** What the editor keeps: a subset of the contract's allowlist, all of it reachable from the toolbar. */
const KEPT = new Set(['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'a']);
const INLINE = new Set(['b', 'strong', 'i', 'em', 'a']);
/** Dropped with everything inside them: not text a person wrote. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'head', 'title', 'meta',
  'link', 'base', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area', 'input',
  'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'dialog', 'slot',
]);
/** Blocks of other editors and CMSs: a paragraph of their own (or their blocks, when they hold some). */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'main', 'aside',
  'nav', 'figure', 'figcaption', 'address', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'center',
  'details', 'summary', 'fieldset', 'legend', 'li', 'hr',
]);
/** Deeper than this, what is inside counts as plain text (a hostile paste cannot recurse for long). */
const MAX_DEPTH = 32;
/** Characters of pasted or stored HTML looked at, at most (the contract's description is 20,000). */
const MAX_INPUT = 200_000;
const WHITESPACE = /[\t\n\r\f ]+/g;

type Built = Node[];

/**
 * The HTML as the editor's schema: paragraphs, lists, bold, italic, links (http, https, mailto)
 * and line breaks. Built anew from the text of `input`: `<div>`s and headings become paragraphs,
 * everything else gives up its text, and scripts, styles, media and forms disappear whole.
 * Empty paragraphs are dropped; nothing at all is `''`.
 */
export function cleanHtml(input: string): string {
  return cleanOf(parsed(input));
}

/** `input`, at most {@link MAX_INPUT} characters of it, parsed where nothing in it can run. */
const parsed = (input: string) => inertContent(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input);

/** {@link cleanHtml} of nodes already in a document (the editor's own): nothing to parse. */
function cleanOf(root: Node): string {
  const holder = document.createElement('div');
  holder.append(...asBlocks(children(root, 0, false)));
  return holder.textContent?.trim() ? holder.innerHTML : '';
}

/** {@link cleanHtml} as nodes, to insert. */
export function cleanFragment(input: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...asBlocks(children(parsed(input), 0, false)));
  return fragment;
}

/**
 * `insertHTML` of markup this editor built itself: the output of {@link cleanHtml}, or a link made
 * of nodes with a checked `href` (not cleaned again: that would wrap it in a paragraph). The
 * policy's one use on a live sink, so nothing else may come here. A page that enforces Trusted
 * Types without allowing our policy refuses it: the text goes in then, without its formatting.
 */
function insertMarkup(markup: string): void {
  if (htmlRefused()) document.execCommand('insertText', false, inertContent(markup).textContent ?? '');
  else document.execCommand('insertHTML', false, trustedHtml(markup));
}

function children(parent: Node, depth: number, inLink: boolean): Built {
  return [...parent.childNodes].flatMap((node) => build(node, depth + 1, inLink));
}

function build(node: Node, depth: number, inLink: boolean): Built {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.nodeValue ?? '').replace(WHITESPACE, ' ');
    return text ? [document.createTextNode(text)] : [];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const tag = element.localName;
  if (DROPPED.has(tag)) return [];
  if (depth > MAX_DEPTH) return [document.createTextNode((element.textContent ?? '').replace(WHITESPACE, ' '))];
  if (tag === 'br') return [document.createElement('br')];
  if (tag === 'ul' || tag === 'ol') return list(element, tag, depth, inLink);
  if (tag === 'td' || tag === 'th') return [...inline(children(element, depth, inLink)), document.createTextNode(' ')];
  if (tag === 'a') {
    const href = inLink ? null : safeUrl(element.getAttribute('href'), { mailto: true });
    const content = inline(children(element, depth, !!href || inLink));
    return href && content.length ? [make('a', content, href)] : content;
  }
  if (INLINE.has(tag)) {
    const content = inline(children(element, depth, inLink));
    return content.length ? [make(tag, content)] : [];
  }
  const content = children(element, depth, inLink);
  if (!BLOCKS.has(tag)) return content;
  // A block holding blocks (a CMS's <div> around paragraphs) gives way to them.
  return content.some(isBlock) ? asBlocks(content) : asBlocks([make('p', content)]);
}

function list(element: Element, tag: 'ul' | 'ol', depth: number, inLink: boolean): Built {
  const items: Node[] = [];
  let loose: Built = [];
  const flush = () => {
    const content = itemContent(loose);
    if (hasContent(content)) items.push(make('li', content));
    loose = [];
  };
  for (const child of element.childNodes) {
    if (child instanceof Element && child.localName === 'li') {
      flush();
      const content = itemContent(children(child, depth + 1, inLink));
      if (hasContent(content)) items.push(make('li', content));
    } else loose.push(...build(child, depth + 1, inLink));
  }
  flush();
  return items.length ? [make(tag, items)] : [];
}

/** A list item's content: inline text, with nested lists kept and paragraphs as lines. */
function itemContent(built: Built): Built {
  const result: Built = [];
  for (const node of built) {
    if (node instanceof Element && (node.localName === 'ul' || node.localName === 'ol')) result.push(node);
    else if (node instanceof Element && node.localName === 'p') {
      if (result.length) result.push(document.createElement('br'));
      result.push(...node.childNodes);
    } else result.push(node);
  }
  return trimmed(result);
}

/** Content for inside an inline element: blocks become their text, separated by line breaks. */
function inline(built: Built): Built {
  const result: Built = [];
  for (const node of built) {
    if (!isBlock(node)) {
      result.push(node);
      continue;
    }
    if (result.length) result.push(document.createElement('br'));
    result.push(document.createTextNode((node.textContent ?? '').replace(WHITESPACE, ' ')));
  }
  return result;
}

/** Content at the level of blocks: runs of inline content become paragraphs; empty ones go. */
function asBlocks(built: Built): Built {
  const result: Built = [];
  let run: Built = [];
  const flush = () => {
    const content = trimmed(run);
    if (hasContent(content)) result.push(make('p', content));
    run = [];
  };
  for (const node of built) {
    if (node instanceof Element && node.localName === 'p') {
      flush();
      run = [...node.childNodes];
      flush();
    } else if (isBlock(node)) {
      flush();
      result.push(node);
    } else run.push(node);
  }
  flush();
  return result;
}

/** Without line breaks at either end. */
function trimmed(nodes: Built): Built {
  let start = 0;
  let end = nodes.length;
  const isBreak = (n: Node | undefined) => n instanceof Element && n.localName === 'br';
  while (start < end && isBreak(nodes[start])) start++;
  while (end > start && isBreak(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

/** Text a person can read, or a list: an item or paragraph of only spaces and breaks is none. */
function hasContent(nodes: Built): boolean {
  return nodes.some((n) => isBlock(n) || (n.textContent ?? '').trim());
}

function isBlock(node: Node): boolean {
  return node instanceof Element && (node.localName === 'p' || node.localName === 'ul' || node.localName === 'ol');
}

function make(tag: string, content: Iterable<Node>, href?: string): Element {
  const element = document.createElement(tag);
  element.append(...content);
  if (href) element.setAttribute('href', href);
  return element;
}

/**
 * Keeps what the browser's own editing made within the schema while a person types — a `<div>`
 * from Enter, a `<span style>` from joining two paragraphs, a list inside a paragraph, text
 * outside any paragraph — by renaming, unwrapping and wrapping in place: the text nodes (and
 * the caret in them) stay the same nodes, so the caret is put back where it was.
 */
function tidy(editable: HTMLElement, selection: Selection | null): void {
  const saved = selection?.rangeCount ? ([selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset] as const) : null;
  let [anchorNode, anchorOffset, focusNode, focusOffset] = saved ?? [null, 0, null, 0];
  let changed = false;
  /** Replaces `element` by its children; a caret on the element itself moves to the same place in the parent. */
  const unwrap = (element: Element) => {
    const parent = element.parentNode!;
    const index = [...parent.childNodes].indexOf(element as ChildNode);
    if (anchorNode === element) [anchorNode, anchorOffset] = [parent, index + anchorOffset];
    if (focusNode === element) [focusNode, focusOffset] = [parent, index + focusOffset];
    element.replaceWith(...element.childNodes);
    changed = true;
  };
  const rename = (element: Element, tag: string) => {
    const renamed = document.createElement(tag);
    renamed.append(...element.childNodes);
    element.replaceWith(renamed);
    if (anchorNode === element) anchorNode = renamed;
    if (focusNode === element) focusNode = renamed;
    changed = true;
  };
  for (const element of [...editable.querySelectorAll('*')]) {
    if (!element.isConnected || !editable.contains(element)) continue;
    const tag = element.localName;
    if (DROPPED.has(tag)) {
      element.remove();
      changed = true;
    } else if (KEPT.has(tag) && (tag !== 'a' || safeUrl(element.getAttribute('href'), { mailto: true }))) {
      for (const name of element.getAttributeNames()) {
        if (tag === 'a' && name === 'href') continue;
        element.removeAttribute(name);
        changed = true;
      }
      // A paragraph holding a list or a paragraph (a list made inside one) gives way to them.
      if (tag === 'p' && element.querySelector(':scope > :is(ul, ol, p)')) unwrap(element);
    } else if (BLOCKS.has(tag) && tag !== 'li' && element.parentNode === editable) rename(element, 'p');
    else unwrap(element);
  }
  // Text and inline elements directly in the editor go into a paragraph.
  let run: ChildNode[] = [];
  const wrap = () => {
    if (run.length && run.some((n) => n.nodeType !== Node.TEXT_NODE || n.nodeValue?.trim() || n === anchorNode)) {
      const p = document.createElement('p');
      run[0].before(p);
      p.append(...run);
      changed = true;
    }
    run = [];
  };
  for (const node of [...editable.childNodes]) {
    if (node instanceof Element && (node.localName === 'p' || node.localName === 'ul' || node.localName === 'ol')) wrap();
    else run.push(node);
  }
  wrap();
  if (changed && selection && anchorNode?.isConnected && focusNode?.isConnected) {
    try {
      selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
    } catch {
      // an offset past the end after a merge: the browser's own caret stays
    }
  }
}

/**
 * The selection inside a shadow root: Chromium has `shadowRoot.getSelection()`, Firefox answers
 * with the nodes inside from `document.getSelection()`; Safari needs `getComposedRanges`.
 */
function selectionOf(node: Node): Selection | null {
  const root = node.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return document.getSelection();
}

function rangeIn(editable: HTMLElement): Range | null {
  const selection = selectionOf(editable);
  if (!selection?.rangeCount) return null;
  let range = selection.getRangeAt(0);
  const composed = (selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
  const root = editable.getRootNode();
  if (!editable.contains(range.startContainer) && composed && root instanceof ShadowRoot) {
    try {
      const [s] = composed.call(selection, { shadowRoots: [root] });
      if (s) {
        range = document.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
      }
    } catch {
      return null;
    }
  }
  return editable.contains(range.startContainer) && editable.contains(range.endContainer) ? range : null;
}

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';
type Tool = Command | 'link';
/** The inline styles a new paragraph can inherit from the one before. */
const CARRIED = ['bold', 'italic'] as const;

/** Whether `command` is on at the caret; false in an engine that cannot tell. */
function commandState(command: Command): boolean {
  try {
    return document.queryCommandState(command);
  } catch {
    return false;
  }
}

const TOOLS: Tool[] = ['bold', 'italic', 'insertUnorderedList', 'insertOrderedList', 'link'];
/** `event.code` rather than `key`: Shift+7 is "&" or "/" depending on the keyboard layout. */
const SHORTCUTS: Record<string, Tool> = { KeyB: 'bold', KeyI: 'italic', KeyK: 'link', 'Shift+Digit8': 'insertUnorderedList', 'Shift+Digit7': 'insertOrderedList' };
const KEYSHORTCUTS: Record<Tool, string> = {
  bold: 'Control+B',
  italic: 'Control+I',
  insertUnorderedList: 'Control+Shift+8',
  insertOrderedList: 'Control+Shift+7',
  link: 'Control+K',
};
/** Input types of formatting the schema has no room for: refused before the browser makes them. */
const REFUSED_INPUT = /^format(Underline|StrikeThrough|Superscript|Subscript|Justify|Indent|Outdent|FontColor|BackColor|FontName|Remove)|^insertHorizontalRule$/;

export interface RichTextView {
  /** Id of the editable: labels and error links point at it. */
  id: string;
  /** Id of the element that names the field (a label cannot name a `contenteditable`). */
  labelId: string;
  /** The field's name as a phrase ("de omschrijving"), for the toolbar's name. */
  fieldName: string;
  describedBy?: string;
  invalid: boolean;
  lang: Lang;
  /** The language of what is typed in it (chosen in the form, not the form's own): its spelling, its reading aloud (WCAG 3.1.2). */
  typedLang: string;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The editor's behaviour; its value is {@link cleanHtml} of what is typed, reported through
 * `onChange` after every change. The host renders it with {@link RichText.render} and sets it
 * from outside with {@link RichText.setValue} (a draft, a version chosen after a conflict).
 */
export class RichText implements ReactiveController {
  #editable: HTMLElement | null = null;
  #value = '';
  #pressed = new Set<Tool>();
  /** The tool that has the toolbar's one tab stop (WAI-ARIA toolbar pattern). */
  #current: Tool = 'bold';
  /** The inline styles that were off at the caret when Enter was pressed (see #dropCarriedStyles). */
  #offBeforeBreak: (typeof CARRIED)[number][] = [];
  #link: { range: Range | null; url: string; invalid: boolean; existing: HTMLAnchorElement | null } | null = null;
  #announcement = '';
  #separator: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly onChange: (html: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.#onSelectionChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.#onSelectionChange);
  }

  get value(): string {
    return this.#value;
  }

  /** Replaces the content (cleaned); the same value again changes nothing, so the caret stays. */
  setValue(html: string): void {
    const clean = cleanHtml(html);
    if (clean === this.#value && this.#editable) return;
    this.#value = clean;
    this.#fill(clean);
  }

  focus(): void {
    this.#editable?.focus();
  }

  render(view: RichTextView): TemplateResult {
    const t = messages[view.lang];
    const labels: Record<Tool, string> = {
      bold: t.bold,
      italic: t.italic,
      insertUnorderedList: t.bulletList,
      insertOrderedList: t.numberedList,
      link: t.link,
    };
    const shortcutsId = `${view.id}-shortcuts`;
    return html`<div class="rich-text">
      <div class="rt-toolbar" role="toolbar" aria-label=${t.toolbar(view.fieldName)} aria-controls=${view.id} @keydown=${this.#onToolbarKey}>
        ${TOOLS.map(
          (tool) => html`<button
            type="button"
            class="rt-tool rt-${tool}"
            data-tool=${tool}
            tabindex=${tool === this.#current ? '0' : '-1'}
            aria-pressed=${this.#pressed.has(tool) ? 'true' : 'false'}
            aria-keyshortcuts=${KEYSHORTCUTS[tool]}
            title=${`${labels[tool]} (${KEYSHORTCUTS[tool].replace('Control', 'Ctrl')})`}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.#use(tool)}
          >
            <span class="rt-icon" aria-hidden="true"></span><span class="rt-label">${labels[tool]}</span>
          </button>`,
        )}
      </div>
      ${this.#link ? this.#renderLinkForm(view) : nothing}
      <div
        id=${view.id}
        class="rt-editable"
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby=${view.labelId}
        aria-describedby=${[view.describedBy, shortcutsId].filter(Boolean).join(' ')}
        aria-invalid=${view.invalid ? 'true' : 'false'}
        spellcheck="true"
        lang=${view.typedLang}
        ${ref(this.#attach)}
        @input=${this.#onInput}
        @beforeinput=${this.#onBeforeInput}
        @keydown=${this.#onKey}
        @paste=${(e: ClipboardEvent) => this.#onPaste(e)}
        @drop=${(e: DragEvent) => this.#onDrop(e)}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      ></div>
      <p id=${shortcutsId} class="rt-shortcuts">${t.shortcuts}</p>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </div>`;
  }

  #renderLinkForm(view: RichTextView): TemplateResult {
    const t = messages[view.lang];
    const link = this.#link!;
    const id = `${view.id}-link`;
    return html`<div class="rt-link-form" @keydown=${(e: KeyboardEvent) => this.#onLinkKey(e, view.lang)}>
      <label for=${id}>${t.linkAddress}</label>
      <p id="${id}-hint" class="rt-hint">${t.linkHint}</p>
      ${link.invalid ? html`<p id="${id}-error" class="rt-error" role="alert">${t.linkInvalid}</p>` : nothing}
      <input
        id=${id}
        type="url"
        inputmode="url"
        autocomplete="url"
        spellcheck="false"
        aria-describedby=${link.invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid=${link.invalid ? 'true' : 'false'}
        .value=${live(link.url)}
        @input=${(e: Event) => {
          link.url = (e.target as HTMLInputElement).value;
        }}
      />
      <div class="rt-link-actions">
        <button type="button" class="button" @click=${() => this.#applyLink(view.lang)}>${t.linkApply}</button>
        ${link.existing ? html`<button type="button" class="button secondary" @click=${() => this.#removeLink(view.lang)}>${t.linkRemove}</button>` : nothing}
        <button type="button" class="button secondary" @click=${() => this.#closeLink()}>${t.linkCancel}</button>
      </div>
    </div>`;
  }

  #attach = (element: Element | undefined) => {
    if (!element || element === this.#editable) return;
    this.#editable = element as HTMLElement;
    this.#fill(this.#value);
  };

  /** The content for a value; an empty editor gets an empty paragraph, so typing starts in one. */
  #fill(value: string): void {
    const fragment = cleanFragment(value);
    if (!fragment.childNodes.length) fragment.append(make('p', [document.createElement('br')]));
    this.#editable?.replaceChildren(fragment);
  }

  #onInput = () => {
    const editable = this.#editable;
    if (!editable) return;
    this.#dropCarriedStyles(editable);
    tidy(editable, selectionOf(editable));
    this.#changed();
    this.#updatePressed();
  };

  #changed(): void {
    const value = this.#editable ? cleanOf(this.#editable) : '';
    if (value === this.#value) return;
    this.#value = value;
    this.onChange(value);
  }

  #onBeforeInput = (event: InputEvent) => {
    if (REFUSED_INPUT.test(event.inputType)) event.preventDefault();
    else if (event.inputType === 'insertParagraph') this.#offBeforeBreak = CARRIED.filter((style) => !commandState(style));
  };

  /**
   * Chromium wraps the new, empty paragraph of an Enter in the `<b>` (or `<i>`) the caret was in,
   * even when bold had been switched off there: the next line, or a list made of it, came out
   * bold. Such wrappers of a style that was off are taken away again.
   */
  #dropCarriedStyles(editable: HTMLElement): void {
    const off = this.#offBeforeBreak;
    this.#offBeforeBreak = [];
    const range = off.length ? rangeIn(editable) : null;
    let block = range?.startContainer ?? null;
    while (block && block.parentNode !== editable && !(block instanceof HTMLLIElement)) block = block.parentNode;
    if (!(block instanceof HTMLElement) || block.textContent !== '') return;
    const wrappers = block.querySelectorAll(off.map((style) => (style === 'bold' ? 'b, strong' : 'i, em')).join(', '));
    if (!wrappers.length) return;
    for (const wrapper of wrappers) wrapper.replaceWith(...wrapper.childNodes);
    selectionOf(editable)?.collapse(block, 0);
  }

  #onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const tool = SHORTCUTS[event.shiftKey ? `Shift+${event.code}` : event.code];
    if (!tool) {
      // Ctrl+U and the like would make formatting the schema has no room for.
      if (event.code === 'KeyU') event.preventDefault();
      return;
    }
    event.preventDefault();
    this.#use(tool);
  };

  #use(tool: Tool): void {
    const editable = this.#editable;
    if (!editable) return;
    this.#current = tool;
    if (tool === 'link') {
      this.#openLink();
      return;
    }
    editable.focus({ preventScroll: true });
    document.execCommand(tool, false);
    this.#onInput();
  }

  #openLink(): void {
    const editable = this.#editable!;
    const range = rangeIn(editable);
    const existing = range ? linkAround(range.startContainer, editable) : null;
    this.#link = { range: range?.cloneRange() ?? null, url: existing?.getAttribute('href') ?? 'https://', invalid: false, existing };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const input = this.host.renderRoot.querySelector<HTMLInputElement>('.rt-link-form input');
      input?.focus();
      input?.select();
    });
  }

  #onLinkKey(event: KeyboardEvent, lang: Lang): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#closeLink();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).localName === 'input') {
      // Not the form's submit: Enter here means "add this link".
      event.preventDefault();
      this.#applyLink(lang);
    }
  }

  #applyLink(lang: Lang): void {
    const link = this.#link;
    const editable = this.#editable;
    if (!link || !editable) return;
    const href = safeUrl(link.url, { mailto: true });
    if (!href) {
      link.invalid = true;
      this.host.requestUpdate();
      return;
    }
    this.#restore(link.range);
    if (link.existing) link.existing.setAttribute('href', href);
    else if (link.range && !link.range.collapsed) document.execCommand('createLink', false, href);
    else {
      // Nothing selected: the address itself becomes the link's text.
      const a = make('a', [document.createTextNode(link.url.trim())], href);
      insertMarkup(a.outerHTML);
    }
    this.#link = null;
    this.#announce(messages[lang].linkAdded);
    this.#onInput();
  }

  #removeLink(lang: Lang): void {
    const link = this.#link;
    if (!link?.existing) return;
    const range = document.createRange();
    range.selectNodeContents(link.existing);
    this.#restore(range);
    document.execCommand('unlink', false);
    this.#link = null;
    this.#announce(messages[lang].linkRemoved);
    this.#onInput();
  }

  #closeLink(): void {
    const range = this.#link?.range ?? null;
    this.#link = null;
    this.host.requestUpdate();
    this.#restore(range);
  }

  /** Focus back in the editor, with the selection it had. */
  #restore(range: Range | null): void {
    const editable = this.#editable;
    if (!editable) return;
    editable.focus({ preventScroll: true });
    if (!range || !editable.contains(range.startContainer)) return;
    const selection = selectionOf(editable);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  #onPaste(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    this.#insert(data);
  }

  #onDrop(event: DragEvent): void {
    const data = event.dataTransfer;
    if (!data || !this.#editable) return;
    event.preventDefault();
    const at = caretAt(event.clientX, event.clientY);
    if (at && this.#editable.contains(at.startContainer)) this.#restore(at);
    else this.#editable.focus();
    this.#insert(data);
  }

  /** Pasted or dropped content, cleaned; through `insertHTML`, so undo takes it back in one step. */
  #insert(data: DataTransfer): void {
    const markup = data.getData('text/html');
    if (markup) {
      const clean = cleanHtml(markup);
      if (clean) insertMarkup(clean);
    } else {
      const text = data.getData('text/plain');
      if (text) document.execCommand('insertText', false, text);
    }
    this.#onInput();
  }

  #onFocus = () => {
    // Enter makes a <p>, not a <div>, while this editor has focus: the setting is the document's,
    // so the page's own editors get theirs back on blur.
    try {
      this.#separator = document.queryCommandValue('defaultParagraphSeparator') || null;
      document.execCommand('defaultParagraphSeparator', false, 'p');
    } catch {
      this.#separator = null;
    }
  };

  #onBlur = () => {
    if (this.#separator) document.execCommand('defaultParagraphSeparator', false, this.#separator);
    this.#separator = null;
  };

  #onSelectionChange = () => this.#updatePressed();

  #updatePressed(): void {
    const editable = this.#editable;
    if (!editable) return;
    const range = rangeIn(editable);
    const pressed = new Set<Tool>();
    if (range) {
      for (const tool of ['bold', 'italic', 'insertUnorderedList', 'insertOrderedList'] as const) {
        if (commandState(tool)) pressed.add(tool);
      }
      if (linkAround(range.startContainer, editable)) pressed.add('link');
    } else if (document.activeElement !== this.host) {
      pressed.clear();
    } else return;
    if ([...pressed].join() !== [...this.#pressed].join()) {
      this.#pressed = pressed;
      this.host.requestUpdate();
    }
  }

  #onToolbarKey = (event: KeyboardEvent) => {
    const moves: Record<string, (i: number) => number> = {
      ArrowRight: (i) => (i + 1) % TOOLS.length,
      ArrowLeft: (i) => (i - 1 + TOOLS.length) % TOOLS.length,
      Home: () => 0,
      End: () => TOOLS.length - 1,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.#current = TOOLS[move(TOOLS.indexOf(this.#current))];
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`.rt-toolbar [data-tool="${this.#current}"]`)?.focus());
  };

  #announce(text: string): void {
    // The same text twice in a row must be announced twice: clear first.
    this.#announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.#announcement = text;
      this.host.requestUpdate();
    });
  }
}

function linkAround(node: Node, editable: HTMLElement): HTMLAnchorElement | null {
  for (let n: Node | null = node; n && n !== editable; n = n.parentNode) if (n instanceof HTMLAnchorElement) return n;
  return null;
}

function caretAt(x: number, y: number): Range | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) {
    const range = document.createRange();
    range.setStart(position.offsetNode, position.offset);
    return range;
  }
  return doc.caretRangeFromPoint?.(x, y) ?? null;
}

/** The editor's look; `--_*` variables come from the host's tokens. */
export const richTextStyles = css`
  .rich-text {
    display: grid;
    gap: calc(var(--_space) * 0.4);
  }
  .rt-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .rt-tool {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.35);
    min-width: 44px;
    min-height: 44px;
    padding: var(--_space-xs) calc(var(--_space) * 0.6);
    border: var(--_border-width-thin) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .rt-tool[aria-pressed='true'] {
    border: var(--_border-width) solid var(--_primary);
    background: var(--_surface);
    font-weight: var(--_weight-bold);
    /* Not colour alone (WCAG 1.4.1): pressed tools are also underlined. */
    text-decoration: underline;
    text-underline-offset: calc(var(--_underline-offset) * 4 / 3);
  }
  .rt-icon::before {
    display: inline-block;
    min-width: 1em;
    font-weight: var(--_weight-bold);
    text-align: center;
  }
  .rt-bold .rt-icon::before {
    content: 'B';
  }
  .rt-italic .rt-icon::before {
    content: 'I';
    font-style: italic;
    font-family: serif;
  }
  .rt-insertUnorderedList .rt-icon::before {
    content: '•';
  }
  .rt-insertOrderedList .rt-icon::before {
    content: '1.';
  }
  .rt-link .rt-icon {
    display: none;
  }
  .rt-editable {
    min-height: 10em;
    max-height: 30em;
    overflow-y: auto;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_input-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--_input-bg, var(--_bg));
    overflow-wrap: anywhere;
  }
  .rt-editable[aria-invalid='true'] {
    border-color: var(--_invalid, var(--_error));
  }
  .rt-editable :first-child {
    margin-block-start: 0;
  }
  .rt-editable p {
    margin: 0 0 var(--_space-m);
  }
  .rt-shortcuts,
  .rt-hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .rt-link-form {
    display: grid;
    gap: calc(var(--_space) * 0.3);
    padding: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_surface);
  }
  .rt-link-form label {
    font-weight: var(--_weight-semibold);
  }
  .rt-link-form input {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .rt-error {
    margin: 0;
    color: var(--_error);
    font-weight: var(--_weight-bold);
  }
  .rt-link-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media (forced-colors: active) {
    .rt-tool[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
