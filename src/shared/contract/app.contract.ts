import { z } from 'zod'
import { read } from './define'
import { appInfoSchema, firstRunSchema } from '../domain/app'
import { events } from './events'

export const appContract = {
  'app:info': read(z.undefined(), appInfoSchema),
  /** Whether to show the welcome: an empty journal whose welcome was not finished or skipped. */
  'app:firstRun': read(z.undefined(), firstRunSchema),
  /**
   * The screen a reminder or the tray asked for while the window was closed or still loading
   * (`app:navigate` reaches a window that is already open); null when there is none. Asked
   * once, when the window starts.
   */
  'app:pendingNavigation': read(z.undefined(), events['app:navigate'].nullable()),
}
