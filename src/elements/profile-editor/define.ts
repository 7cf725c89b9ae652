import { define } from '../../shared/define.js';
import { ProfileEditor } from './profile-editor.js';

define('profile-editor', ProfileEditor);

declare global {
  interface HTMLElementTagNameMap {
    'profile-editor': ProfileEditor;
  }
}
