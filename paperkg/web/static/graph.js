// paperkg serve: the entity page's neighbourhood, drawn by vis-network (served from this server).
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!box || !source || typeof vis === "undefined") return;
  var data = JSON.parse(source.textContent);
  var options = Object.assign({}, data.options, {autoResize: true});
  var network = new vis.Network(box, {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, options);
  var urls = {};
  data.nodes.forEach(function (n) { urls[n.id] = n.url; });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    network.fit();
    box.setAttribute("data-stabilized", "true");
  });
  network.on("doubleClick", function (p) { if (p.nodes.length && urls[p.nodes[0]]) window.location.href = urls[p.nodes[0]]; });
  network.on("click", function (p) { if (p.nodes.length && urls[p.nodes[0]]) window.location.href = urls[p.nodes[0]]; });
  var save = document.getElementById("save-png");
  if (save) {
    save.addEventListener("click", function () {
      var canvas = box.querySelector("canvas");
      if (!canvas) return;
      // The canvas is transparent: paint it on white so the PNG reads on any slide.
      var out = document.createElement("canvas");
      out.width = canvas.width; out.height = canvas.height;
      var ctx = out.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(canvas, 0, 0);
      var a = document.createElement("a");
      a.href = out.toDataURL("image/png");
      a.download = "paperkg-neighbourhood.png";
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }
  window.paperkgNetwork = network;
})();
