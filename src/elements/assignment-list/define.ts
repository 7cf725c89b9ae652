// The board renders these two inside its cards and dialog: importing the board brings them.
import '../apply-form/define.js';
import '../match-badge/define.js';
import { define } from '../../shared/define.js';
import { AssignmentList } from './assignment-list.js';

define('assignment-list', AssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'assignment-list': AssignmentList;
  }
}
