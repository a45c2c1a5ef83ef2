/**
 * The classes of a text field, select or textarea in the site's forms. The border is black at 55 %
 * (#737373 on white, 4.7:1): at least 3:1 against white and the light panels (WCAG 1.4.11), so every
 * field is visible as a field. tests/browser.test.ts measures it on every form.
 */
export const FORM_FIELD_CLASS = 'mt-1 block w-full min-h-12 rounded-xl border-2 border-black/55 bg-white px-3 py-2 text-lg'
