import { describe, expect, it } from 'vitest'
import { pdfFooterTemplate } from './pdf-footer'

const period = { from: '2026-01-01', to: '2026-03-31' }

describe('the PDF footer template', () => {
  it('names the label, the period, the day and Unknot, then "page X of Y"', () => {
    const html = pdfFooterTemplate({ label: 'Jo Bloggs', period, generatedOn: '2026-04-02' })
    const text = html.replace(/<[^>]+>/g, '')
    expect(text).toBe(
      'Jo Bloggs · 1 Jan 2026 – 31 Mar 2026 · generated on 2 Apr 2026 by Unknotpage  of ',
    )
    expect(html).toContain('<span class="pageNumber"></span>')
    expect(html).toContain('<span class="totalPages"></span>')
  })

  it('leaves the label out when there is none', () => {
    const html = pdfFooterTemplate({ label: '   ', period, generatedOn: '2026-04-02' })
    expect(html).toContain('<span>1 Jan 2026 – 31 Mar 2026 · generated on')
  })

  it.each([
    ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['Smith & "Jones"', 'Smith &#38; &#34;Jones&#34;'],
    ["<span class='pageNumber'>", '&#60;span class=&#39;pageNumber&#39;&#62;'],
  ])('never lets the label become markup: %s', (label, escaped) => {
    const html = pdfFooterTemplate({ label, period, generatedOn: '2026-04-02' })
    expect(html).toContain(escaped)
    expect(html.match(/class="pageNumber"/g)).toHaveLength(1)
  })
})
