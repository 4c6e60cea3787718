import { z } from 'zod'
import { read } from './define'
import { notificationSchema } from '../domain/notification'

export const notifyContract = {
  'notify:show': read(notificationSchema, z.null()),
}
