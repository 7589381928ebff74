import { z } from 'zod';

// Extension pages forbid eval (the CSP in wxt.config.ts), and zod probes for it with `new Function`
// when it builds its first object schema unless told not to (web-ext lint flags the probe too).
// Every module that builds a schema takes `z` from here, so the setting is in force before the
// first schema exists, whatever order an entrypoint loads its modules in.
z.config({ jitless: true });

export { z };
