// Country outlines (Natural Earth 1:110m, packaged with HarmWatch) under the points; no tile server.
"use strict";
window.HarmWatch = window.HarmWatch || {};
window.HarmWatch.newMap = function (element, options) {
  const map = L.map(element, Object.assign({ worldCopyJump: true, minZoom: 1, maxZoom: 12 }, options || {}));
  map.attributionControl.setPrefix(false);
  const ready = fetch("/basemap.geojson")
    .then(function (response) { return response.json(); })
    .then(function (data) {
      L.geoJSON(data, {
        interactive: false,
        style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0ec", fillOpacity: 1 },
      }).addTo(map);
      map.attributionControl.addAttribution(data.attribution || "Natural Earth");
      element.dataset.basemap = "ready";
      return map;
    });
  return { map: map, ready: ready };
};
