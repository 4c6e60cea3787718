/** The performance mark `preloadScreens` leaves once every lazily loaded screen is fetched. */
export const SCREENS_LOADED = 'unknot:screens-loaded'
