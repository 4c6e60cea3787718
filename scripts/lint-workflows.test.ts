import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lintWorkflows, WORKFLOWS_DIR } from './lint-workflows.mjs'

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function workflows(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'unknot-workflows-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('lintWorkflows', () => {
  it('finds nothing wrong in the repository’s workflows', async () => {
    expect(await lintWorkflows()).toEqual([])
  })

  it('reports a broken expression, an unknown runner and a missing key', async () => {
    const problems = await lintWorkflows(
      workflows({
        'bad.yml': [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: macos-99-imaginary',
          '    steps:',
          '      - run: echo ${{ matrix.nope }}',
          '  b:',
          '    steps:',
          '      - run: echo hi',
          '',
        ].join('\n'),
      }),
    )
    expect(problems.map((p) => p.kind).sort()).toEqual(
      expect.arrayContaining(['expression', 'runner-label', 'syntax-check']),
    )
  })

  it('runs the real app on every system, on every push and pull request', () => {
    const text = readFileSync(join(WORKFLOWS_DIR, 'desktop.yml'), 'utf8')
    expect(text).toMatch(/^on:\n {2}push:\n {2}pull_request:\n/m)
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest', 'macos-15-intel']) {
      expect(text).toContain(`os: ${os}`)
    }
    for (const step of [
      'npx install-electron',
      'xvfb-run',
      'weston --backend=headless',
      'npx playwright test --project electron',
      'npm run pack',
      'npx playwright test --project packaged',
      'xvfb-run --auto-servernum npx playwright test --project packaged',
      'actions/upload-artifact',
    ]) {
      expect(text).toContain(step)
    }
  })
})
