/** English for ../sending.ts, loaded only where an element's language is English. */
import { type English, plural } from '../messages.js';
import type { SendingStrings } from '../sending.js';

export const sending: English<SendingStrings> = {
  network: 'There is no connection to the server.',
  timeout: 'The server did not answer in time.',
  busy: (seconds: number | null) =>
    seconds ? `It is busy right now. Please try again in ${seconds} ${plural(seconds, 'second', 'seconds')}.` : 'It is busy right now. Please try again shortly.',
  server: 'Something went wrong on the server.',
  arrived: 'It arrived with what you had entered then; what you changed after that was not sent.',
};
