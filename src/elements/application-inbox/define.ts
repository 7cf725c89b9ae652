import { define } from '../../shared/define.js';
import { ApplicationInbox } from './application-inbox.js';

define('application-inbox', ApplicationInbox);

declare global {
  interface HTMLElementTagNameMap {
    'application-inbox': ApplicationInbox;
  }
}
