/**
 * Chromium's idle periods between two frames are at most a frame long; one at least this long
 * means no frame is waiting (nothing to paint, no animation frame asked for).
 */
const LONG_IDLE_MS = 20
/** A page that never goes quiet (an animation) still gets its tasks done, this late. */
const MAX_WAIT_MS = 1000

const queue: (() => void)[] = []
let waitingSince: number | null = null

/**
 * Runs `task` when the page is idle and no frame is waiting, one task per idle period, in the
 * order asked; answers a function that takes it off the queue. Each task is expected to be one
 * chart's drawing: a React update, rendered in its own task before the next one is started.
 */
export function whenIdle(task: () => void): () => void {
  queue.push(task)
  next()
  return () => {
    const at = queue.indexOf(task)
    if (at !== -1) queue.splice(at, 1)
  }
}

function next(): void {
  if (waitingSince !== null || queue.length === 0) return
  waitingSince = performance.now()
  // A stand-in for requestIdleCallback (a test's fake clock) may call back with no deadline.
  const run = (deadline?: IdleDeadline) => {
    const since = waitingSince ?? performance.now()
    const overdue = !deadline || deadline.didTimeout || performance.now() - since >= MAX_WAIT_MS
    if (!overdue && deadline.timeRemaining() < LONG_IDLE_MS) {
      requestIdleCallback(run, { timeout: MAX_WAIT_MS })
      return
    }
    waitingSince = null
    queue.shift()?.()
    next()
  }
  requestIdleCallback(run, { timeout: MAX_WAIT_MS })
}
