import { describe, expect, it } from 'vitest'
import { remindersSentence } from './reminders-sentence'

const at = (morning: boolean, evening: boolean) => ({
  morning: { enabled: morning, time: '07:30' },
  evening: { enabled: evening, time: '21:00' },
})

describe('the welcome says what is ticked', () => {
  it.each([
    [false, false, 'Both reminders are off; tick one to turn it on.'],
    [true, false, 'The morning reminder is on at 07:30; the evening one is off.'],
    [false, true, 'The evening reminder is on at 21:00; the morning one is off.'],
    [true, true, 'Both reminders are on: morning at 07:30, evening at 21:00.'],
  ])('morning %s, evening %s', (morning, evening, sentence) => {
    expect(remindersSentence(at(morning, evening))).toBe(sentence)
  })
})
