import { describe, expect, it } from 'vitest'
import { runLanes } from './lanes.mjs'

/** Each "script" is a node one-liner: it prints its name and exits with the code in its name. */
const node = (script: string) => ({
  command: process.execPath,
  args: [
    '-e',
    `console.log('out of ${script}'); console.error('err'); process.exit(${script.split(':')[1] ?? '0'})`,
  ],
})

async function run(lanes: string[][]) {
  let text = ''
  const results = await runLanes(lanes, { commandOf: node, write: (t) => (text += t) })
  return { results, lines: text.split('\n').filter(Boolean) }
}

describe('runLanes', () => {
  it('runs every script of every lane and prefixes each line with its script', async () => {
    const { results, lines } = await run([['a:0', 'b:0'], ['c:0']])
    expect(results.map((r) => [r.script, r.code])).toEqual([
      ['a:0', 0],
      ['b:0', 0],
      ['c:0', 0],
    ])
    expect(lines).toEqual(
      expect.arrayContaining(['[a:0] out of a:0', '[a:0] err', '[b:0] out of b:0', '[c:0] err']),
    )
    expect(lines).toHaveLength(6)
  })

  it('stops a lane at its failure, runs the other lanes on, and reports what did not run', async () => {
    const { results } = await run([
      ['a:3', 'b:0'],
      ['c:0', 'd:0'],
    ])
    expect(results.map((r) => [r.script, r.code])).toEqual([
      ['a:3', 3],
      ['b:0', null],
      ['c:0', 0],
      ['d:0', 0],
    ])
  })

  it('counts a command that cannot start as a failure', async () => {
    const results = await runLanes([['x']], {
      commandOf: () => ({ command: '/nonexistent/unknot-no-such-command', args: [] }),
      write: () => undefined,
    })
    expect(results).toEqual([{ script: 'x', code: 1, seconds: expect.any(Number) as number }])
  })
})
