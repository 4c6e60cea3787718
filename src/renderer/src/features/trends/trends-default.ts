/** The range the Trends page opens with: three months of days. */
export const TRENDS_DEFAULT_PRESET = '3M'
