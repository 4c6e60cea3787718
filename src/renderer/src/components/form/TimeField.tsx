import { formatTimeText, parseTimeText, timePattern } from './date-text'
import { PatternedText, type TextControl } from './PatternedText'

/**
 * A time of day (`HH:MM`, 24-hour) shown and typed on the locale's clock (19:05 or 7:05 PM;
 * either is read), with the pattern beside it. Until the text is a time, `onChange` gets the
 * text itself. Spread a <Field>'s control props onto it, or give it an `id` for its own label.
 */
export function TimeField(
  props: TextControl & { value: string; onChange: (value: string) => void },
) {
  return (
    <PatternedText
      {...props}
      parse={parseTimeText}
      format={formatTimeText}
      pattern={timePattern()}
      size={8}
    />
  )
}
