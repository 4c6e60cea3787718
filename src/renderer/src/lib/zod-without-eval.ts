import { z } from 'zod'

// Zod 4 compiles object parsers with `new Function`, first probing whether eval is allowed.
// The window's CSP forbids eval: the probe fails quietly but reports a CSP violation. Jitless
// parsing gives the same answers without either. Imported first by main.tsx, before any parse.
z.config({ jitless: true })
