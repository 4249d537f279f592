#!/usr/bin/env node
// Draws the add-in's icons as PNGs with no image library: shapes as signed distance functions,
// 4x4 supersampled for smooth edges, encoded with node's zlib. Run once; the PNGs are committed.
//   icon-*.png     a traffic light (red, amber, green): the add-in and "Open RAG Plan"
//   refresh-*.png  a bar chart in red, amber, green: "Refresh summaries"
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const OUT = join(__dirname, '..', 'assets');
const RED = [209, 52, 56];
const AMBER = [234, 163, 0];
const GREEN = [16, 124, 16];
const BODY = [50, 49, 48];

function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

// Shapes in a unit square (0..1), painted in order.
const trafficLight = [
  { colour: BODY, d: (x, y) => roundedBox(x, y, 0.5, 0.5, 0.3, 0.48, 0.12) },
  { colour: RED, d: (x, y) => circle(x, y, 0.5, 0.2, 0.12) },
  { colour: AMBER, d: (x, y) => circle(x, y, 0.5, 0.5, 0.12) },
  { colour: GREEN, d: (x, y) => circle(x, y, 0.5, 0.8, 0.12) },
];
const barChart = [
  { colour: RED, d: (x, y) => roundedBox(x, y, 0.3, 0.18, 0.28, 0.12, 0.04) },
  { colour: AMBER, d: (x, y) => roundedBox(x, y, 0.42, 0.5, 0.4, 0.12, 0.04) },
  { colour: GREEN, d: (x, y) => roundedBox(x, y, 0.36, 0.82, 0.34, 0.12, 0.04) },
];

function render(shapes, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let hit = null;
          for (const s of shapes) if (s.d(x, y) <= 0) hit = s.colour;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
// 32 and 64: the add-in's icon and high-resolution icon; 16, 32 and 80: the ribbon's buttons.
for (const size of [16, 32, 64, 80])
  writeFileSync(join(OUT, `icon-${size}.png`), render(trafficLight, size));
for (const size of [16, 32, 80])
  writeFileSync(join(OUT, `refresh-${size}.png`), render(barChart, size));
console.log(`Icons written to ${OUT}`);
