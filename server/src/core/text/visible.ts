/**
 * Invisible characters made visible as `<U+XXXX>`: tatweel, zero-width characters, bidi controls, ALM,
 * the deprecated format characters, BOM, no-break space, and the control characters and noncharacters of
 * extraction junk (C0 but TAB/LF/CR, DEL, U+FFFE/FFFF). Used wherever a finding's text is shown to a
 * reader who cannot see them (hover previews, test names, the rule docs' examples).
 */
const INVISIBLE = /[\u0640\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u206f\u061c\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
