// The language switch in the page header answers from the first paint: changing its select
// submits its form (GET /sprache), also before the app's JavaScript has started. On a cheap phone
// that can take seconds, and a choice made then was silently lost. Delegated on the document, so
// it needs no element yet; the app adds no handler of its own (one submit, not two).
document.addEventListener('change', function (e) {
	var select = e.target;
	if (!select || select.id !== 'lang-select' || !select.form) return;
	if (select.form.requestSubmit) select.form.requestSubmit();
	else select.form.submit();
});
