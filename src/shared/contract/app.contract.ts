import { z } from 'zod'
import { channel } from './define'
import { appInfoSchema } from '../domain/app'

export const appContract = {
  'app:info': channel(z.undefined(), appInfoSchema),
}
