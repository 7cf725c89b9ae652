import { defineMessages, plural } from './messages.js';

/**
 * Why a form's send failed when the cause is the connection or the server, not what was typed:
 * the same words in every form (the application form, the sign-up for a session, both editors).
 */
const sendingNl = {
  network: 'Er is geen verbinding met de server.',
  timeout: 'De server antwoordde niet op tijd.',
  busy: (seconds: number | null) =>
    seconds ? `Het is even te druk. Probeer het over ${seconds} ${plural(seconds, 'seconde', 'seconden')} opnieuw.` : 'Het is even te druk. Probeer het zo opnieuw.',
  server: 'Er ging iets mis bij de server.',
  // A retry refused for its key, after an answer that was lost: the first send was stored (arrivedBefore).
  arrived: 'Ze kwam aan met wat je toen had ingevuld; wat je daarna hebt veranderd, is niet verstuurd.',
};

/** sending's strings, as the Dutch table has them (the English in ./en/sending.ts has the same). */
export type SendingStrings = typeof sendingNl;

export const sending = defineMessages(sendingNl, () => import('./en/sending.js').then((m) => m.sending));
