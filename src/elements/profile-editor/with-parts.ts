/**
 * `flexschil/elements/profile-editor` for bundlers: the editor with the element it renders —
 * the `<profile-card>` of its live preview. (The CDN bundle loads the card when it first
 * renders; see define.ts.)
 */
import '../profile-card/define.js';
import './define.js';
