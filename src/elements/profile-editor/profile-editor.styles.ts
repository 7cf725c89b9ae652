import { css } from 'lit';

/**
 * What `<profile-editor>` shows before its form is loaded. The form's own CSS
 * (profile-form.styles.ts) joins these when it arrives. Documented as `@cssprop` on the class.
 */
export const styles = css`
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton-form {
    height: 32em;
  }
`;
