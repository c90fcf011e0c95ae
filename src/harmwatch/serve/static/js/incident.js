// The incident page's small map: one point over the country outlines.
"use strict";
(function () {
  const element = document.getElementById("incident-map");
  if (!element || element.dataset.lat === "" || element.dataset.lon === "") {
    if (element) { element.hidden = true; }
    return;
  }
  const ll = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
  const made = window.HarmWatch.newMap(element, { zoomControl: false });
  made.map.setView(ll, 5);
  made.ready.then(function (map) {
    L.circleMarker(ll, { radius: 7, color: "#222", weight: 1, fillColor: "#c0392b", fillOpacity: 0.9 })
      .bindTooltip(element.dataset.label || "")
      .addTo(map);
    element.dataset.points = "1";
  });
})();
