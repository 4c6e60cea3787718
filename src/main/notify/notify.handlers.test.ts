import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

describe('notify:show', () => {
  it('asks the desktop to show the notification, trimmed', async () => {
    const result = await diary.call('notify:show', {
      title: ' Ice off ',
      body: 'Take the ice pack off now. Next round in about 90 minutes.',
    })
    expect(result).toEqual({ ok: true, value: null })
    expect(diary.services.notifications).toEqual([
      { title: 'Ice off', body: 'Take the ice pack off now. Next round in about 90 minutes.' },
    ])
  })

  it('allows an empty body', async () => {
    expect(await diary.call('notify:show', { title: 'Heat done', body: '' })).toEqual({
      ok: true,
      value: null,
    })
    expect(diary.services.notifications).toHaveLength(1)
  })

  it.each([
    ['a title as a number (wrong type)', { title: 5, body: 'x' }, 'title'],
    ['a body as an object (wrong type)', { title: 'x', body: { text: 'x' } }, 'body'],
    ['an empty title', { title: '   ', body: 'x' }, 'title'],
    ['a title of 81 characters (too long)', { title: 'x'.repeat(81), body: '' }, 'title'],
    ['a body of 201 characters (too long)', { title: 'x', body: 'x'.repeat(201) }, 'body'],
    ['no body (missing field)', { title: 'x' }, 'body'],
    ['no title (missing field)', { body: 'x' }, 'title'],
    ['an extra field', { title: 'x', body: 'y', icon: 'z.png' }, ''],
    ['nothing at all', undefined, ''],
  ])('refuses %s and shows nothing', async (_label, input, path) => {
    const before = snapshot(diary.db)
    const result = await diary.call('notify:show', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (path && !result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path)
    expect(diary.services.notifications).toEqual([])
    expect(snapshot(diary.db)).toEqual(before)
  })
})
