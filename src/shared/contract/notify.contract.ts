import { z } from 'zod'
import { channel } from './define'
import { notificationSchema } from '../domain/notification'

export const notifyContract = {
  'notify:show': channel(notificationSchema, z.null()),
}
