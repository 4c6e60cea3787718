import { DAILY_MAX_DAYS } from '@shared/domain/trends'

/**
 * The width of every trend chart's left axis: the treatment chart names its kinds there, and
 * the charts above leave the same room, so one date sits at one x on every chart.
 */
export const TREND_AXIS_WIDTH = 118

/**
 * What a trend card's width holds besides the plot: the axis, the card's border and padding and
 * recharts' margins. Measured at 1280, 720, 640 (200% zoom) and 320 px: the plot is the page's
 * content width less this (docs/performance.md, "One point per pixel column").
 */
export const TREND_PLOT_INSET = TREND_AXIS_WIDTH + 52

/** A window being resized redraws the charts only when its plot crosses a step of this many px. */
const WIDTH_STEP = 50

/** The plot's width on a page `pageWidth` px wide, rounded down to a step (one step at least). */
export function trendPlotWidth(pageWidth: number): number {
  const plot = Math.floor((pageWidth - TREND_PLOT_INSET) / WIDTH_STEP) * WIDTH_STEP
  return Math.max(WIDTH_STEP, plot)
}

/**
 * How many points to ask for: one per pixel column of the plot. No range charts more than a
 * year of days, so a wider plot asks for that many: one question for every wide window.
 */
export function maxTrendPoints(plotWidth: number): number {
  return Math.min(plotWidth, DAILY_MAX_DAYS)
}

/** The room one date label takes on the x axis, gap included: "Nov 2026", or "28 Nov". */
export function tickRoom(years: boolean): number {
  return years ? 72 : 52
}
