// The search page's engine (themes/default/assets/search.js) over an index the C# build wrote.
// Run by SearchEngineTests: node search-engine.test.js <search.js> <folder with search/…>
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const [searchJs, folder] = process.argv.slice(2);
const engine = require(path.resolve(searchJs));
const registered = {};
globalThis.searchRegister = (key, data) => { registered[key] = data; };
const loaded = [];
function load(key) {
  loaded.push(key);
  vm.runInThisContext(fs.readFileSync(path.join(folder, 'search', key + '.js'), 'utf8'));
  assert.ok(key in registered, key + '.js registered nothing');
  return Promise.resolve(registered[key]);
}

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('the text rules match the build: the same query, bigrams, positions and hashes', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(folder, 'cases.json'), 'utf8'));
  for (const c of cases) {
    assert.equal(engine.queryChars(c.text).join(''), c.query, c.text);
    const bigrams = [];
    let position = 0;
    for (const run of engine.runs(c.text)) {
      for (let i = 0; i + 1 < run.chars.length; i++) bigrams.push([run.chars[i] + run.chars[i + 1], position + i]);
      position += run.chars.length;
    }
    assert.deepEqual(bigrams, c.bigrams, c.text);
    assert.deepEqual(c.bigrams.map(b => engine.hash(b[0])), c.hashes, c.text);
  }
});

const ids = hits => hits.map(h => h.unit + '#' + h.id);
let manifest;

test('a phrase matches only where its bigrams stand next to each other', async () => {
  const phrase = await engine.search(manifest, '平湖市', load);
  // 2025#1 has 平湖 and 湖市 (and 市平), but never 平湖市.
  assert.deepEqual(ids(phrase.hits), ['2025#2', '2024#1', '2024#0']);
  const pair = await engine.search(manifest, '平湖', load);
  assert.ok(ids(pair.hits).includes('2025#1'));
});

test('headline matches rank first, then the number of matches, then the newer article', async () => {
  const r = await engine.search(manifest, '平湖', load);
  assert.deepEqual(ids(r.hits), ['2025#2', '2025#1', '2024#1', '2024#0']);
  assert.deepEqual(r.hits.map(h => [h.title, h.count]), [[1, 3], [0, 3], [0, 3], [0, 1]]);
  const phrase = await engine.search(manifest, '平湖市', load);
  assert.deepEqual(phrase.hits.map(h => [h.title, h.count]), [[1, 3], [0, 3], [0, 1]]);
});

test('spaces and punctuation in the query are ignored; full-width letters fold', async () => {
  assert.deepEqual(ids((await engine.search(manifest, ' 平湖　市！', load)).hits), ['2025#2', '2024#1', '2024#0']);
  assert.deepEqual(ids((await engine.search(manifest, 'ＡＢ５ｇ', load)).hits), ['2025#0']);
});

test('a single character is too short; a query with nothing to find finds nothing', async () => {
  const one = await engine.search(manifest, '平', load);
  assert.equal(one.tooShort, true);
  assert.equal(one.hits.length, 0);
  assert.equal((await engine.search(manifest, '上海', load)).hits.length, 0);
  assert.equal((await engine.search(manifest, '，。', load)).tooShort, false);
});

test('a query loads one shard per bigram and unit, positions only for phrases, and no document text', async () => {
  loaded.length = 0;
  await engine.search(manifest, '平湖', load);
  assert.deepEqual(loaded, manifest.units.map(u => engine.shardKeys(u, ['平', '湖'])[0]));
  assert.ok(loaded.every(k => /^\d{4}\/p\d+$/.test(k)), loaded.join());
  loaded.length = 0;
  await engine.search(manifest, '平湖市农业', load);
  assert.ok(loaded.every(k => /^\d{4}\/[pq]\d+$/.test(k)), loaded.join());
  assert.ok(loaded.some(k => /\/q/.test(k)), loaded.join());
  for (const u of manifest.units) assert.ok(loaded.filter(k => k.startsWith(u.id + '/')).length <= 8);
});

