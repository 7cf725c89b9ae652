import { define } from '../../shared/define.js';
import { ApplyForm } from './apply-form.js';

define('apply-form', ApplyForm);

declare global {
  interface HTMLElementTagNameMap {
    'apply-form': ApplyForm;
  }
}
