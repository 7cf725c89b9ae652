import '../profile-card/define.js';
import { define } from '../../shared/define.js';
import { ProfileDirectory } from './profile-directory.js';

define('profile-directory', ProfileDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'profile-directory': ProfileDirectory;
  }
}
