/* datacensus report: table sorting/filtering, then charts once plotly.js is available.
   Reads only the JSON in #datacensus-data; never touches the network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("datacensus-data").textContent);
  var dims = {};
  data.dimensions.forEach(function (d) { dims[d.id] = d; });
  var body = document.body;

  /* ---- tables ---- */
  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
  }

  function setupTable(table) {
    var dim = dims[table.dataset.dim];
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.forEach(function (row, i) { if (row.dataset.i === undefined) row.dataset.i = i; });
    var section = table.closest("section");
    var controls = section.querySelector(".controls");
    var filter = section.querySelector("[data-filter]");
    var status = section.querySelector("[data-status]");
    var shown = section.querySelector("[data-shown]");
    controls.hidden = false;

    function applyFilter() {
      var text = filter.value.trim().toLowerCase();
      var wanted = status.value;
      var count = 0;
      rows.forEach(function (row) {
        var i = +row.dataset.i;
        var hay = (dim.columns.label[i] + " " + dim.columns.key[i]).toLowerCase();
        var ok = (!text || hay.indexOf(text) >= 0) && (!wanted || dim.columns.status[i] === wanted);
        row.hidden = !ok;
        if (ok) count += 1;
      });
      shown.textContent = count + " of " + rows.length + " slices";
    }
    filter.addEventListener("input", applyFilter);
    status.addEventListener("change", applyFilter);
    applyFilter();

    Array.prototype.forEach.call(table.tHead.querySelectorAll("button[data-col]"), function (btn) {
      btn.addEventListener("click", function () {
        var th = btn.parentNode;
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var values = dim.columns[btn.dataset.col];
        var order = rows.slice().sort(function (x, y) {
          var a = values[+x.dataset.i], b = values[+y.dataset.i];
          var c = compare(a, b);
          if (descending && a !== null && b !== null) c = -c;
          return c || (+x.dataset.i - +y.dataset.i);
        });
        order.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.slices"), setupTable);

  /* ---- plotly.js: already loaded (cdn), embedded gzip (inline), or absent (none) ---- */
  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    var packed = document.getElementById("plotly-gz");
    if (!packed) return Promise.reject(new Error("plotly.js is not included in this report"));
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot unpack the embedded plotly.js"));
    }
    var text = atob(packed.textContent.trim());
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (source) {
      (0, eval)(source);
      if (!window.Plotly) throw new Error("plotly.js did not load");
      return window.Plotly;
    });
  }

  /* ---- charts ---- */
  var STATUSES = ["missing", "under", "uncertain", "ok", "over", "unreferenced", "undetectable"];
  var SYMBOLS = { missing: "x", under: "triangle-down", uncertain: "circle-open", ok: "circle",
    over: "triangle-up", unreferenced: "diamond", undetectable: "square-open" };
  var NARROW = window.matchMedia("(hover: none), (pointer: coarse), (max-width: 640px)").matches;
  var CONFIG = { displaylogo: false, responsive: true, displayModeBar: NARROW ? false : "hover",
    modeBarButtonsToRemove: ["sendDataToCloud", "select2d", "lasso2d"] };
  var ABSENT = "absent (missing)";
  var NO_EXTRA = "<extra><\/extra>";
  var FONT = { family: "system-ui, sans-serif", size: 12 };

  function pct(v) {
    if (v === null || v === undefined) return "–";
    var s = v * 100;
    return (s !== 0 && Math.abs(s) < 0.01 ? s.toPrecision(2) : s.toFixed(2)) + "%";
  }
  /* the rounding of datacensus.report.labels.times: 2 significant digits below 10 */
  function times(v) {
    if (v === null || v === undefined) return "–";
    return "×" + (v >= 9.95 ? Math.round(v).toLocaleString("en") : String(+v.toPrecision(2)));
  }
  /* decade ticks in percent (log axes of shares) and as multipliers (log axes of ratios) */
  function pctText(v) {
    var s = v * 100;
    return (s >= 1 ? String(+s.toPrecision(3)) : String(+s.toPrecision(1))) + "%";
  }
  function decades(lo, hi, fmt) {
    var a = Math.floor(Math.log10(lo)), b = Math.ceil(Math.log10(hi));
    var step = Math.max(1, Math.ceil((b - a) / 6));
    var vals = [];
    for (var e = a; e <= b; e += step) vals.push(Math.pow(10, e));
    return { tickmode: "array", tickvals: vals, ticktext: vals.map(fmt) };
  }
  function logAxis(lo, hi, fmt, extra) {
    var axis = decades(lo, hi, fmt);
    axis.type = "log";
    axis.range = [Math.log10(lo) - 0.15, Math.log10(hi) + 0.15];
    Object.keys(extra || {}).forEach(function (k) { axis[k] = extra[k]; });
    return axis;
  }
  function hover(c, i) {
    return c.label[i] + " (" + c.key[i] + ")<br>share " + pct(c.share[i]) + " vs reference " +
      pct(c.reference_share[i]) + "<br>ratio " + times(c.ratio[i]) + " [" + times(c.ratio_low[i]) +
      ", " + times(c.ratio_high[i]) + "] · " + c.status[i];
  }
  function plainText(s) {
    /* plotly renders a small HTML subset in text: show data as text, never as markup */
    return String(s).replace(/&/g, "&amp;").replace(/[<]/g, "&lt;").replace(/>/g, "&gt;");
  }
  function safeColumns(c) {
    var out = {};
    Object.keys(c).forEach(function (k) {
      out[k] = (k === "label" || k === "key") ? c[k].map(plainText) : c[k];
    });
    return out;
  }

  function scatter(Plotly, el, dim) {
    var c = safeColumns(dim.columns);
    var traces = [];
    var lo = Infinity, hi = 0;
    STATUSES.forEach(function (st) {
      var x = [], y = [], text = [];
      c.status.forEach(function (s, i) {
        if (s !== st || !(c.share[i] > 0) || !(c.reference_share[i] > 0)) return;
        x.push(c.reference_share[i]); y.push(c.share[i]); text.push(hover(c, i));
        lo = Math.min(lo, c.share[i], c.reference_share[i]);
        hi = Math.max(hi, c.share[i], c.reference_share[i]);
      });
      if (x.length) {
        traces.push({ type: "scatter", mode: "markers", name: st, x: x, y: y, text: text,
          hovertemplate: "%{text}" + NO_EXTRA,
          marker: { color: data.colours[st], symbol: SYMBOLS[st], size: 8,
            line: { width: 1, color: data.colours[st] } } });
      }
    });
    if (!traces.length) { el.dataset.drawn = "empty"; return null; }
    /* absent slices have no observed share to put on a log axis: they get their own lane */
    var ax = [], ay = [], atext = [];
    c.status.forEach(function (s, i) {
      if (s !== "missing" || !(c.reference_share[i] > 0)) return;
      ax.push(c.reference_share[i]); ay.push("absent"); lo = Math.min(lo, c.reference_share[i]);
      hi = Math.max(hi, c.reference_share[i]);
      atext.push(c.label[i] + " (" + c.key[i] + "): absent<br>reference " +
        pct(c.reference_share[i]) + ", about " + Math.round(c.expected[i] || 0) + " expected");
    });
    lo = Math.max(lo, hi * 1e-6);
    traces.unshift({ type: "scatter", mode: "lines", name: "equal share", x: [lo, hi], y: [lo, hi],
      line: { color: "#777", dash: "dot", width: 1 }, hoverinfo: "skip" });
    var layout = {
      title: { text: "Observed vs reference share", x: 0, xanchor: "left" }, font: FONT,
      height: 440, margin: { l: 64, r: 10, t: 36, b: 50 },
      xaxis: logAxis(lo, hi, pctText, { title: { text: "reference share" } }),
      yaxis: logAxis(lo, hi, pctText, { title: { text: "observed (" + (dim.unit || dim.weight) + ")" },
        domain: ax.length ? [0.14, 1] : [0, 1] }),
      legend: { orientation: "h", y: -0.18 }
    };
    if (ax.length) {
      traces.push({ type: "scatter", mode: "markers", name: ABSENT, x: ax, y: ay, yaxis: "y2",
        text: atext, hovertemplate: "%{text}" + NO_EXTRA,
        marker: { color: data.colours.missing, symbol: "x", size: 9 } });
      layout.yaxis2 = { domain: [0, 0.08], type: "category", fixedrange: true, showgrid: false };
    }
    return Plotly.newPlot(el, traces, layout, CONFIG);
  }

  function ratioChart(Plotly, el, dim, tau) {
    var c = safeColumns(dim.columns);
    var index = {};
    c.key.forEach(function (k, i) { index[dim.columns.key[i]] = i; });
    var order = dim.ratio_keys.map(function (k) { return index[k]; });
    var labels = order.map(function (i) { return c.label[i] + " "; });
    var traces = STATUSES.map(function (st) {
      var x = [], y = [], plus = [], minus = [], text = [];
      order.forEach(function (i, n) {
        if (c.status[i] !== st) return;
        x.push(c.ratio[i]); y.push(labels[n]); text.push(hover(c, i));
        plus.push(Math.max(0, (c.ratio_high[i] || c.ratio[i]) - c.ratio[i]));
        minus.push(Math.max(0, c.ratio[i] - (c.ratio_low[i] || c.ratio[i])));
      });
      return { type: "scatter", mode: "markers", name: st, x: x, y: y, text: text,
        hovertemplate: "%{text}" + NO_EXTRA,
        error_x: { type: "data", symmetric: false, array: plus, arrayminus: minus,
          color: data.colours[st], thickness: 1.5, width: 3 },
        marker: { color: data.colours[st], symbol: SYMBOLS[st], size: 8 } };
    }).filter(function (t) { return t.x.length; });
    var lines = [tau, 1, 1 / tau].map(function (v) {
      return { type: "line", xref: "x", yref: "paper", x0: v, x1: v, y0: 0, y1: 1,
        line: { color: v === 1 ? "#333" : "#aaa", dash: v === 1 ? "solid" : "dash", width: 1 } };
    });
    var lo = Infinity, hi = 0;
    traces.forEach(function (t) {
      t.x.forEach(function (v, n) {
        lo = Math.min(lo, v - t.error_x.arrayminus[n]); hi = Math.max(hi, v + t.error_x.array[n]);
      });
    });
    lo = Math.max(Math.min(lo, tau), 1e-4); hi = Math.max(hi, 1 / tau);
    /* absent slices: a lane left of the log axis, with their expected count */
    var absent = (dim.absent_keys || []).map(function (k) { return index[k]; });
    var rows = absent.map(function (i) { return c.label[i] + " "; }).concat(labels);
    var layout = {
      title: { text: "Ratio to reference (interval whiskers)", x: 0, xanchor: "left" }, font: FONT,
      height: Math.max(260, 18 * rows.length + 110), margin: { l: 10, r: 10, t: 36, b: 50 },
      xaxis: logAxis(lo, hi, times, { title: { text: "observed ÷ reference share" },
        domain: absent.length ? [0.16, 1] : [0, 1] }),
      yaxis: { type: "category", categoryorder: "array", categoryarray: rows.slice().reverse(),
        automargin: true, anchor: absent.length ? "x2" : "x" },
      shapes: lines, legend: { orientation: "h", y: -40 / Math.max(260, 18 * rows.length + 110) - 0.06 }
    };
    if (absent.length) {
      traces.unshift({ type: "scatter", mode: "markers", name: ABSENT, xaxis: "x2",
        x: absent.map(function () { return "absent"; }), y: absent.map(function (i) { return c.label[i] + " "; }),
        text: absent.map(function (i) {
          return c.label[i] + " (" + c.key[i] + "): absent<br>reference " + pct(c.reference_share[i]) +
            ", about " + Math.round(c.expected[i] || 0) + " expected";
        }),
        hovertemplate: "%{text}" + NO_EXTRA,
        marker: { color: data.colours.missing, symbol: "x", size: 9 } });
      layout.xaxis2 = { domain: [0, 0.12], type: "category", fixedrange: true, showgrid: false,
        anchor: "y" };
    }
    return Plotly.newPlot(el, traces, layout, CONFIG);
  }

  var HEATMAP_MIN_WIDTH = 560;
  function heatmapChart(Plotly, el, dim) {
    var h = dim.heatmap;
    var text = h.z.map(function (row, i) {
      return row.map(function (v, j) {
        return plainText(h.rows[i]) + " × " + plainText(h.cols[j]) + "<br>" +
          (v === null ? "no data" : h.measure + " " + Math.pow(10, v).toPrecision(3) +
          (h.measure === "ratio" ? "×" : "")) + (h.status[i][j] ? " · " + h.status[i][j] : "");
      });
    });
    var lim = 0;
    h.z.forEach(function (row) { row.forEach(function (v) { if (v !== null) lim = Math.max(lim, Math.abs(v)); }); });
    var trace = { type: "heatmap", z: h.z, x: h.cols.map(plainText), y: h.rows.map(plainText),
      text: text, hovertemplate: "%{text}" + NO_EXTRA, hoverongaps: false,
      colorbar: { title: { text: "log10 " + h.measure } } };
    if (h.measure === "ratio") {
      trace.colorscale = [[0, "#b35806"], [0.5, "#f7f7f7"], [1, "#542788"]];
      trace.zmid = 0; trace.zmin = -lim; trace.zmax = lim;
    } else {
      trace.colorscale = "Viridis";
    }
    var zlo = Infinity, zhi = -Infinity;
    h.z.forEach(function (row) { row.forEach(function (v) {
      if (v !== null) { zlo = Math.min(zlo, v); zhi = Math.max(zhi, v); } }); });
    if (h.measure === "ratio") { zlo = -lim; zhi = lim; }
    var marks = [0.001, 0.01, 0.1, 0.3, 1, 3, 10, 100, 1000].map(Math.log10).filter(function (v) {
      return v >= zlo - 1e-9 && v <= zhi + 1e-9; });
    trace.colorbar = { title: { text: h.measure === "ratio" ? "ratio" : "share" },
      tickmode: "array", tickvals: marks, ticktext: marks.map(function (v) {
        return h.measure === "ratio" ? times(Math.pow(10, v)) : pctText(Math.pow(10, v)); }) };
    var traces = [trace];
    if (h.absent && h.absent.length) {
      traces.push({ type: "scatter", mode: "markers", name: ABSENT,
        x: h.absent.map(function (a) { return plainText(a.col); }),
        y: h.absent.map(function (a) { return plainText(a.row); }),
        text: h.absent.map(function (a) {
          return plainText(a.row) + " × " + plainText(a.col) + ": absent, about " +
            Math.round(a.expected || 0) + " expected";
        }),
        hovertemplate: "%{text}" + NO_EXTRA,
        marker: { color: data.colours.missing, symbol: "x", size: 10, line: { width: 2 } } });
    }
    /* every column keeps a readable label: below 560 px the heat map scrolls in its own box */
    var narrow = el.parentNode.clientWidth < HEATMAP_MIN_WIDTH;
    if (narrow) el.parentNode.classList.add("wide-chart");
    return Plotly.newPlot(el, traces, {
      title: { text: "Intersection " + plainText(dim.title || dim.name), x: 0, xanchor: "left" },
      font: FONT, height: Math.max(320, 16 * h.rows.length + 190),
      width: narrow ? HEATMAP_MIN_WIDTH : undefined,
      margin: { l: 10, r: 10, t: 56, b: 10 }, showlegend: !!(h.absent && h.absent.length),
      legend: { orientation: "h", y: 1.0, x: 0, xanchor: "left", yanchor: "bottom" },
      xaxis: { type: "category", tickangle: -60, automargin: true, tickmode: "linear", dtick: 1,
        tickfont: { size: 10 }, categoryorder: "array", categoryarray: h.cols.map(plainText) },
      yaxis: { type: "category", autorange: "reversed", automargin: true, tickmode: "linear",
        dtick: 1, tickfont: { size: 10 }, categoryorder: "array", categoryarray: h.rows.map(plainText) }
    }, CONFIG);
  }

  /* the first screen's chart: the largest shortfalls across dimensions, in percent */
  function shortfallChart(Plotly, el) {
    var rows = data.shortfalls || [];
    if (!rows.length) return null;
    var names = rows.map(function (r) { return plainText(r.label) + " · " + plainText(r.dimension_title) + " "; });
    var seen = [], under = { x: [], y: [], lo: [], hi: [], text: [] }, gone = { x: [], y: [], text: [] };
    rows.forEach(function (r, n) {
      var name = names[n];
      seen.push(name);
      if (r.status === "missing") {
        gone.x.push(0); gone.y.push(name);
        gone.text.push(name + ": absent, about " + Math.round(r.expected || 0) + " expected");
      } else {
        under.x.push(r.share * 100); under.y.push(name);
        under.hi.push(Math.max(0, (r.ci_high - r.share) * 100));
        under.lo.push(Math.max(0, (r.share - r.ci_low) * 100));
        under.text.push(name + ": " + pct(r.share) + " [" + pct(r.ci_low) + ", " + pct(r.ci_high) + "]");
      }
    });
    var traces = [
      { type: "scatter", mode: "markers", name: "reference", x: rows.map(function (r) { return r.reference_share * 100; }),
        y: names, text: rows.map(function (r, n) { return names[n] + ": reference " + pct(r.reference_share); }),
        hovertemplate: "%{text}" + NO_EXTRA, marker: { symbol: "line-ns-open", size: 16, color: "#1b1b1b", line: { width: 2.5 } } },
      { type: "scatter", mode: "markers", name: "observed (interval)", x: under.x, y: under.y, text: under.text,
        hovertemplate: "%{text}" + NO_EXTRA,
        error_x: { type: "data", symmetric: false, array: under.hi, arrayminus: under.lo, color: data.colours.under, thickness: 2, width: 4 },
        marker: { color: data.colours.under, symbol: "triangle-down", size: 9 } }
    ];
    if (gone.x.length) {
      traces.push({ type: "scatter", mode: "markers", name: ABSENT, x: gone.x, y: gone.y, text: gone.text,
        hovertemplate: "%{text}" + NO_EXTRA, marker: { color: data.colours.missing, symbol: "x", size: 10 } });
    }
    var height = 26 * rows.length + 110;
    var top = 0;
    rows.forEach(function (r) { top = Math.max(top, r.reference_share * 100, r.ci_high * 100); });
    return Plotly.newPlot(el, traces, {
      title: { text: NARROW ? "Largest shortfalls" : "Largest shortfalls: share of " +
        ((data.dimensions[0] || {}).unit || "documents") + " observed vs reference",
        x: 0, xanchor: "left" },
      font: FONT, height: height, margin: { l: 10, r: 10, t: 36, b: 40 },
      xaxis: { ticksuffix: "%", zeroline: true, range: [-top * 0.025, top * 1.04] },
      yaxis: { type: "category", categoryorder: "array", categoryarray: seen.slice().reverse(), automargin: true },
      legend: { orientation: "h", y: -60 / height, x: 0 }
    }, CONFIG);
  }

  function lidChart(Plotly, el) {
    return Plotly.newPlot(el, [{ type: "bar", x: data.lid.bins, y: data.lid.counts,
      marker: { color: "#0072B2" }, hovertemplate: "up to %{x}: %{y} documents" + NO_EXTRA }], {
      title: { text: "Language ID confidence" }, font: FONT, height: 300,
      margin: { l: 60, r: 10, t: 40, b: 50 },
      xaxis: { type: "category", title: { text: "confidence (bucket upper edge)" } },
      yaxis: { title: { text: "documents" } }
    }, CONFIG);
  }

  function drawAll(Plotly) {
    var tau = data.tau || 0.5;
    var jobs = [];
    Array.prototype.forEach.call(document.querySelectorAll("figure.chart"), function (el) {
      var dim = dims[el.dataset.dim];
      var kind = el.dataset.chart;
      var note = el.querySelector(".nochart");
      var plotDiv = document.createElement("div");
      el.insertBefore(plotDiv, el.firstChild);
      var job = kind === "scatter" ? scatter(Plotly, plotDiv, dim)
        : kind === "ratio" ? ratioChart(Plotly, plotDiv, dim, tau)
        : kind === "heatmap" ? heatmapChart(Plotly, plotDiv, dim)
        : kind === "lid" ? lidChart(Plotly, plotDiv)
        : kind === "shortfalls" ? shortfallChart(Plotly, plotDiv) : null;
      if (job) {
        jobs.push(job.then(function () { el.dataset.drawn = "yes"; if (note) note.remove(); }));
      } else if (note) {
        note.textContent = "No slice has both an observed and a reference share to plot.";
        el.dataset.drawn = "empty";
      }
    });
    return Promise.all(jobs);
  }

  /* ---- print: plotly draws at the screen's pixel width, which would shrink every printed page;
     redraw the charts at a width that fits A4 and Letter, and back afterwards ---- */
  var PRINT_WIDTH = 660;
  function fitCharts(Plotly, printing) {
    Array.prototype.forEach.call(document.querySelectorAll("figure.chart .js-plotly-plot"),
      function (gd) {
        /* printed scatter plots are shorter, ratio charts 12 px per slice instead of 18 */
        var kind = gd.parentNode.dataset.chart;
        if (!gd.dataset.screenHeight) gd.dataset.screenHeight = gd.layout.height;
        var screen = +gd.dataset.screenHeight;
        var paper = kind === "scatter" ? 300 : kind === "lid" ? 220
          : kind === "ratio" ? Math.round(100 + (screen - 110) * 0.6) : screen;
        Plotly.relayout(gd, printing ? { width: PRINT_WIDTH, height: paper }
          : { width: null, autosize: true, height: screen });
      });
  }
  function fitForPrint(Plotly) {
    window.addEventListener("beforeprint", function () { fitCharts(Plotly, true); });
    window.addEventListener("afterprint", function () { fitCharts(Plotly, false); });
    return Plotly;
  }

  loadPlotly().then(fitForPrint).then(drawAll).then(function () {
    body.dataset.charts = "drawn";
  }, function (err) {
    body.dataset.charts = "unavailable";
    Array.prototype.forEach.call(document.querySelectorAll(".nochart"), function (p) {
      p.textContent = "Charts unavailable (" + err.message + "); the tables have every number.";
    });
  });
})();
