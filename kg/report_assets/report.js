/* kg report: draws the charts (vega-embed) and the paged events table from the data inlined in the
   page (#kg-data). Nothing is fetched: every script and all data are in the file.
   Exposes window.kgViews = {timeline, network, organisation, hashtag, place} (Vega views) and
   window.kgReport (the table's state and filter functions) for tests and for curious readers;
   document.body.dataset.ready is "1" once every chart is drawn ("error" if one failed). */
(function () {
  'use strict';

  var D = JSON.parse(document.getElementById('kg-data').textContent);

  // Integer columns come as base64 LEB128 varints (kg/report.py: _varints), about a byte a number.
  function varints(b64) {
    var bin = atob(b64), out = [], n = 0, scale = 1;
    for (var i = 0; i < bin.length; i++) {
      var c = bin.charCodeAt(i);
      n += (c & 127) * scale;
      if (c & 128) { scale *= 128; } else { out.push(n); n = 0; scale = 1; }
    }
    return out;
  }
  function unzigzag(z) { return z % 2 ? -(z + 1) / 2 : z / 2; }

  // The events table as columns: date and place are 1-based indexes (0: none), a is the message id
  // or first line (as steps from the row before), b the number of lines after the first.
  var E = (function (raw) {
    var n = raw.count, date = varints(raw.date), place = varints(raw.place), source = varints(raw.source);
    var steps = varints(raw.a), span = varints(raw.b), people = varints(raw.people);
    var cols = {date: new Int32Array(n), type: varints(raw.type), place: new Int32Array(n), source: new Int32Array(n),
                a: new Array(n), b: new Array(n), speakers: new Array(n), participants: new Array(n)};
    var at = 0, previous = 0;
    for (var i = 0; i < n; i++) {
      cols.date[i] = date[i] - 1;
      cols.place[i] = place[i] - 1;
      cols.source[i] = source[i] - 1;
      previous += unzigzag(steps[i]);
      cols.a[i] = previous;
      cols.b[i] = previous + span[i];
      var k = people[at++];
      cols.speakers[i] = people.slice(at, at + k); at += k;
      k = people[at++];
      cols.participants[i] = people.slice(at, at + k); at += k;
    }
    return cols;
  })(D.events);
  var N = D.events.count;
  var PAGE = D.pageRows || 100;
  var views = {};
  window.kgViews = views;

  // ---- rows of the events table, as text --------------------------------------------------------
  function names(list) {
    var out = [];
    for (var i = 0; i < list.length; i++) out.push(D.people[list[i]]);
    return out.join(', ');
  }
  function postText(i) {
    var s = E.source[i];
    if (s < 0) return '';
    var src = D.sources[s];
    if (src[0] === 'c') return 't.me/c/' + src[1] + '/' + E.a[i];
    if (src[0] === 'f') return src[1] + ':' + E.a[i] + (E.b[i] !== E.a[i] ? '-' + E.b[i] : '');
    return 'message ' + E.a[i];
  }
  function postUrl(i) {
    var s = E.source[i];
    if (s < 0) return null;
    var src = D.sources[s];
    // exports give the channel's numeric id, not its username: t.me/c/<id>/<message> opens the post
    if (src[0] === 'c') return 'https://t.me/c/' + encodeURIComponent(String(src[1])) + '/' + encodeURIComponent(String(E.a[i]));
    return null;
  }
  function dateOf(i) { return E.date[i] < 0 ? '' : D.dates[E.date[i]]; }
  function placeOf(i) { return E.place[i] < 0 ? '' : D.places[E.place[i]]; }
  function typeOf(i) { return D.types[E.type[i]]; }

  var haystack = null; // lower-case text of each row, made on the first text filter
  function rowText(i) {
    return [dateOf(i), typeOf(i), placeOf(i), names(E.speakers[i]), names(E.participants[i]), postText(i)]
      .join('\u0001').toLowerCase();
  }

  // ---- filters ----------------------------------------------------------------------------------
  var state = {text: '', pick: null, page: 0, matches: null};
  var memberCache = {};

  function members(kind, k) {
    var key = kind + ':' + k;
    if (!memberCache[key]) {
      var deltas = varints(D.top[kind][k][2]), set = new Uint8Array(N), at = 0;
      for (var j = 0; j < deltas.length; j++) { at += deltas[j]; set[at] = 1; }
      memberCache[key] = set;
    }
    return memberCache[key];
  }

  function pickTest(pick) {
    if (!pick) return null;
    if (pick.kind === 'person') {
      var p = pick.index;
      return function (i) { return E.speakers[i].indexOf(p) >= 0 || E.participants[i].indexOf(p) >= 0; };
    }
    if (pick.kind === 'month') {
      var t = D.types.indexOf(pick.type);
      return function (i) { return E.date[i] >= 0 && D.dates[E.date[i]].slice(0, 7) === pick.month && (t < 0 || E.type[i] === t); };
    }
    var set = members(pick.kind, pick.index);
    return function (i) { return set[i] === 1; };
  }

  function recompute() {
    var text = state.text.trim().toLowerCase();
    var test = pickTest(state.pick);
    if (!text && !test) { state.matches = null; return; }
    if (text && !haystack) { haystack = new Array(N); for (var h = 0; h < N; h++) haystack[h] = rowText(h); }
    var words = text ? text.split(/\s+/) : [];
    var out = [];
    for (var i = 0; i < N; i++) {
      if (test && !test(i)) continue;
      var ok = true;
      for (var w = 0; w < words.length; w++) { if (haystack[i].indexOf(words[w]) < 0) { ok = false; break; } }
      if (ok) out.push(i);
    }
    state.matches = out;
  }

  function matchCount() { return state.matches ? state.matches.length : N; }
  function rowAt(k) { return state.matches ? state.matches[k] : k; }

  // ---- the table --------------------------------------------------------------------------------
  var tbody = document.querySelector('#events-table tbody');
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }
  function drawTable() {
    var total = matchCount();
    var pages = Math.max(1, Math.ceil(total / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    if (state.page < 0) state.page = 0;
    var start = state.page * PAGE, end = Math.min(total, start + PAGE);
    var frag = document.createDocumentFragment();
    for (var k = start; k < end; k++) {
      var i = rowAt(k);
      var tr = document.createElement('tr');
      cell(tr, dateOf(i) || 'undated', dateOf(i) ? 'date' : 'date undated');
      var typeCell = cell(tr, '', 'type');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = D.typeColours[E.type[i]] || '#999';
      typeCell.appendChild(swatch);
      typeCell.appendChild(document.createTextNode(typeOf(i)));
      cell(tr, placeOf(i));
      cell(tr, names(E.speakers[i]));
      cell(tr, names(E.participants[i]));
      var post = cell(tr, '', 'post');
      var url = postUrl(i);
      if (url) {
        var a = document.createElement('a');
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = postText(i);
        post.appendChild(a);
      } else {
        var code = document.createElement('code');
        code.textContent = postText(i);
        post.appendChild(code);
      }
      frag.appendChild(tr);
    }
    tbody.replaceChildren(frag);
    document.getElementById('page-info').textContent =
      total ? 'rows ' + (start + 1) + '\u2013' + end + ' of ' + total + ' \u00b7 page ' + (state.page + 1) + ' of ' + pages
            : 'no events match';
    document.getElementById('prev').disabled = state.page <= 0;
    document.getElementById('next').disabled = state.page >= pages - 1;
    document.getElementById('match-count').textContent =
      (state.matches ? total + ' of ' + N + ' events match' : N + ' events') + ', ' + PAGE + ' rows a page.';
  }

  function describe(pick) {
    if (!pick) return '';
    if (pick.kind === 'person') return 'events of ' + D.people[pick.index];
    if (pick.kind === 'month') return (pick.type ? pick.type + ' events' : 'events') + ' in ' + pick.month;
    var label = {organisation: 'organisation', hashtag: 'hashtag', place: 'place'}[pick.kind];
    return 'events of ' + label + ' ' + D.top[pick.kind][pick.index][0];
  }
  function drawPick() {
    var box = document.getElementById('active-filter');
    box.replaceChildren();
    if (!state.pick) return;
    box.appendChild(document.createTextNode('Showing ' + describe(state.pick) + ' '));
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.id = 'clear-pick';
    clear.textContent = '\u00d7 show all';
    clear.addEventListener('click', function () { setPick(null); });
    box.appendChild(clear);
  }

  function setPick(pick, scroll) {
    state.pick = pick;
    state.page = 0;
    recompute();
    drawPick();
    drawTable();
    if (scroll) document.getElementById('events').scrollIntoView({block: 'start'});
  }
  function setText(text) {
    state.text = text;
    state.page = 0;
    recompute();
    drawTable();
  }

  var typing = null;
  var filterBox = document.getElementById('filter');
  filterBox.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { setText(filterBox.value); }, 150);
  });
  document.getElementById('prev').addEventListener('click', function () { state.page--; drawTable(); });
  document.getElementById('next').addEventListener('click', function () { state.page++; drawTable(); });

  window.kgReport = {
    state: state,
    filterText: function (text) { filterBox.value = text; setText(text); },
    pick: setPick,
    page: function (n) { state.page = n; drawTable(); },
    rowsShown: function () { return tbody.rows.length; },
    matches: matchCount
  };
  drawTable();

  // ---- the charts -------------------------------------------------------------------------------
  var S = D.specs;
  var embedOptions = {actions: false, renderer: 'svg', tooltip: true};

  function timelineValues() {
    var out = [];
    for (var i = 0; i < D.timeline.length; i++) {
      var r = D.timeline[i];
      out.push({month: r[0], type: r[1], events: r[2], typeOrder: D.types.indexOf(r[1])});
    }
    return out;
  }
  function nodeValues(width, height) {
    var out = [], nodes = D.network.nodes;
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i], c = D.peopleCountry[n[0]];
      out.push({index: i, person: n[0], name: D.people[n[0]], weight: n[1], group: D.colourGroups[n[2]],
                country: c >= 0 ? D.countries[c] : 'not known', labelled: n[3] === 1,
                gx: width / 2, gy: height / 2});
    }
    return out;
  }
  function linkValues() {
    var out = [], links = D.network.links;
    for (var i = 0; i < links.length; i++) {
      var l = links[i];
      out.push({source: l[0], target: l[1], meetings: l[2], calls: l[3], other: l[4], count: l[2] + l[3] + l[4]});
    }
    return out;
  }
  function topValues(kind) {
    var out = [], entries = D.top[kind];
    for (var i = 0; i < entries.length; i++) {
      out.push({rank: i, name: entries[i][0], events: entries[i][1], index: i, hint: 'click to list its events'});
    }
    return out;
  }
  function withValues(spec, values) {
    var copy = JSON.parse(JSON.stringify(spec));
    copy.data = {name: 'table', values: values};
    return copy;
  }
  function itemDatum(item) {
    return item && item.datum ? item.datum : null;
  }

  var pending = [];
  var undated = D.summary.events - D.summary.dated;
  if (D.timeline.length) {
    document.getElementById('timeline-note').textContent = (undated
      ? undated + ' undated events are not in the timeline (they are in the table). ' : '') + 'Click a bar to list its events.';
    pending.push(vegaEmbed('#timeline', withValues(S.timeline, timelineValues()), Object.assign({mode: 'vega-lite'}, embedOptions))
      .then(function (r) {
        views.timeline = r.view;
        r.view.addEventListener('click', function (event, item) {
          var d = itemDatum(item);
          if (d && d.month) setPick({kind: 'month', month: d.month, type: d.type}, true);
        });
      }));
  } else {
    document.getElementById('timeline-note').textContent = 'No event in this graph has a date, so there is no timeline to draw.';
  }

  var net = JSON.parse(JSON.stringify(S.network));
  net.data[0].values = nodeValues(net.width, net.height);
  net.data[1].values = linkValues();
  var shownPeople = D.network.nodes.length;
  document.getElementById('network-note').textContent = shownPeople
    ? 'People at the same meeting, phone call or other event with participants, coloured by the country they represent; '
      + 'the wider the line, the more such events. ' + (D.network.people > shownPeople
        ? 'The ' + shownPeople + ' most connected of ' + D.network.people + ' people are shown. ' : '')
      + (D.network.pairsAmong > D.network.links.length
        ? 'The ' + D.network.links.length + ' strongest of their ' + D.network.pairsAmong + ' links are drawn. ' : '')
      + 'Click a person to list their events.'
    : 'No event in this graph has participants, so there is no network to draw.';
  if (shownPeople) pending.push(vegaEmbed('#network', net, Object.assign({mode: 'vega'}, embedOptions)).then(function (r) {
    views.network = r.view;
    r.view.addEventListener('click', function (event, item) {
      var d = itemDatum(item);
      if (d && d.person !== undefined && d.name) setPick({kind: 'person', index: d.person}, true);
    });
  }));

  ['organisation', 'hashtag', 'place'].forEach(function (kind) {
    var values = topValues(kind);
    var el = document.getElementById('top-' + kind);
    if (!values.length) { el.textContent = 'No ' + kind + ' in this graph.'; return; }
    pending.push(vegaEmbed(el, withValues(S.top[kind], values), Object.assign({mode: 'vega-lite'}, embedOptions)).then(function (r) {
      views[kind] = r.view;
      r.view.addEventListener('click', function (event, item) {
        var d = itemDatum(item);
        if (d && d.index !== undefined) setPick({kind: kind, index: d.index}, true);
      });
    }));
  });

  window.kgReady = Promise.all(pending).then(function () {
    document.body.dataset.ready = '1';
  }, function (error) {
    document.body.dataset.ready = 'error';
    console.error('kg report: a chart failed to draw', error);
  });
})();
