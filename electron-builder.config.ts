import type { Configuration } from 'electron-builder'
import { APP_ID, PRODUCT_NAME } from './src/main/app-identity'

/**
 * Electron Fuses flipped in the packaged binary: it cannot be run as a plain Node.js, take Node
 * options or an inspector from outside, or load app code other than its own checked `app.asar`.
 */
export const fuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // Pages come from the app:// protocol, never file://.
  grantFileProtocolExtraPrivileges: false,
} satisfies NonNullable<Configuration['electronFuses']>

/** Where the SQLite addon sits in the app; src/main/packaged-paths.ts loads it from there. */
const SQLITE_PREBUILDS = 'node_modules/better-sqlite3/prebuilds'

const config: Configuration = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  copyright: 'Unknot contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // The built app and its one runtime dependency; never sources, tests or dev dependencies.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    // better-sqlite3 at run time is lib/ plus the prebuilt addon for the target platform.
    '!node_modules/better-sqlite3/{deps,src,binding.gyp}{,/**}',
    `!${SQLITE_PREBUILDS}/*.node`,
    `${SQLITE_PREBUILDS}/\${platform}-\${arch}.node`,
    // Headers for compiling addons; nothing loads it at run time.
    '!node_modules/node-addon-api{,/**}',
  ],
  // A native library cannot be loaded from inside an archive.
  asarUnpack: [`${SQLITE_PREBUILDS}/*.node`],
  asar: { smartUnpack: false },
  // The window's icon and the tray's images, as plain files beside app.asar
  // (process.resourcesPath/icon.png and tray/; src/main/packaged-paths.ts).
  extraResources: [
    { from: 'build/icons/512x512.png', to: 'icon.png' },
    { from: 'resources/tray', to: 'tray' },
  ],
  // better-sqlite3 ships N-API prebuilds that load in Electron as they are: nothing to rebuild.
  npmRebuild: false,
  electronFuses: fuses,
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'unknot',
    icon: 'build/icons',
    category: 'MedicalSoftware;Utility',
    synopsis: 'A private journal for recurring back spasms',
    maintainer: 'Unknot contributors',
    syncDesktopName: true,
    desktop: {
      entry: { Keywords: 'back;pain;spasm;stiffness;journal;diary;' },
    },
  },
  // The AppImage's desktop entry passes no --no-sandbox. Its AppRun still adds it where
  // unprivileged user namespaces are restricted (Ubuntu 24.04's AppArmor), so there the
  // AppImage runs without Chromium's sandbox; the deb installs an AppArmor profile and keeps it,
  // which is why the deb is the recommended Linux download (docs/packaging.md).
  appImage: { executableArgs: [] },
  // The static AppImage runtime: stock Ubuntu 22.04+ has no libfuse.so.2, which the legacy
  // runtime needs to start at all.
  toolsets: { appimage: '1.0.3' },
  win: {
    target: ['nsis'],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The Start-menu shortcut carries appId as its AppUserModelID, which Windows needs before it
    // shows the app's notifications.
    createStartMenuShortcut: true,
    createDesktopShortcut: true,
    shortcutName: PRODUCT_NAME,
    // Uninstalling never deletes the journal.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    // Intel Macs as well as Apple Silicon: one dmg per architecture.
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'build/icon.icns',
    category: 'public.app-category.medical',
    // Releases are not signed with a Developer ID yet: an ad-hoc signature is what Apple Silicon
    // needs to run the app at all (hardened runtime requires a real identity).
    identity: '-',
    hardenedRuntime: false,
  },
}

export default config
