import autocannon from 'autocannon';
const views = [[8.58,51.935,8.6,51.955],[8.56,52.0,8.58,52.02],[8.585,52.04,8.605,52.06],[8.55,51.94,8.57,51.96]];
const filters = ['kinds=vacancy&working_time=part_time','wheelchair=1','kinds=support_service,learning_place&free_only=1','q=Lager','languages=tr,ar&kinds=vacancy,support_service',''];
const only = process.env.ONLY;
const paths = views.flatMap(v => filters.filter((f,i)=> only===undefined || String(i)===only).map(f => `/api/places?bbox=${v.join(',')}${f ? '&'+f : ''}`));
let i = 0;
const r = await autocannon({ url: process.env.BASE ?? 'http://127.0.0.1:4182', connections: 16, duration: Number(process.env.SECS ?? 10), requests: [{ setupRequest: req => { const n = i++; let path = paths[n % paths.length]; const d=(n+1)*1e-7; path = path.replace(/bbox=([^&]+)/, (_, b) => 'bbox=' + b.split(',').map(Number).map(x => (x + d).toFixed(7)).join(',')); return { ...req, path }; } }] });
console.log(`rps ${r.requests.average} p50 ${r.latency.p50} p97.5 ${r.latency.p97_5} p99 ${r.latency.p99} errors ${r.errors + r.non2xx}`);
