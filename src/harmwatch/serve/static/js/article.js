// Hovering (or focusing) a highlight shows the records behind it; values are set as text, never HTML.
"use strict";
(function () {
  const records = JSON.parse(document.getElementById("hw-records").textContent);
  const card = document.getElementById("record-card");
  function show(mark) {
    card.replaceChildren();
    (mark.dataset.rec || "").split(" ").forEach(function (index) {
      const record = records[Number(index)];
      if (!record) { return; }
      const block = document.createElement("dl");
      block.className = "record record-" + record.type;
      Object.keys(record).forEach(function (key) {
        const value = record[key];
        if (value === null || value === undefined || value === "") { return; }
        const dt = document.createElement("dt");
        dt.textContent = key;
        const dd = document.createElement("dd");
        dd.textContent = String(value);
        block.appendChild(dt);
        block.appendChild(dd);
      });
      card.appendChild(block);
    });
    card.hidden = false;
  }
  document.querySelectorAll("#article-text mark.hl").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("focus", function () { show(mark); });
  });
})();
