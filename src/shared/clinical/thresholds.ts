/**
 * Every clinical threshold (docs/clinical-rules.md#rules-and-thresholds), written once. Rules, SQL
 * (as bound parameters) and sentences read them from here; nothing else may spell one of these
 * numbers.
 */

/** Episode length, in days counted inclusively, from which "not easing" may be raised. */
export const NOT_IMPROVING_MIN_DAYS = 7
/** Episode length from which "longer than two weeks" is raised. */
export const TWO_WEEKS_DAYS = 14
/** Episode length from which "longer than four weeks" replaces the two-week flag. */
export const FOUR_WEEKS_DAYS = 28

/** Episodes starting in one region that make a recurrence … */
export const RECURRENCE_COUNT = 3
/** … when the first and the last of them start within this many days, counted inclusively. */
export const RECURRENCE_WINDOW_DAYS = 90

/** The most days with check-ins in each of the "first" and "recent" windows of not-easing. */
export const PAIN_WINDOW_MAX_DAYS = 3
/** Fewer days with a pain value than this and not-easing cannot be told. */
export const PAIN_TREND_MIN_DAYS = 2
/** Not-easing is raised only when the recent mean pain is at least this high (0–10). */
export const NOT_EASING_MIN_RECENT_PAIN = 4

/**
 * "Recent", in days ending today: urgent and soon warning signs stay active this long, and a
 * health-history answer holds while any check-in of this window recorded back pain.
 */
export const RECENT_DAYS = 14

/** Back pain for the rules: a check-in with pain at least this high (0–10). */
export const BACK_PAIN_MIN = 1

/** A change of this many points on a 0–10 scale is the usual threshold for a meaningful change. */
export const MEANINGFUL_CHANGE = 2
/** … or a drop of at least this share of the starting pain (IMMPACT): 30 %. */
export const MEANINGFUL_PAIN_FRACTION = 0.3
/** A change of the PEG score of at least this share of the starting score is meaningful. */
export const MEANINGFUL_PEG_FRACTION = 0.3

/** A finding must pass its test below this significance level (after Holm's correction). */
export const SIGNIFICANCE_LEVEL = 0.05
/** Intervals shown beside shares and differences are 95 % intervals. */
export const CONFIDENCE_LEVEL = 0.95

/** Means closer than this read as "no change" or "the same": they show as 0.0 at one decimal. */
export const NO_CHANGE_WITHIN = 0.05

/** Morning stiffness lasting this long or longer is a pattern worth telling a doctor about. */
export const LONG_MORNING_STIFFNESS_MINUTES = 30

/** Fewer pain-rated sessions than this and a treatment's effect is "not enough data". */
export const MIN_RATED_SESSIONS = 3

/** The PEG is asked again once none was recorded (or dismissed) in this many days. */
export const PEG_INTERVAL_DAYS = 7
/** The PEG is first asked once the diary is this many days old (its first entry that long ago). */
export const PEG_FIRST_AFTER_DAYS = 7

/**
 * Experiments (n-of-1): the fewest pairs whose randomization test can pass at all — with 6 pairs
 * the most extreme schedule comes up 2 times in 2⁶ = 64 (3 %); with 5, 2 in 32 (6 %).
 */
export const EXPERIMENT_MIN_PAIRS = 6
export const EXPERIMENT_MAX_PAIRS = 16
/** Days in each period of a pair, and the wash-out days at the start of each period. */
export const EXPERIMENT_MAX_PERIOD_DAYS = 7
export const EXPERIMENT_MAX_WASHOUT_DAYS = 3
/** Below this many schedules every one is enumerated; above, this many are drawn. */
export const EXPERIMENT_EXACT_SCHEDULES = 2 ** 14
export const EXPERIMENT_RANDOM_DRAWS = 10_000
/** Days from an episode's start that a new flare swamps, and so are not counted. */
export const EXPERIMENT_FLARE_START_DAYS = 2
