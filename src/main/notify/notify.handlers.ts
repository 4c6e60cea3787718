import type { DomainHandlers } from '../ipc/handler'

export const notifyHandlers: DomainHandlers<'notify'> = {
  'notify:show': ({ title, body }, { services }) => {
    services.notify({ title, body })
    return null
  },
}
