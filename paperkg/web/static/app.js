// paperkg serve: search suggestions as you type, and tables sorted by a click on a column head.
// Every text from the store goes into the page with textContent, never as markup.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (input && list) {
    var timer = null, latest = 0, active = -1;
    var close = function () { list.hidden = true; list.textContent = ""; active = -1; };
    var show = function (items) {
      list.textContent = "";
      items.forEach(function (item) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        var a = document.createElement("a");
        a.href = item.url;
        a.textContent = item.label;
        var kind = document.createElement("span");
        kind.className = "kind t-" + item.type.replace(/ /g, "-");
        kind.textContent = item.type + (item.papers !== null ? " · " + item.papers : "");
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      active = -1;
    };
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++latest;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {headers: {"Accept": "application/json"}})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) { if (mine === latest) show(items); })
          .catch(function () { close(); });
      }, 120);
    });
    input.addEventListener("keydown", function (ev) {
      var links = list.querySelectorAll("a");
      if (list.hidden || !links.length) return;
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        active = (active + (ev.key === "ArrowDown" ? 1 : -1) + links.length) % links.length;
        links.forEach(function (a, i) { a.classList.toggle("active", i === active); });
      } else if (ev.key === "Enter" && active >= 0) {
        ev.preventDefault();
        window.location.href = links[active].href;
      } else if (ev.key === "Escape") {
        close();
      }
    });
    document.addEventListener("click", function (ev) { if (!list.contains(ev.target) && ev.target !== input) close(); });
  }

  // Sortable tables: click a head to sort by it, again to reverse. Numbers sort as numbers.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.classList.add("sort");
      th.setAttribute("tabindex", "0");
      var sort = function () {
        var down = th.getAttribute("aria-sort") !== "descending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var text = row.cells[col] ? row.cells[col].textContent.trim() : "";
          var num = Number(text);
          return text !== "" && !isNaN(num) ? [0, num] : [1, text.toLowerCase()];
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
          return down ? -c : c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") sort(); });
    });
  });
})();
