/**
 * `flexschil/elements/assignment-list` for bundlers: the board with the elements it renders —
 * the application form in its dialog and the match badges on its cards. (The CDN bundle loads
 * those two only when they first render; see define.ts.)
 */
import '../apply-form/define.js';
import '../match-badge/define.js';
import './define.js';
