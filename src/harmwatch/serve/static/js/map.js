// The incident map: points sized by the conservative killed figure, coloured by event type, clustered.
"use strict";
(function () {
  const element = document.getElementById("map");
  const summary = document.getElementById("map-summary");
  const legend = document.getElementById("map-legend");
  const colours = {
    "Battles": "#1b6ca8",
    "Explosions/Remote violence": "#c0392b",
    "Violence against civilians": "#8e44ad",
    "Protests": "#16a085",
    "Riots": "#d68910",
    "Strategic developments": "#566573",
  };
  const made = window.HarmWatch.newMap(element);
  const map = made.map;
  map.setView([20, 20], 2);
  const query = element.dataset.query;
  const url = "/api/export.geojson?" + (query ? query + "&" : "") + "rows=all";
  Promise.all([made.ready, fetch(url).then(function (r) { return r.json(); })]).then(function (results) {
    const data = results[1];
    const cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
    const points = [];
    data.features.forEach(function (feature) {
      const p = feature.properties;
      const killed = typeof p.killed === "number" ? p.killed : 0;
      const ll = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      const marker = L.circleMarker(ll, {
        radius: 5 + 2.5 * Math.sqrt(killed),
        color: "#222", weight: 1,
        fillColor: colours[p.event_type] || "#7f8c8d", fillOpacity: 0.8,
        className: "incident-point",
      });
      const box = document.createElement("div");
      const link = document.createElement("a");
      link.href = "/incidents/" + encodeURIComponent(feature.id);
      link.textContent = (p.sub_event_type || p.event_type) + (p.place ? " in " + p.place : "");
      const facts = document.createElement("div");
      facts.textContent = (p.event_date || "undated") + " · killed (most conservative): " + (p.killed === null ? "not reported" : p.killed);
      box.appendChild(link);
      box.appendChild(facts);
      marker.bindPopup(box);
      cluster.addLayer(marker);
      points.push(ll);
    });
    map.addLayer(cluster);
    if (points.length) { map.fitBounds(points, { maxZoom: 6, padding: [30, 30] }); }
    summary.textContent = points.length + " incident" + (points.length === 1 ? "" : "s") + " with coordinates.";
    element.dataset.points = String(points.length);
    Object.keys(colours).forEach(function (name) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.backgroundColor = colours[name];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(" " + name));
      legend.appendChild(item);
    });
  });
})();
