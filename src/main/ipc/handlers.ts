import { appHandlers } from '../app/app.handlers'
import { checkinsHandlers } from '../checkins/checkins.handlers'
import type { HandlerMap } from './handler'

export const handlers: HandlerMap = {
  ...appHandlers,
  ...checkinsHandlers,
}
