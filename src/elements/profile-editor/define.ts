// The editor renders a <profile-card> as its preview. Bundlers import it with `flexschil` (every
// tag) or with-parts.ts; the CDN bundle loads it when it first renders (src/shared/lazy.ts).
import { define } from '../../shared/define.js';
import { ProfileEditor } from './profile-editor.js';

define('profile-editor', ProfileEditor);

declare global {
  interface HTMLElementTagNameMap {
    'profile-editor': ProfileEditor;
  }
}
