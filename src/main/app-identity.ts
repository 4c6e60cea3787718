/**
 * Who the app is to the operating system. The packaging config reads the same constants, so the
 * Windows Start-menu shortcut the installer makes carries the id the running app declares
 * (without a match, Windows drops its notifications silently).
 */
export const APP_ID = 'org.unknot.journal'
export const PRODUCT_NAME = 'Unknot'
