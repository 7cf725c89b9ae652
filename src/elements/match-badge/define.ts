import { define } from '../../shared/define.js';
import { MatchBadge } from './match-badge.js';

define('match-badge', MatchBadge);

declare global {
  interface HTMLElementTagNameMap {
    'match-badge': MatchBadge;
  }
}
