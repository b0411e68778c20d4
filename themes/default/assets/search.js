/* 数字报 offline search. The build writes a character-bigram index under search/ as script files that
 * call searchRegister(key, data), so this page loads only the shards a query needs, from a server, from
 * file:// or from a mirror alike. The text rules (fold, classify), the shard hash and the posting code
 * are the same as the build's (src/Site.Publishing/Search); docs/search.md describes the format.
 * No library; results are built with DOM methods and textContent only. */
(function (global) {
  'use strict';

  var PAGE_SIZE = 20;
  var SNIPPET = 72;      // characters of body text around the first match
  var LEAD = 18;         // of which before it
  var FINAL = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var KEPT = 0, SKIPPED = 1, BREAK = 2;

  var DIGITS = {};
  for (var d = 0; d < 32; d++) {
    DIGITS[FINAL.charCodeAt(d)] = d;
    DIGITS[MORE.charCodeAt(d)] = 32 + d;
  }

  /* ---- Text: the build's SearchText, code point by code point. ---- */

  function fold(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    return c >= 65 && c <= 90 ? c + 32 : c;
  }

  function classify(c) {
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) ||
        (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7) ||
        (c >= 0x3040 && c <= 0x30FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x3FFFF)) return KEPT;
    if (c === 32 || c === 9 || c === 13 || c === 0xA0 || c === 0x3000) return SKIPPED;
    return BREAK;
  }

  /** The text as runs of kept characters: { chars: [folded], starts: [UTF-16 offset], ends: [...] }. */
  function runs(text) {
    var all = [], run = null;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i), len = cp > 0xFFFF ? 2 : 1, c = fold(cp), k = classify(c);
      if (k === KEPT) {
        if (!run) all.push(run = { chars: [], starts: [], ends: [] });
        run.chars.push(String.fromCodePoint(c));
        run.starts.push(i);
        run.ends.push(i + len);
      } else if (k === BREAK) {
        run = null;
      }
      i += len;
    }
    return all;
  }

  /** A query's kept characters, folded: "平湖 市！" → ["平", "湖", "市"]. */
  function queryChars(query) {
    var out = [];
    runs(query || '').forEach(function (r) { out.push.apply(out, r.chars); });
    return out;
  }

  /** UTF-16 ranges [start, end) where the query's characters stand in a row, overlaps merged. */
  function highlight(text, q) {
    var ranges = [];
    if (q.length === 0) return ranges;
    runs(text).forEach(function (r) {
      for (var i = 0; i + q.length <= r.chars.length; i++) {
        var j = 0;
        while (j < q.length && r.chars[i + j] === q[j]) j++;
        if (j < q.length) continue;
        var start = r.starts[i], end = r.ends[i + q.length - 1], last = ranges[ranges.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else ranges.push([start, end]);
      }
    });
    return ranges;
  }

  /** Text split at the ranges: [{ text, mark }], for building the result with DOM methods. */
  function segments(text, ranges, from, to) {
    var out = [], at = from;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], from), e = Math.min(r[1], to);
      if (e <= s) return;
      if (s > at) out.push({ text: text.slice(at, s), mark: false });
      out.push({ text: text.slice(s, e), mark: true });
      at = e;
    });
    if (at < to) out.push({ text: text.slice(at, to), mark: false });
    return out;
  }

  /** Characters that run together into a number or a Latin word ("2,000", "30%", "1+N+L", "Live"):
   * a snippet never starts or ends inside such a run. */
  var WORD = /[0-9A-Za-z.,%+\-]/;

  function inRun(text, i) { return i > 0 && i < text.length && WORD.test(text[i - 1]) && WORD.test(text[i]); }

  /** A window of one line of the body (kicker, subheadline, paragraph or caption: never two run together)
   * around the first match, else of the first paragraph; it does not cut a number or a word in half. */
  function snippet(body, q) {
    var lines = body.split('\n'), line = null, ranges = [];
    for (var i = 0; i < lines.length && !line; i++) {
      var found = highlight(lines[i], q);
      if (found.length) { line = lines[i]; ranges = found; }
    }
    if (!line) {
      // No match in the body: its opening paragraph, not the kicker or subheadline that head it.
      line = lines.filter(function (l) { return l.length >= 40; })[0] || lines[0] || '';
      ranges = [];
    }
    var start = ranges.length ? Math.max(0, ranges[0][0] - LEAD) : 0;
    while (start > 0 && inRun(line, start)) start--;
    if (start > 0 && line.charCodeAt(start) >= 0xDC00 && line.charCodeAt(start) <= 0xDFFF) start--;
    var end = Math.min(line.length, start + SNIPPET);
    while (end < line.length && inRun(line, end)) end++;
    if (end < line.length && line.charCodeAt(end) >= 0xDC00 && line.charCodeAt(end) <= 0xDFFF) end++;
    var parts = segments(line, ranges, start, end);
    if (start > 0) parts.unshift({ text: '…', mark: false });
    if (end < line.length) parts.push({ text: '…', mark: false });
    return parts;
  }

  /* ---- The index: shard hash, posting code, matching. ---- */

  /** FNV-1a over UTF-16 code units, as ShardHash.Hash. */
  function hash(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
      h = (h ^ s.charCodeAt(i)) >>> 0;
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
  }

  function decode(code) {
    var values = [], v = 0;
    for (var i = 0; i < code.length; i++) {
      var x = DIGITS[code.charCodeAt(i)];
      if (x === undefined) throw new Error('not a posting digit: ' + code[i]);
      if (x < 32) { values.push(v * 32 + x); v = 0; } else v = v * 32 + (x - 32);
    }
    return values;
  }

  /** A document list as a Map from document id to its occurrences × 2 (+ 1 with one in the headline). */
  function documentList(code) {
    var n = decode(code || ''), map = new Map(), doc = 0;
    for (var i = 0; i + 1 < n.length; i += 2) {
      doc += n[i];
      map.set(doc, n[i + 1]);
    }
    return map;
  }

  /** The positions that go with a document list, as a Map from document id to its positions (ascending). */
  function positionList(list, code) {
    var n = decode(code || ''), map = new Map(), at = 0;
    list.forEach(function (countAndTitle, doc) {
      var count = countAndTitle >> 1, positions = new Array(count), p = 0;
      for (var j = 0; j < count; j++) positions[j] = p += n[at++];
      map.set(doc, positions);
    });
    return map;
  }

  function contains(sorted, x) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === x) return true;
      if (sorted[mid] < x) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  function bigrams(q) {
    var out = [];
    for (var i = 0; i + 1 < q.length; i++) out.push(q[i] + q[i + 1]);
    return out;
  }

  function shardOf(unit, bigram) {
    return hash(bigram) & (unit.shards - 1);
  }

  /** The files of an index unit (a past year, or a month of the newest year) a query needs: the document
   * lists of its bigrams' shards (pN), and for three characters or more their positions too (qN). */
  function shardKeys(unit, q) {
    var seen = {}, keys = [];
    bigrams(q).forEach(function (b) {
      var kinds = q.length > 2 ? ['p', 'q'] : ['p'];
      kinds.forEach(function (kind) {
        var key = unit.id + '/' + kind + shardOf(unit, b);
        if (!seen[key]) { seen[key] = true; keys.push(key); }
      });
    });
    return keys;
  }

  /** The documents of a unit where the query's bigrams stand next to each other, in order (a phrase,
   * not merely all its bigrams somewhere). A hit has title (1 when a match is in the headline) and
   * count (its matches). Two characters are one bigram: its document list says all that. */
  function matchUnit(manifest, unit, order, q, shards) {
    var grams = bigrams(q), lists = {}, hits = [];
    grams.forEach(function (b) {
      if (!lists[b]) lists[b] = documentList(shards[unit.id + '/p' + shardOf(unit, b)][b]);
    });
    function hit(doc, title, count) {
      hits.push({ unit: unit.id, order: order, id: doc, title: title, count: count, score: 10 * title + count });
    }
    if (grams.length === 1) {
      lists[grams[0]].forEach(function (countAndTitle, doc) { hit(doc, countAndTitle & 1, countAndTitle >> 1); });
      return hits;
    }
    var smallest = null;
    Object.keys(lists).forEach(function (b) { if (!smallest || lists[b].size < smallest.size) smallest = lists[b]; });
    var candidates = [];
    smallest.forEach(function (_, doc) {
      for (var i = 0; i < grams.length; i++) if (!lists[grams[i]].has(doc)) return;
      candidates.push(doc);
    });
    if (candidates.length === 0) return hits;
    var positions = {};
    grams.forEach(function (b) {
      if (!positions[b]) positions[b] = positionList(lists[b], shards[unit.id + '/q' + shardOf(unit, b)][b]);
    });
    candidates.forEach(function (doc) {
      var at = grams.map(function (b) { return positions[b].get(doc); });
      var title = 0, count = 0;
      at[0].forEach(function (p) {
        for (var i = 1; i < at.length; i++) if (!contains(at[i], p + i)) return;
        count++;
        if (p < manifest.titleSpan) title = 1;
      });
      if (count > 0) hit(doc, title, count);
    });
    return hits;
  }

  /** Headline matches weigh most, then how often it matches, then the newer article. */
  function rank(a, b) {
    return b.score - a.score || a.order - b.order || b.id - a.id;
  }

  /**
   * Runs a query over every unit, newest first, loading only the shards it needs.
   * load(key) returns a promise of the data a file registered; progress(label, hitsSoFar) is optional.
   * Resolves to { chars, hits (ranked), tooShort }.
   */
  function search(manifest, query, load, progress) {
    var q = queryChars(query), hits = [];
    if (q.length < 2) return Promise.resolve({ chars: q, hits: hits, tooShort: q.length === 1 });
    var chain = Promise.resolve();
    manifest.units.forEach(function (unit, order) {
      chain = chain.then(function () {
        var keys = shardKeys(unit, q);
        return Promise.all(keys.map(load)).then(function (datas) {
          var shards = {};
          keys.forEach(function (k, i) { shards[k] = datas[i]; });
          hits.push.apply(hits, matchUnit(manifest, unit, order, q, shards));
          if (progress) progress(unit.label, hits.length);
        });
      });
    });
    return chain.then(function () { return { chars: q, hits: hits.sort(rank), tooShort: false }; });
  }

  /** The stored document of a hit: { path, title, date, page, body }. */
  function documentOf(manifest, hit, load) {
    var size = manifest.chunkSize;
    return load(hit.unit + '/d' + Math.floor(hit.id / size)).then(function (chunk) {
      var d = chunk[hit.id % size];
      return { path: d[0], title: d[1], date: d[2], page: d[3], body: d[4] };
    });
  }

  var api = {
    fold: fold, classify: classify, runs: runs, queryChars: queryChars, bigrams: bigrams, hash: hash,
    decode: decode, documentList: documentList, positionList: positionList, shardKeys: shardKeys, matchUnit: matchUnit, rank: rank, search: search,
    documentOf: documentOf, highlight: highlight, segments: segments, snippet: snippet, PAGE_SIZE: PAGE_SIZE
  };
  if (typeof module === 'object' && module.exports) module.exports = api;

  /* ---- The page. ---- */

  var registry = {};
  global.searchRegister = function (key, data) { registry[key] = data; };

  if (typeof document === 'undefined') return;

  /** Loads search/<key>.js with a script element (works from file://); each file once. */
  function scriptLoader(base) {
    var cache = {};
    return function (key) {
      if (!cache[key]) {
        cache[key] = new Promise(function (resolve, reject) {
          var s = document.createElement('script');
          s.src = base + key + '.js';
          s.onload = function () {
            s.remove();
            if (Object.prototype.hasOwnProperty.call(registry, key)) {
              var data = registry[key];
              delete registry[key];
              resolve(data);
            } else reject(new Error(key + '.js did not register its data'));
          };
          s.onerror = function () { s.remove(); reject(new Error('cannot load ' + s.src)); };
          document.head.appendChild(s);
        });
      }
      return cache[key];
    };
  }

  function element(name, className, parts) {
    var e = document.createElement(name);
    if (className) e.className = className;
    (parts || []).forEach(function (p) {
      if (p.mark) {
        var m = document.createElement('mark');
        m.textContent = p.text;
        e.appendChild(m);
      } else e.appendChild(document.createTextNode(p.text));
    });
    return e;
  }

  function resultItem(doc, q, root) {
    var li = document.createElement('li');
    var a = element('a', 'headline', segments(doc.title, highlight(doc.title, q), 0, doc.title.length));
    a.href = root + doc.path;
    var heading = document.createElement('h2');
    heading.appendChild(a);
    li.appendChild(heading);
    var meta = element('p', 'meta');
    meta.textContent = doc.date + ' · ' + doc.page;
    li.appendChild(meta);
    li.appendChild(element('p', 'snippet', snippet(doc.body, q)));
    return li;
  }

  function start() {
    var form = document.querySelector('form[role=search]');
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('results');
    var more = document.getElementById('more');
    if (!form || !input || !status || !list) return;
    var manifestPath = form.getAttribute('data-index') || 'manifest.js';
    var base = manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1);
    var root = form.getAttribute('data-root') || '';
    var load = scriptLoader(base);
    var query = new URLSearchParams(global.location.search).get('q') || '';
    input.value = query;
    if (query) document.title = query + ' · ' + document.title;
    if (!queryChars(query).length) {
      status.textContent = query ? '请输入文字或数字。' : '输入关键词，在全部文章中搜索。';
      if (!query) input.focus();
      return;
    }

    status.textContent = '正在搜索…';
    var shown = 0, found = null;

    function showMore() {
      var page = found.hits.slice(shown, shown + PAGE_SIZE);
      more.hidden = true;
      return Promise.all(page.map(function (hit) { return documentOf(manifest, hit, load); })).then(function (docs) {
        docs.forEach(function (doc) { list.appendChild(resultItem(doc, found.chars, root)); });
        shown += docs.length;
        more.hidden = shown >= found.hits.length;
      });
    }

    var manifest = null;
    load(manifestPath.slice(base.length).replace(/\.js$/, '')).then(function (m) {
      manifest = m;
      return search(manifest, query, load, function (label, count) {
        status.textContent = '正在搜索… 已查到' + label + '，找到 ' + count + ' 篇';
      });
    }).then(function (result) {
      found = result;
      if (result.tooShort) {
        status.textContent = '请至少输入两个字：索引按相邻的两个字编排，单个字无法检索。';
        return;
      }
      status.textContent = '找到 ' + result.hits.length + ' 篇';
      more.onclick = function () { showMore(); };
      return showMore();
    }).catch(function (e) {
      status.textContent = '搜索出错：' + e.message;
    });
  }

  start();
})(typeof window !== 'undefined' ? window : globalThis);
