import type { PdfTemplates } from './print-options'
import type { DesktopControl } from '../reminders/desktop-control'

/**
 * What handlers need from Electron, behind one small interface, so handlers stay testable where
 * Electron cannot run: tests and the Playwright harness pass their own implementations.
 */
export interface DesktopNotification {
  title: string
  body: string
}

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Services {
  /** A desktop notification (timers' phase changes). */
  notify(notification: DesktopNotification): void
  /** Asks where to save a file; undefined when the person cancels. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | undefined>
  /** Asks which file to open; undefined when the person cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | undefined>
  /**
   * Prints the app window's current page (print CSS applies) to PDF bytes; with templates,
   * Chromium's header and footer on every page (pageNumber, totalPages fill in).
   */
  printToPdf(options: PdfTemplates & { pageSize: 'A4' | 'Letter' }): Promise<Uint8Array>
  /** Quits the app (the journal repair screen's last way out). */
  quit(): void
  /** Reminders, the tray and the login item (src/main/reminders/desktop.ts). */
  desktop: DesktopControl
}
