/* Sortable tables for the annotators and compare pages: a button in each header sorts by that
   column (again: reversed); numbers from each cell's data-v, else its text. No network. */
(function () {
  "use strict";
  function value(cell) {
    if (!cell) return null;
    var v = cell.getAttribute("data-v");
    if (v !== null) return v === "" ? null : +v;
    return cell.textContent.trim();
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.forEach(function (row, i) { row.dataset.i = i; });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var btn = document.createElement("button");
      btn.type = "button";
      var label = document.createElement("span");
      label.className = "print-label";  /* printed instead: headers then repeat on each page */
      label.textContent = th.textContent;
      while (th.firstChild) btn.appendChild(th.firstChild);
      th.appendChild(btn);
      th.appendChild(label);
      btn.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        rows.slice().sort(function (x, y) {
          var a = value(x.cells[col]), b = value(y.cells[col]);
          var c = compare(a, b);
          if (descending && a !== null && b !== null) c = -c;
          return c || (+x.dataset.i - +y.dataset.i);
        }).forEach(function (row) { tbody.appendChild(row); });
      });
    });
  });
  document.body.dataset.tables = "sortable";
})();
