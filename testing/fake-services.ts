import type { DesktopNotification, Services } from '../src/main/services/services'

/** Services for tests: records notifications, answers dialogs with preset paths. */
export interface FakeServices extends Services {
  notifications: DesktopNotification[]
  /** What the next save dialog answers; undefined = the person cancelled. */
  nextSavePath: string | undefined
  nextOpenPath: string | undefined
  pdfBytes: Uint8Array
  /** How many times the app was asked to quit. */
  quits: number
}

export function createFakeServices(): FakeServices {
  const fake: FakeServices = {
    notifications: [],
    nextSavePath: undefined,
    nextOpenPath: undefined,
    pdfBytes: new TextEncoder().encode('%PDF-1.4\n%fake\n'),
    quits: 0,
    notify: (notification) => {
      fake.notifications.push(notification)
    },
    chooseSavePath: () => Promise.resolve(fake.nextSavePath),
    chooseOpenPath: () => Promise.resolve(fake.nextOpenPath),
    printToPdf: () => Promise.resolve(fake.pdfBytes),
    quit: () => {
      fake.quits += 1
    },
  }
  return fake
}
