import { define } from '../../shared/define.js';
import { SessionEditor } from './session-editor.js';

define('session-editor', SessionEditor);

declare global {
  interface HTMLElementTagNameMap {
    'session-editor': SessionEditor;
  }
}
