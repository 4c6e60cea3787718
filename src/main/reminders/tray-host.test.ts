import { describe, expect, it } from 'vitest'
import { hasTrayHost, type RunProgram } from './tray-host'

const missing = () => Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' })

/** A session bus answering by program name; a thrown value stands for the program failing. */
function bus(answers: Record<string, string | Error>): RunProgram & { asked: string[] } {
  const asked: string[] = []
  const run = (file: string, args: readonly string[]) => {
    asked.push([file, ...args].join(' '))
    const answer = answers[file] ?? missing()
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  }
  return Object.assign(run, { asked })
}

describe('hasTrayHost', () => {
  it('is always true on Windows and macOS, without asking', async () => {
    const run = bus({})
    expect(await hasTrayHost('win32', run)).toBe(true)
    expect(await hasTrayHost('darwin', run)).toBe(true)
    expect(run.asked).toEqual([])
  })

  it('asks the StatusNotifier watcher on the session bus whether a host is registered', async () => {
    const run = bus({ gdbus: '(<true>,)\n' })
    expect(await hasTrayHost('linux', run)).toBe(true)
    expect(run.asked).toEqual([
      'gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher IsStatusNotifierHostRegistered',
    ])
    expect(await hasTrayHost('linux', bus({ gdbus: '(<false>,)\n' }))).toBe(false)
  })

  it('finds no host where nothing owns the watcher’s name (stock GNOME)', async () => {
    const noOwner = new Error(
      'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files',
    )
    expect(await hasTrayHost('linux', bus({ gdbus: noOwner }))).toBe(false)
  })

  it('falls back to dbus-send when gdbus is not installed', async () => {
    const run = bus({ 'dbus-send': 'method return\n   variant       boolean true\n' })
    expect(await hasTrayHost('linux', run)).toBe(true)
    expect(run.asked.map((a) => a.split(' ')[0])).toEqual(['gdbus', 'dbus-send'])
    expect(
      await hasTrayHost('linux', bus({ 'dbus-send': '   variant       boolean false\n' })),
    ).toBe(false)
  })

  it('keeps the tray when neither tool is there to ask', async () => {
    expect(await hasTrayHost('linux', bus({}))).toBe(true)
  })
})
