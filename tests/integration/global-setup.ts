import type { TestProject } from 'vitest/node';
import { dropTemplate, makeTemplate, type TemplateInfo } from './template';

declare module 'vitest' {
	export interface ProvidedContext {
		qkTemplate: TemplateInfo;
	}
}

/** Migrates and seeds once per run (template.ts); every integration file then gets a clone. */
export default async function setup(project: TestProject) {
	const url = process.env.DATABASE_URL || undefined;
	const info = await makeTemplate(url);
	project.provide('qkTemplate', info);
	return async () => {
		if (url) await dropTemplate(url, info);
	};
}
