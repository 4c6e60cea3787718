// `npm start` runs this first: Electron's binary is downloaded by its own `install-electron`,
// which `npm ci --ignore-scripts` skips and which needs network access to Electron's releases.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { findElectronBinary } from './electron-binary.mjs'

const found = findElectronBinary()
if (!found.path) {
  console.log(`Unknot: ${found.reason}; fetching it with install-electron…`)
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit' })
  const after = findElectronBinary()
  if (result.status !== 0 || !after.path) {
    console.error(
      [
        '',
        'Unknot cannot start: the Electron binary could not be downloaded.',
        'This machine may have no access to Electron’s release downloads.',
        'What you can do:',
        '  • try again where the network allows it: npx install-electron',
        '  • or point ELECTRON_MIRROR at a mirror you can reach, then run npm start again',
        '  • or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build',
        'Everything else (npm test, the renderer and the diary) works without it.',
      ].join('\n'),
    )
    process.exit(1)
  }
  console.log(`Unknot: Electron is ready (${after.path}).`)
}
