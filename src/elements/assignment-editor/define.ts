import { define } from '../../shared/define.js';
import { AssignmentEditor } from './assignment-editor.js';

define('assignment-editor', AssignmentEditor);

declare global {
  interface HTMLElementTagNameMap {
    'assignment-editor': AssignmentEditor;
  }
}
