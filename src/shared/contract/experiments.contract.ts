import { z } from 'zod'
import { read, write } from './define'
import { byIdSchema } from '../domain/common'
import {
  experimentDaySchema,
  experimentDetailSchema,
  experimentDraftSchema,
  experimentResultSchema,
  experimentSchema,
  recordDaySchema,
} from '../domain/experiment'

export const experimentsContract = {
  /** Every experiment, newest first, each with today's option while it runs. */
  'experiments:list': read(z.undefined(), z.array(experimentSchema)),
  /** One experiment with its whole calendar. */
  'experiments:get': read(byIdSchema, experimentDetailSchema),
  /** Draws the schedule once from a fresh seed and stores it with every planned day. */
  'experiments:create': write(experimentDraftSchema, experimentDetailSchema, ['experiments']),
  /** Records whether the day's option was done (or clears it); answers the day. */
  'experiments:recordDay': write(recordDaySchema, experimentDaySchema, ['experiments']),
  /** Stops an experiment early; its result then says it is incomplete. */
  'experiments:stop': write(byIdSchema, experimentSchema, ['experiments']),
  /** Each option's mean, the difference with its interval, and the randomization test. */
  'experiments:result': read(byIdSchema, experimentResultSchema),
}
