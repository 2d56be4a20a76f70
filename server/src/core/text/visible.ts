/**
 * Invisible characters made visible as `<U+XXXX>`: tatweel, zero-width characters, bidi controls, ALM,
 * the deprecated format characters, BOM and no-break space. Used wherever a finding's text is shown to a
 * reader who cannot see them (hover previews, test names, the rule docs' examples).
 */
const INVISIBLE = /[\u0640\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u206f\u061c\ufeff]/g;

export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
