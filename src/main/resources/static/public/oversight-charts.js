// The staff dashboard's charts: a line per group of each contract's project-wide shares, drawn with uPlot from the
// dashboard's JSON. An enhancement only: the tables beside each chart hold the same figures (and are what assistive
// technology reads; the charts are hidden from it). A withheld share is a gap in its line, never a value.
(function () {
  var script = document.getElementById('charts-script');
  if (!script || !window.fetch) {
    return;
  }
  var colors = { LOCAL_RESIDENTS: '#005ea2', PEOPLE_OF_COLOR: '#8b0a03', WOMEN: '#4d8055', APPRENTICES: '#6b4e00' };
  function draw(data) {
    if (!window.uPlot) {
      return;
    }
    document.querySelectorAll('.chart[data-contract]').forEach(function (box) {
      var id = Number(box.getAttribute('data-contract'));
      var lines = data.workforce.filter(function (s) { return s.contractId === id && !s.trade && !s.level; });
      if (lines.length === 0 || lines[0].points.length === 0) {
        return;
      }
      var xs = lines[0].points.map(function (p) { return Date.parse(p.asOf + 'T12:00:00Z') / 1000; });
      var series = [{}];
      var columns = [xs];
      lines.forEach(function (s) {
        var label = document.querySelector('[data-category="' + s.category + '"]');
        series.push({ label: label ? label.textContent : s.category, stroke: colors[s.category] || '#1b1b1b', width: 2,
          spanGaps: false });
        columns.push(s.points.map(function (p) { return p.suppressed ? null : Number(p.sharePercent); }));
      });
      // a chart wider than a phone's screen scrolls inside its box, never the page
      box.style.maxWidth = '100%';
      box.style.overflowX = 'auto';
      var width = Math.max(280, Math.min(box.clientWidth || 600, 720));
      new window.uPlot({ width: width, height: 220, series: series,
        axes: [{}, { values: function (u, v) { return v.map(function (x) { return x + ' %'; }); } }],
        scales: { y: { range: [0, 100] } } }, columns, box);
    });
  }
  window.addEventListener('load', function () {
    fetch(script.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { draw(data); } })
      .catch(function () { /* the tables stay */ });
  });
})();