test('a hit leads to its stored document', async () => {
  const [first] = (await engine.search(manifest, '平湖市', load)).hits;
  const doc = await engine.documentOf(manifest, first, load);
  assert.equal(doc.path, '2025/03/02/01/01.html');
  assert.equal(doc.title, '平湖市召开大会');
  assert.equal(doc.date, '2025年3月2日');
  assert.equal(doc.page, '第01版：要闻');
});

test('highlighting marks the matched characters in the source text', () => {
  const q = engine.queryChars('平湖市');
  assert.deepEqual(engine.highlight('会议在平湖市举行。平湖市民参加。', q), [[3, 6], [9, 12]]);
  assert.deepEqual(engine.highlight('嘉兴平 湖 市的新闻', q), [[2, 7]]);          // letter-spaced
  assert.deepEqual(engine.highlight('平湖，市民', q), []);                          // parted by a comma
  assert.deepEqual(engine.highlight('５Ｇ基站', engine.queryChars('5g')), [[0, 2]]);
  assert.deepEqual(engine.highlight('哈哈哈', engine.queryChars('哈哈')), [[0, 3]]); // overlaps merged
  assert.deepEqual(engine.highlight('𠀀平湖', engine.queryChars('𠀀平')), [[0, 3]]);  // UTF-16 offsets
});

test('a snippet is a window around the first match with the match marked', () => {
  const body = '一二三四五六七八九十'.repeat(4) + '平湖市' + '尾'.repeat(100);
  const parts = engine.snippet(body, engine.queryChars('平湖市'));
  assert.deepEqual(parts[0], { text: '…', mark: false });
  assert.deepEqual(parts.filter(p => p.mark), [{ text: '平湖市', mark: true }]);
  assert.deepEqual(parts[parts.length - 1], { text: '…', mark: false });
  const before = parts[1].text;
  assert.equal(before.length, 18);
  const short = engine.snippet('平湖\n市民', engine.queryChars('市民'));
  assert.deepEqual(short, [{ text: '市民', mark: true }]);
});

test('a snippet keeps to one line of the body: the kicker never runs into the paragraph', () => {
  const kicker = '到2027年，实现30亿元以上出口规模';
  const lead = '本报讯 近日，《平湖市加力推动跨境电商高质量发展实施方案》出台，聚焦主体引育壮大、平台提质增效。';
  const text = parts => parts.map(p => p.text).join('');
  assert.equal(text(engine.snippet(kicker + '\n' + lead, engine.queryChars('实施方案'))).includes(kicker.slice(-4)), false);
  // No match in the body: the opening paragraph, not the kicker above it.
  assert.ok(text(engine.snippet(kicker + '\n' + lead, engine.queryChars('无关'))).startsWith('本报讯'));
});

test('a snippet never cuts a number or a Latin word in half', () => {
  const body = '甲'.repeat(10) + '共计1,234,567.89元' + '乙'.repeat(20) + '平湖市' + '丙'.repeat(40) + 'Livestreaming' + '丁'.repeat(30);
  const parts = engine.snippet(body, engine.queryChars('平湖市'));
  const text = parts.map(p => p.text).join('');
  // Every number or word the snippet shows is whole, as the body has it.
  for (const run of text.match(/[0-9A-Za-z.,]+/g) || []) assert.ok(['1,234,567.89', 'Livestreaming'].includes(run), run + ' in ' + text);
  assert.ok(text.includes('Livestreaming'), text);
  const early = engine.snippet('甲'.repeat(2) + '共计1,234,567.89元' + '乙'.repeat(14) + '平湖市', engine.queryChars('平湖市')).map(p => p.text).join('');
  for (const run of early.match(/[0-9A-Za-z.,]+/g) || []) assert.equal(run, '1,234,567.89', early);
});

(async () => {
  manifest = await load('manifest');
  let failed = 0;
  for (const [name, fn] of tests) {
    try { await fn(); console.log('ok   ' + name); }
    catch (e) { failed++; console.log('FAIL ' + name + '\n' + e.stack); }
  }
  process.exit(failed ? 1 : 0);
})();
