// Weekly charts of the overview, drawn with Chart.js from /api/stats/timeline.
"use strict";
(function () {
  const palette = ["#c0392b", "#1b6ca8", "#16a085", "#d68910", "#8e44ad", "#566573"];
  function draw(id, weeks, series) {
    const canvas = document.getElementById(id);
    const datasets = Object.keys(series).map(function (name, i) {
      return { label: name, data: series[name], borderColor: palette[i % palette.length],
               backgroundColor: palette[i % palette.length], tension: 0.2 };
    });
    new Chart(canvas, {
      type: "line",
      data: { labels: weeks, datasets: datasets },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } },
    });
    canvas.dataset.drawn = "true";
  }
  fetch("/api/stats/timeline")
    .then(function (response) { return response.json(); })
    .then(function (data) {
      draw("chart-incidents", data.weeks, { incidents: data.incidents });
      draw("chart-killed", data.weeks, data.killed);
      draw("chart-injured", data.weeks, data.injured);
    });
})();
