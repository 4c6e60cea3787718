import type { z } from 'zod'
import type { Result } from '../errors'
import { appContract } from './app.contract'
import { checkinsContract } from './checkins.contract'
import { notifyContract } from './notify.contract'
import { treatmentsContract } from './treatments.contract'
import { episodesContract } from './episodes.contract'
import { settingsContract } from './settings.contract'
import { alertsContract } from './alerts.contract'
import { trendsContract } from './trends.contract'
import { reportContract } from './report.contract'
import { backupContract } from './backup.contract'
import { journalContract, repairContract } from './journal.contract'
import { remindersContract } from './reminders.contract'
import { pegContract } from './peg.contract'
import { insightsContract } from './insights.contract'
import { experimentsContract } from './experiments.contract'
import { channelNames, type ChannelName } from './channels'
import type { Subscribe } from './events'

/** Every channel between the window and main. A channel exists here or nowhere. */
export const contract = {
  ...appContract,
  ...checkinsContract,
  ...treatmentsContract,
  ...notifyContract,
  ...episodesContract,
  ...settingsContract,
  ...alertsContract,
  ...trendsContract,
  ...reportContract,
  ...backupContract,
  ...journalContract,
  ...repairContract,
  ...remindersContract,
  ...pegContract,
  ...insightsContract,
  ...experimentsContract,
}

export type Contract = typeof contract
export type Channel = keyof Contract
export const channels: readonly Channel[] = channelNames

// Both directions: no contract entry without a name, no name without a contract entry.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
/** @public A compile-time check that nothing reads. */
export const namesMatchContract: Exactly<Channel, ChannelName> = true

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** What the window may pass (defaults still optional). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives after parsing. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
export type Domain = DomainOf<Channel>

type Method<C extends Channel> = [InputOf<C>] extends [undefined]
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>

/** `window.journal`: one method per channel, grouped by domain (`journal.checkins.save`). */
export type JournalApi = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: Method<C>
  }
} & {
  /** Listens to one of main's events (`contract/events.ts`); answers the unsubscribe. */
  on: Subscribe
}

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>
