import { define } from '../../shared/define.js';
import { AssignmentList } from './assignment-list.js';

define('assignment-list', AssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'assignment-list': AssignmentList;
  }
}
