// Filter forms: a changed select, date or number applies at once; empty fields stay out of the URL.
"use strict";
(function () {
  const form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === "") { field.disabled = true; }
    });
  });
  form.querySelectorAll("select, input[type=date], input[type=number]").forEach(function (field) {
    field.addEventListener("change", function () { form.requestSubmit(); });
  });
})();
