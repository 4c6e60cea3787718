import { describe, expect, it } from 'vitest'
import { dataFilePath, resolveDataDir } from './paths'

describe('resolveDataDir', () => {
  const userData = '/home/me/.config/Unknot'
  it.each([
    ['the user-data folder by default', [], {}, userData],
    ['the environment variable', [], { UNKNOT_DATA_DIR: '/data/env' }, '/data/env'],
    [
      '--data-dir=PATH over the environment',
      ['--data-dir=/data/flag'],
      { UNKNOT_DATA_DIR: '/x' },
      '/data/flag',
    ],
    ['--data-dir PATH', ['--data-dir', '/data/two'], {}, '/data/two'],
    [
      'a relative folder against the working folder',
      ['--data-dir=portable'],
      {},
      '/work/app/portable',
    ],
    ['an empty variable as unset', [], { UNKNOT_DATA_DIR: '' }, userData],
  ])('uses %s', (_label, argv, env, expected) => {
    expect(resolveDataDir(argv, env, userData, '/work/app')).toBe(expected)
  })

  it('names the journal file inside the folder', () => {
    expect(dataFilePath('/data')).toBe('/data/journal.sqlite')
  })
})
