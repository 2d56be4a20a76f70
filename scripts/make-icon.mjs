// Draws images/icon.png (128×128, the extension's icon) with no dependency: shapes as signed distances,
// 4×4 supersampling, a minimal PNG encoder (zlib from node). Run: node scripts/make-icon.mjs
// The picture: a draft (three right-aligned lines, as Arabic text runs) on a teal tile, one line highlighted
// as a finding, and a check mark.
import fs from 'node:fs';
import zlib from 'node:zlib';

const W = 128;
const H = 128;
const SS = 4;

const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(qx, qy) - r;
};
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

/** Layers, back to front: [distance function, [r, g, b, a] or (x, y) => colour]. */
const layers = [
  [(x, y) => roundRect(x, y, 4, 4, 124, 124, 22), (x, y) => { const t = (x + y) / 256; return [Math.round(14 + 10 * t), Math.round(118 - 40 * t), Math.round(120 - 30 * t), 255]; }],
  [(x, y) => roundRect(x, y, 22, 20, 106, 100, 8), [250, 248, 240, 255]],
  // the highlighted finding (middle line)
  [(x, y) => roundRect(x, y, 40, 48, 96, 64, 4), [247, 201, 72, 255]],
  // three lines of text, right-aligned
  [(x, y) => segment(x, y, 40, 36, 94, 36, 4), [40, 52, 60, 255]],
  [(x, y) => segment(x, y, 50, 56, 88, 56, 4), [40, 52, 60, 255]],
  [(x, y) => segment(x, y, 62, 76, 94, 76, 4), [40, 52, 60, 255]],
  // the check mark on a gold disc
  [(x, y) => Math.hypot(x - 38, y - 96) - 20, [240, 180, 41, 255]],
  [(x, y) => Math.min(segment(x, y, 28, 96, 35, 104, 4.5), segment(x, y, 35, 104, 49, 88, 4.5)), [255, 255, 255, 255]],
];

const px = Buffer.alloc(W * H * 4);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const fx = x + (sx + 0.5) / SS, fy = y + (sy + 0.5) / SS;
        let cr = 0, cg = 0, cb = 0, ca = 0;
        for (const [d, c] of layers) {
          if (d(fx, fy) > 0) continue;
          const col = typeof c === 'function' ? c(fx, fy) : c;
          [cr, cg, cb, ca] = col;
        }
        r += cr * (ca / 255); g += cg * (ca / 255); b += cb * (ca / 255); a += ca;
      }
    }
    const n = SS * SS;
    const alpha = a / n;
    const o = (y * W + x) * 4;
    px[o] = alpha ? Math.round((r / n) * 255 / alpha) : 0;
    px[o + 1] = alpha ? Math.round((g / n) * 255 / alpha) : 0;
    px[o + 2] = alpha ? Math.round((b / n) * 255 / alpha) : 0;
    px[o + 3] = Math.round(alpha);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4); // filter 0 per row
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${W}×${H}, ${png.length} bytes`);
