// `npm run icons`: renders resources/icon.svg with the Chromium the tests use into every icon the
// packages need, so no hand-exported picture can drift from the drawing:
//   build/icons/NxN.png  Linux (AppImage, deb)      build/icon.ico   Windows (exe, installer)
//   build/icon.icns      macOS (app, dmg)           resources/icon.png  the window, unpackaged
//   resources/tray/      the tray: tray.png + @2x (Linux), tray.ico (Windows), and
//                        trayTemplate.png + @2x (macOS: black, tinted by the menu bar) from
//                        resources/tray-template.svg
import { chromium } from '@playwright/test'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findChromium } from '../e2e/harness/chromium'

export const ROOT = join(import.meta.dirname, '..')
export const ICON_SVG = join(ROOT, 'resources', 'icon.svg')
export const WINDOW_ICON = join(ROOT, 'resources', 'icon.png')
export const WINDOW_ICON_SIZE = 512
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
export const TRAY_TEMPLATE_SVG = join(ROOT, 'resources', 'tray-template.svg')
export const TRAY_DIR = join(ROOT, 'resources', 'tray')
/** Each tray image and its pixel size; src/main/packaged-paths.ts picks one per system. */
export const TRAY_IMAGES = {
  'tray.png': 24,
  'tray@2x.png': 48,
  'trayTemplate.png': 16,
  'trayTemplate@2x.png': 32,
} as const
/** The sizes in tray.ico: Windows picks by the taskbar's scale (100 % to 200 %). */
export const TRAY_ICO_SIZES = [16, 20, 24, 32, 40, 48] as const

export interface RenderedIcon {
  size: number
  png: Buffer
  /** Straight (not premultiplied) RGBA, row by row from the top. */
  rgba: Buffer
}

/** Draws the SVG at each size (vector, not scaled down from one bitmap) in headless Chromium. */
export function renderIcons(svg: string, sizes: readonly number[]): Promise<RenderedIcon[]> {
  return drawImage(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, sizes)
}

/** Draws an image (a `data:` URL) on a canvas at each size in headless Chromium. */
export async function drawImage(source: string, sizes: readonly number[]): Promise<RenderedIcon[]> {
  const { executablePath } = findChromium()
  const browser = await chromium.launch(executablePath ? { executablePath } : {})
  try {
    const page = await browser.newPage()
    const drawn = await page.evaluate(
      async ({ source, sizes }) => {
        const image = new Image()
        image.src = source
        await image.decode()
        const toBase64 = (bytes: Uint8ClampedArray) => {
          let text = ''
          for (let i = 0; i < bytes.length; i += 0x8000) {
            text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
          }
          return btoa(text)
        }
        return sizes.map((size) => {
          const canvas = document.createElement('canvas')
          canvas.width = size
          canvas.height = size
          const context = canvas.getContext('2d')
          if (!context) throw new Error('no 2d canvas')
          context.drawImage(image, 0, 0, size, size)
          return {
            size,
            png: canvas.toDataURL('image/png').slice('data:image/png;base64,'.length),
            rgba: toBase64(context.getImageData(0, 0, size, size).data),
          }
        })
      },
      { source, sizes: [...sizes] },
    )
    return drawn.map(({ size, png, rgba }) => ({
      size,
      png: Buffer.from(png, 'base64'),
      rgba: Buffer.from(rgba, 'base64'),
    }))
  } finally {
    await browser.close()
  }
}

/** A 32-bit DIB as stored in an .ico: BGRA rows bottom-up, then an all-clear AND mask. */
function icoBitmap({ size, rgba }: RenderedIcon): Buffer {
  const maskRow = Math.ceil(size / 32) * 4
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size)
  out.writeUInt32LE(40, 0)
  out.writeInt32LE(size, 4)
  out.writeInt32LE(size * 2, 8) // colour and mask halves
  out.writeUInt16LE(1, 12)
  out.writeUInt16LE(32, 14)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = 40 + ((size - 1 - y) * size + x) * 4
      out[to] = rgba[from + 2] ?? 0
      out[to + 1] = rgba[from + 1] ?? 0
      out[to + 2] = rgba[from] ?? 0
      out[to + 3] = rgba[from + 3] ?? 0
    }
  }
  return out
}

