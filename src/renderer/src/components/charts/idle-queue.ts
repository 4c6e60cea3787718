/**
 * A page that is never idle still gets its tasks run, this late. Headless Chromium, with nothing
 * left to paint, was once seen to start no idle period until this timeout (docs/performance.md).
 */
const MAX_WAIT_MS = 200

const queue: (() => void)[] = []
let asked = false

/**
 * Runs `task` when the page is next idle (after the frame it is painting), one task per idle
 * period, in the order asked; answers a function that takes it off the queue. Each task is
 * meant to be one chart's drawing: a React update, rendered in its own task before the next
 * idle period starts the next one.
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
  if (asked || queue.length === 0) return
  asked = true
  requestIdleCallback(
    () => {
      asked = false
      queue.shift()?.()
      next()
    },
    { timeout: MAX_WAIT_MS },
  )
}
