/**
 * The regional network's "Zwermsessies" page. Besides Flexschil it has one demo-only part: an
 * outbox that shows the mails the in-browser mock backend "sends" (the reference server hands
 * them to SMTP instead), so a visitor can follow a confirmation mail's cancel link here.
 */
import './main.js';

// main.ts has started the mock backend (unless a real one answers) and loaded Flexschil; the
// element is imported here as well so this page does not depend on what src/index.ts defines.
await import('../src/elements/session-list/define.js');
// The board below shows each assignment's next session (`sessions`).
await import('../src/elements/assignment-list/define.js');

// Only the in-browser mock needs the outbox (main.ts hides the mock-only hints under the reference
// server, whose mails go to the local mail catcher).
const mock = !document.querySelector<HTMLElement>('[data-demo-mock-only]')?.hidden;
const { mockBackend } = mock ? await import('../mock/handlers.js') : { mockBackend: null };
const outbox = document.querySelector<HTMLElement>('.outbox');
const list = document.querySelector<HTMLElement>('#outbox-mails');

let shown = 0;

/** The mails sent so far, newest first, each with its links clickable. */
function showMails(): void {
  const mails = mockBackend?.mails ?? [];
  if (!outbox || !list || mails.length === shown) return;
  shown = mails.length;
  outbox.hidden = false;
  list.replaceChildren(
    ...[...mails].reverse().map((mail) => {
      const article = document.createElement('article');
      const subject = document.createElement('h3');
      subject.textContent = mail.subject;
      const to = document.createElement('p');
      to.textContent = `Aan: ${mail.to}`;
      const body = document.createElement('pre');
      for (const piece of mail.text.split(/(https?:\/\/\S+)/)) {
        if (!/^https?:\/\//.test(piece)) {
          body.append(piece);
          continue;
        }
        const link = document.createElement('a');
        link.href = piece;
        link.textContent = piece;
        body.append(link);
      }
      article.append(subject, to, body);
      return article;
    }),
  );
}

// The mock's data lives in this page: a real navigation to the cancel link would start it
// afresh. Following a link to this page swaps the address and the element instead, which then
// reads the link as it would after a navigation.
list?.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link || new URL(link.href).pathname !== location.pathname) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  const current = document.querySelector('session-list');
  const fresh = current?.cloneNode() as HTMLElement | undefined;
  if (current && fresh) current.replaceWith(fresh);
  window.scrollTo({ top: 0 });
});

// Mails go out on sign-ups and when someone on the waitlist moves up: look now and then.
if (mockBackend) setInterval(showMails, 1000);
