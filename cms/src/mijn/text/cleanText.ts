// eslint-disable-next-line no-control-regex -- exactly these are removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A form field's text without control characters (NUL cuts a SQLite text short) or broken unicode, at most `max` characters. */
export const cleanText = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max).replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD') : ''
