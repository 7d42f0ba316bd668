/**
 * gzip for the app's own dynamic answers (pages, JSON, GeoJSON), for phones on small data plans:
 * the map page is about 160 kB of HTML and 30 kB gzipped. Static files are precompressed by the
 * adapter; a reverse proxy that compresses as well is not needed (but does no harm: an answer that
 * already has a content-encoding is left alone).
 */
const COMPRESSIBLE = /^(text\/html|application\/(geo\+)?json|text\/plain|image\/svg\+xml)\b/;

export function acceptsGzip(request: Request) {
	return /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
}

export function compressResponse(request: Request, response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.status === 204 ||
		response.status === 304 ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type) ||
		!acceptsGzip(request)
	) {
		return response;
	}
	const length = Number(response.headers.get('content-length') ?? Infinity);
	if (length < 1024) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
