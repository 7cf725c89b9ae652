import { define } from '../../shared/define.js';
import { SessionList } from './session-list.js';

define('session-list', SessionList);

declare global {
  interface HTMLElementTagNameMap {
    'session-list': SessionList;
  }
}
