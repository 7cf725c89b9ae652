import { define } from '../../shared/define.js';
import { ProfileCard } from './profile-card.js';

define('profile-card', ProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'profile-card': ProfileCard;
  }
}
