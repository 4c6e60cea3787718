import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICON_SIZES,
  ICON_SVG,
  drawImage,
  icnsFile,
  icoFile,
  renderIcons,
  TRAY_DIR,
  TRAY_ICO_SIZES,
  TRAY_IMAGES,
  TRAY_TEMPLATE_SVG,
  WINDOW_ICON,
  WINDOW_ICON_SIZE,
  type RenderedIcon,
} from './icons'

/** A solid-colour icon whose top-left pixel is red and the rest blue, with a stand-in PNG. */
function syntheticIcon(size: number): RenderedIcon {
  const rgba = Buffer.alloc(size * size * 4)
  for (let i = 0; i < size * size; i++)
    rgba.set(i === 0 ? [255, 0, 0, 255] : [0, 0, 255, 128], i * 4)
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from(`${size}`)])
  return { size, png, rgba }
}

describe('icoFile', () => {
  const icons = ICON_SIZES.map(syntheticIcon)
  const ico = icoFile(icons)

  it('holds 16 to 256 px, bitmaps below 256 and the PNG at 256', () => {
    expect(ico.readUInt16LE(2)).toBe(1) // an icon, not a cursor
    const count = ico.readUInt16LE(4)
    const entries = Array.from({ length: count }, (_, i) => {
      const at = 6 + 16 * i
      const offset = ico.readUInt32LE(at + 12)
      const length = ico.readUInt32LE(at + 8)
      return {
        width: ico[at] || 256,
        bits: ico.readUInt16LE(at + 6),
        data: ico.subarray(offset, offset + length),
      }
    })
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256])
    expect(entries.every((e) => e.bits === 32)).toBe(true)
    expect(
      entries.at(-1)?.data.equals(icons.find((i) => i.size === 256)?.png ?? Buffer.alloc(0)),
    ).toBe(true)
    const sixteen = entries[0]?.data ?? Buffer.alloc(0)
    // BITMAPINFOHEADER: 40 bytes, 16 wide, 32 high (colour + mask), 32 bits per pixel.
    expect([
      sixteen.readUInt32LE(0),
      sixteen.readInt32LE(4),
      sixteen.readInt32LE(8),
      sixteen.readUInt16LE(14),
    ]).toEqual([40, 16, 32, 32])
    // Rows are stored bottom-up in BGRA: the red top-left pixel is the first of the last row.
    const topLeft = 40 + 15 * 16 * 4
    expect([...sixteen.subarray(topLeft, topLeft + 4)]).toEqual([0, 0, 255, 255])
    expect([...sixteen.subarray(40, 44)]).toEqual([255, 0, 0, 128])
    // Colour plus a 1-bit mask padded to 32-bit rows.
    expect(sixteen.length).toBe(40 + 16 * 16 * 4 + 4 * 16)
  })
})

describe('icnsFile', () => {
  it('is a big-endian container of one PNG per icon type, lengths adding up', () => {
    const icons = ICON_SIZES.map(syntheticIcon)
    const icns = icnsFile(icons)
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const type = icns.subarray(at, at + 4).toString('latin1')
      types.push(type)
      if (type === 'ic10') {
        const data = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4))
        expect(data.equals(icons.find((i) => i.size === 1024)?.png ?? Buffer.alloc(0))).toBe(true)
      }
    }
    expect(types).toEqual([
      'icp4',
      'icp5',
      'ic11',
      'icp6',
      'ic12',
      'ic07',
      'ic08',
      'ic13',
      'ic09',
      'ic14',
      'ic10',
    ])
  })

  it('refuses to leave out a size', () => {
    expect(() => icnsFile([syntheticIcon(16)])).toThrow(/32 px/)
  })
})

describe('renderIcons and the committed window icon', () => {
  it('draws the SVG at each size, and resources/icon.png still matches the SVG', async () => {
    const svg = readFileSync(ICON_SVG, 'utf8')
    const [small, window] = await renderIcons(svg, [16, WINDOW_ICON_SIZE])
    expect(small?.png.readUInt32BE(16)).toBe(16)
    expect(small?.rgba.length).toBe(16 * 16 * 4)
    // The committed window icon is `npm run icons` output: compare it with a fresh render,
    // decoded by the same Chromium, allowing for anti-aliasing differences between versions.
    const committed = `data:image/png;base64,${readFileSync(WINDOW_ICON).toString('base64')}`
    const [decoded] = await drawImage(committed, [WINDOW_ICON_SIZE])
    const [a, b] = [decoded?.rgba ?? Buffer.alloc(0), window?.rgba ?? Buffer.alloc(0)]
    expect(a.length).toBe(WINDOW_ICON_SIZE * WINDOW_ICON_SIZE * 4)
    expect(b.length).toBe(a.length)
    let sum = 0
    for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0))
    expect(
      sum / a.length,
      'resources/icon.png differs from resources/icon.svg: run npm run icons',
    ).toBeLessThan(1)
  }, 30_000)
})

describe('the committed tray images', () => {
  it('are there at 1x and @2x for each system, and the .ico at every taskbar scale', () => {
    for (const [name, size] of Object.entries(TRAY_IMAGES)) {
      const png = readFileSync(join(TRAY_DIR, name))
      expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG')
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([size, size])
    }
    // The @2x twin is twice its 1x image, which is how Electron pairs them.
    expect(TRAY_IMAGES['tray@2x.png']).toBe(2 * TRAY_IMAGES['tray.png'])
    expect(TRAY_IMAGES['trayTemplate@2x.png']).toBe(2 * TRAY_IMAGES['trayTemplate.png'])
    const ico = readFileSync(join(TRAY_DIR, 'tray.ico'))
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i])
    expect(sizes).toEqual([...TRAY_ICO_SIZES])
  })

  it('draws the macOS template in black only, so the menu bar can tint it', async () => {
    const [template] = await renderIcons(readFileSync(TRAY_TEMPLATE_SVG, 'utf8'), [32])
    const rgba = template?.rgba ?? Buffer.alloc(0)
    let opaque = 0
    for (let i = 0; i < rgba.length; i += 4) {
      if ((rgba[i + 3] ?? 0) === 0) continue
      opaque += 1
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([0, 0, 0])
    }
    expect(opaque).toBeGreaterThan(100)
  }, 30_000)
})
