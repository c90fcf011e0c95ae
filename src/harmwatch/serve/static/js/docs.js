// Swagger UI for /api/openapi.json, from files this server ships (no CDN).
"use strict";
(function () {
  const element = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: element.dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
})();
