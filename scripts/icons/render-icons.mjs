#!/usr/bin/env node
// Renders build/icon.svg (drawn for Tracelens) into the PNG sizes electron-builder
// and the Linux desktop want, plus a Windows .ico, using the same Chromium the
// tests use. The outputs are committed; rerun after editing the SVG:
//   node scripts/icons/render-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const require = createRequire(import.meta.url);
const { findChromium, CHROMIUM_ARGS } = require('../findChromium.cjs');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({ executablePath: findChromium().path ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const pngs = new Map();
mkdirSync(join(root, 'build', 'icons'), { recursive: true });
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  pngs.set(size, png);
  writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), png);
}
await browser.close();
writeFileSync(join(root, 'build', 'icon.png'), pngs.get(1024));

// ICO: a directory of PNG images (supported since Windows Vista).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const png = pngs.get(size);
  const e = 6 + i * 16;
  header.writeUInt8(size >= 256 ? 0 : size, e);
  header.writeUInt8(size >= 256 ? 0 : size, e + 1);
  header.writeUInt16LE(1, e + 4); // colour planes
  header.writeUInt16LE(32, e + 6); // bits per pixel
  header.writeUInt32LE(png.length, e + 8);
  header.writeUInt32LE(offset, e + 12);
  offset += png.length;
});
writeFileSync(join(root, 'build', 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => pngs.get(s))]));
console.log(`icons: ${sizes.join(', ')} px PNGs, icon.png (1024) and icon.ico written to build/`);
