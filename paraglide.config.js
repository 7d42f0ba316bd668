/**
 * Paraglide's compiler options, shared by the Vite plugin (vite.config.ts) and the stand-alone
 * compile (scripts/i18n-compile.js, run by `prepare` and `check`), so the generated code in
 * src/lib/i18n/paraglide is the same whichever wrote it. That folder is generated and git-ignored.
 *
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/i18n/paraglide',
	// Cookie first so a chosen language sticks; URLs stay the same in every language.
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	cookieMaxAge: 60 * 60 * 24 * 365,
	outputStructure: 'message-modules',
	// What the Vite plugin sets under Vite, so both writers give the same runtime.
	isServer: "import.meta.env?.SSR ?? typeof window === 'undefined'",
	emitGitIgnore: true
};
