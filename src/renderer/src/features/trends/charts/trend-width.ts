/**
 * The width of every trend chart's left axis: the treatment chart names its kinds there, and
 * the charts above leave the same room, so one date sits at one x on every chart.
 */
export const TREND_AXIS_WIDTH = 118

/**
 * What a trend card's width holds besides the plot: the axis, the card's border and padding and
 * recharts' margins. Measured at 1280, 720, 640 (200% zoom) and 320 px: the plot is always the
 * page's content width less this.
 */
export const TREND_PLOT_INSET = TREND_AXIS_WIDTH + 52

/** A window being resized asks main again only when its plot crosses a step of this many px. */
const WIDTH_STEP = 50

/**
 * How many points the trend charts can show on a page `pageWidth` px wide: one per pixel
 * column of the plot, rounded down to a step (docs/performance.md, "One point per pixel column").
 */
export function maxTrendPoints(pageWidth: number): number {
  const plot = Math.floor((pageWidth - TREND_PLOT_INSET) / WIDTH_STEP) * WIDTH_STEP
  return Math.max(WIDTH_STEP, plot)
}

/** The room one date label takes on the x axis, gap included: "Nov 2026", or "28 Nov". */
export function tickRoom(years: boolean): number {
  return years ? 72 : 52
}