/**
 * A Windows .ico: bitmaps up to 128 px (every Windows and NSIS reads them), PNG at 256 px (the
 * Vista format, which keeps the file small).
 */
export function icoFile(icons: readonly RenderedIcon[]): Buffer {
  const chosen = icons.filter(({ size }) => size <= 256)
  const images = chosen.map((icon) => (icon.size === 256 ? icon.png : icoBitmap(icon)))
  const header = Buffer.alloc(6 + 16 * chosen.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(chosen.length, 4)
  let offset = header.length
  chosen.forEach(({ size }, i) => {
    const entry = 6 + 16 * i
    const image = images[i] ?? Buffer.alloc(0)
    header.writeUInt8(size % 256, entry) // 0 means 256
    header.writeUInt8(size % 256, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(image.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += image.length
  })
  return Buffer.concat([header, ...images])
}

/** The macOS icon types that hold PNG data, by pixel size (the @2x ones share pixels). */
const ICNS_TYPES: readonly [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
]

/** A macOS .icns: a big-endian container of PNG images, one per icon type. */
export function icnsFile(icons: readonly RenderedIcon[]): Buffer {
  const bySize = new Map(icons.map((icon) => [icon.size, icon.png]))
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = bySize.get(size)
    if (!png) throw new Error(`no ${size} px image for the .icns ${type} entry`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4)
  return Buffer.concat([head, ...entries])
}

/** Writes every icon into `buildDir`, and the window icon to `windowIcon` when given. */
export async function writeIcons(
  buildDir: string,
  { windowIcon }: { windowIcon?: string } = {},
): Promise<string[]> {
  const icons = await renderIcons(readFileSync(ICON_SVG, 'utf8'), ICON_SIZES)
  const written: string[] = []
  const write = (file: string, bytes: Buffer) => {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, bytes)
    written.push(file)
  }
  for (const { size, png } of icons) write(join(buildDir, 'icons', `${size}x${size}.png`), png)
  write(join(buildDir, 'icon.ico'), icoFile(icons))
  write(join(buildDir, 'icon.icns'), icnsFile(icons))
  const windowPng = icons.find(({ size }) => size === WINDOW_ICON_SIZE)?.png
  if (windowIcon && windowPng) write(windowIcon, windowPng)
  return written
}

/** Writes the tray images (resources/tray, committed like resources/icon.png). */
export async function writeTrayIcons(dir: string): Promise<string[]> {
  const colour = await renderIcons(readFileSync(ICON_SVG, 'utf8'), [
    ...new Set([...TRAY_ICO_SIZES, TRAY_IMAGES['tray.png'], TRAY_IMAGES['tray@2x.png']]),
  ])
  const template = await renderIcons(readFileSync(TRAY_TEMPLATE_SVG, 'utf8'), [
    TRAY_IMAGES['trayTemplate.png'],
    TRAY_IMAGES['trayTemplate@2x.png'],
  ])
  const png = (icons: RenderedIcon[], size: number) => {
    const found = icons.find((icon) => icon.size === size)
    if (!found) throw new Error(`no ${size} px tray image`)
    return found.png
  }
  mkdirSync(dir, { recursive: true })
  const files: [string, Buffer][] = [
    ['tray.png', png(colour, TRAY_IMAGES['tray.png'])],
    ['tray@2x.png', png(colour, TRAY_IMAGES['tray@2x.png'])],
    ['trayTemplate.png', png(template, TRAY_IMAGES['trayTemplate.png'])],
    ['trayTemplate@2x.png', png(template, TRAY_IMAGES['trayTemplate@2x.png'])],
    [
      'tray.ico',
      icoFile(colour.filter(({ size }) => (TRAY_ICO_SIZES as readonly number[]).includes(size))),
    ],
  ]
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes)
  return files.map(([name]) => join(dir, name))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeIcons(join(ROOT, 'build'), { windowIcon: WINDOW_ICON })
  const tray = await writeTrayIcons(TRAY_DIR)
  console.log(`icons: wrote ${written.length + tray.length} files from resources/*.svg`)
}
