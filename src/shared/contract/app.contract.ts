import { z } from 'zod'
import { channel } from './define'
import { appInfoSchema, firstRunSchema } from '../domain/app'
import { events } from './events'

export const appContract = {
  'app:info': channel(z.undefined(), appInfoSchema),
  /** Whether to show the welcome: an empty journal whose welcome was not finished or skipped. */
  'app:firstRun': channel(z.undefined(), firstRunSchema),
  /**
   * The screen a reminder or the tray asked for while the window was closed or still loading
   * (`app:navigate` reaches a window that is already open); null when there is none. Asked
   * once, when the window starts.
   */
  'app:pendingNavigation': channel(z.undefined(), events['app:navigate'].nullable()),
}
