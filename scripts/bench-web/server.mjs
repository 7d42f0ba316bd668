/** Starts the built app (QK_BUILD_DIR, default build) on a port and waits for /healthz. */
import { spawn } from 'node:child_process';

export async function startServer({
	port,
	env = {},
	buildDir = process.env.QK_BUILD_DIR ?? 'build'
}) {
	const child = spawn(process.execPath, [buildDir], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 240; i++) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${base}/healthz`)).ok) return { base, stop: () => stop(child) };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	stop(child);
	throw new Error('server did not start');
}

function stop(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null) return resolve();
		child.once('exit', resolve);
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), 5000).unref();
	});
}
