import { m } from '$lib/i18n';

export function stateLabel(status: string): string {
	const labels: Record<string, () => string> = {
		previewed: m.staff_import_state_previewed,
		running: m.staff_import_state_running,
		committed: m.staff_import_state_committed,
		failed: m.staff_import_state_failed,
		discarded: m.staff_import_state_discarded
	};
	return labels[status]?.() ?? status;
}
