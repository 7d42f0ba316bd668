// Generates src/lib/i18n/paraglide from messages/*.json (git-ignored output), so svelte-check and
// Vitest work on a fresh clone before the first Vite build. Vite's plugin does the same in dev/build.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
