// The board renders <apply-form> in its dialog and <match-badge> on its cards. Bundlers import
// them with `flexschil` (every tag); the CDN bundle loads each when it first renders, and
// prefetches the form when a card's button is pointed at or focused (src/shared/lazy.ts).
import { define } from '../../shared/define.js';
import { AssignmentList } from './assignment-list.js';

define('assignment-list', AssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'assignment-list': AssignmentList;
  }
}
