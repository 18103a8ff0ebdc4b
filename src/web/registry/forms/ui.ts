/**
 * Mantine's error red (red.6) is 3.3:1 on white; a form's errors and invalid inputs take red.9 instead
 * (≥ 4.5:1, WCAG 1.4.3). Declared once with the form scaffold.
 */
export { READABLE_ERRORS } from '../../core/forms/FormScaffold.js';
