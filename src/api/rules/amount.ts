/**
 * An amount in euro as it is sent (a decimal point): at most two decimals, as the application
 * form, the assignment draft and the profile draft all take it. A module of its own, so the
 * drafts' checker does not load the form's field table for it.
 */
export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
