import { afterEach, describe, expect, it } from 'vitest'
import { symptomByCode } from './clinical/symptoms'
import { setDisplayLocale, setTemperatureUnit } from './format'
import { temperatureUnitFor, weekStartFor } from './units'

describe('units and the calendar from the region', () => {
  it('writes temperatures in Fahrenheit where people do, Celsius elsewhere', () => {
    expect(temperatureUnitFor('auto', 'en-US')).toBe('fahrenheit')
    expect(temperatureUnitFor('auto', 'en-GB')).toBe('celsius')
    expect(temperatureUnitFor('auto', 'de-DE')).toBe('celsius')
    expect(temperatureUnitFor('auto', 'en')).toBe('fahrenheit')
  })

  it('starts the week where the region does', () => {
    expect(weekStartFor('auto', 'en-GB')).toBe(1)
    expect(weekStartFor('auto', 'en-US')).toBe(0)
    expect(weekStartFor('auto', 'de-DE')).toBe(1)
    expect(weekStartFor('auto', 'ar-EG')).toBe(6)
  })

  it('lets the person choose either', () => {
    expect(temperatureUnitFor('celsius', 'en-US')).toBe('celsius')
    expect(temperatureUnitFor('fahrenheit', 'en-GB')).toBe('fahrenheit')
    expect(weekStartFor('sunday', 'de-DE')).toBe(0)
    expect(weekStartFor('saturday', 'en-GB')).toBe(6)
    expect(weekStartFor('monday', 'en-US')).toBe(1)
  })
})

describe('the fever warning', () => {
  afterEach(() => {
    setTemperatureUnit('celsius')
    setDisplayLocale('en-GB')
  })

  it('names its threshold in the chosen unit, written the locale’s way', () => {
    expect(symptomByCode('fever')?.label).toBe('Fever (over 38.3 °C) with back pain')
    setTemperatureUnit('fahrenheit')
    expect(symptomByCode('fever')?.label).toBe('Fever (over 101 °F) with back pain')
    setTemperatureUnit('celsius')
    setDisplayLocale('de-DE')
    expect(symptomByCode('fever')?.label).toBe('Fever (over 38,3 °C) with back pain')
  })
})
