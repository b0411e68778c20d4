// Query time and download size of the offline search over a built site, in node, with the page's own
// engine (themes/default/assets/search.js). Each run starts cold, as a reader's first query does: the
// shard files are read and parsed again, then decoded and matched; then the first page of 20 results
// loads its document chunks.
//   node src/Site.Corpus/search-bench.js OUTPUT_FOLDER [runs] [query …]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const [site, runsArg, ...given] = process.argv.slice(2);
if (!site) { console.error('usage: node search-bench.js OUTPUT_FOLDER [runs] [query …]'); process.exit(2); }
const runs = Number(runsArg || 7);
const queries = given.length ? given : ['平湖', '经济', '企业', '平湖市', '乡村振兴', '共同富裕', '平湖市委', '数字经济发展'];
const engine = require(path.resolve(__dirname, '../../themes/default/assets/search.js'));
let registered = {};
globalThis.searchRegister = (key, data) => { registered[key] = data; };

function loader() {
  const stats = { files: 0, bytes: 0 };
  const cache = new Map();
  const load = key => {
    if (!cache.has(key)) {
      const text = fs.readFileSync(path.join(site, 'search', key + '.js'), 'utf8');
      stats.files++;
      stats.bytes += Buffer.byteLength(text);
      vm.runInThisContext(text);
      cache.set(key, registered[key]);
      delete registered[key];
    }
    return Promise.resolve(cache.get(key));
  };
  return { load, stats };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const manifest = await loader().load('manifest');
  const docs = manifest.units.reduce((n, u) => n + u.documents, 0);
  console.log(`${manifest.units.length} units, ${docs} documents`);
  console.log('query | hits | shard files | shard bytes | search ms (median) | first 20: chunk files, bytes, ms');
  for (const q of queries) {
    const searchMs = [], pageMs = [];
    let last;
    for (let r = 0; r < runs; r++) {
      const { load, stats } = loader();
      let t = process.hrtime.bigint();
      const result = await engine.search(manifest, q, load);
      searchMs.push(Number(process.hrtime.bigint() - t) / 1e6);
      const shard = { ...stats };
      t = process.hrtime.bigint();
      await Promise.all(result.hits.slice(0, engine.PAGE_SIZE).map(h => engine.documentOf(manifest, h, load)
        .then(d => engine.snippet(d.body, result.chars))));
      pageMs.push(Number(process.hrtime.bigint() - t) / 1e6);
      last = { hits: result.hits.length, shard, page: { files: stats.files - shard.files, bytes: stats.bytes - shard.bytes } };
    }
    console.log(`${q} | ${last.hits} | ${last.shard.files} | ${last.shard.bytes} | ${median(searchMs).toFixed(1)} | ` +
      `${last.page.files}, ${last.page.bytes}, ${median(pageMs).toFixed(1)}`);
  }
})();
