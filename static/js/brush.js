// The motion brush on the new-clip form: paint a region over the chosen photo, draw arrows
// for the way it flows, click anchors that must stay still. The brush is written into the
// hidden `brush` field as JSON in normalized photo coordinates (0..1, top-left origin), the
// format JobOptions and the API take. Without a pointer, the region and direction selects
// do the same job (the server builds the brush from them).
(function () {
  const field = document.getElementById("brush-field");
  if (!field) return;
  const input = document.getElementById("id_brush");
  const stage = field.querySelector("[data-brush-stage]");
  const tools = field.querySelector("[data-brush-tools]");
  const photo = field.querySelector("[data-brush-photo]");
  const canvas = field.querySelector("[data-brush-canvas]");
  const status = field.querySelector("[data-brush-status]");
  const files = document.querySelector("input[name=photos]");
  const ctx = canvas.getContext("2d");
  const MAX_REGION_POINTS = 48; // the server takes up to 64
  const MAX_ARROWS = 8;
  const MAX_ANCHORS = 16;
  let mode = "region";
  let brush = { region: [], arrows: [], anchors: [] };
  let stroke = null; // points of the region being painted, or the arrow being drawn
  let objectUrl = null;

  try {
    const saved = input.value ? JSON.parse(input.value) : null;
    if (saved && saved.region) brush = { region: saved.region, arrows: saved.arrows || [], anchors: saved.anchors || [] };
  } catch (error) {
    input.value = "";
  }

  const clamp = (v) => Math.min(1, Math.max(0, v));
  const round = (v) => Math.round(v * 10000) / 10000;
  const point = (event) => {
    const box = canvas.getBoundingClientRect();
    return [round(clamp((event.clientX - box.left) / box.width)), round(clamp((event.clientY - box.top) / box.height))];
  };

  function simplify(points) {
    if (points.length <= MAX_REGION_POINTS) return points;
    const step = points.length / MAX_REGION_POINTS;
    const out = [];
    for (let i = 0; i < MAX_REGION_POINTS; i += 1) out.push(points[Math.floor(i * step)]);
    return out;
  }

  function save() {
    const complete = brush.region.length >= 3 && brush.arrows.length > 0;
    input.value = complete ? JSON.stringify(brush) : "";
    let text = "";
    if (brush.region.length < 3) text = "Paint the part that should move.";
    else if (!brush.arrows.length) text = "Now draw an arrow for the way it flows.";
    else text = `Region, ${brush.arrows.length} arrow${brush.arrows.length > 1 ? "s" : ""}, ${brush.anchors.length} anchor${brush.anchors.length === 1 ? "" : "s"}.`;
    status.textContent = text;
    document.body.dispatchEvent(new Event("brush-changed"));
  }

  function arrowHead(x0, y0, x1, y1) {
    const angle = Math.atan2(y1 - y0, x1 - x0);
    const size = 10;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - size * Math.cos(angle - 0.5), y1 - size * Math.sin(angle - 0.5));
    ctx.lineTo(x1 - size * Math.cos(angle + 0.5), y1 - size * Math.sin(angle + 0.5));
    ctx.closePath();
    ctx.fill();
  }

  function draw() {
    const w = canvas.width;
    const h = canvas.height;
    ctx.clearRect(0, 0, w, h);
    const region = stroke && mode === "region" ? stroke : brush.region;
    if (region.length) {
      ctx.beginPath();
      region.forEach(([x, y], i) => (i ? ctx.lineTo(x * w, y * h) : ctx.moveTo(x * w, y * h)));
      ctx.closePath();
      ctx.fillStyle = "rgba(255, 196, 0, 0.35)";
      ctx.strokeStyle = "rgba(255, 196, 0, 0.95)";
      ctx.lineWidth = 2;
      ctx.fill();
      ctx.stroke();
    }
    const arrows = brush.arrows.concat(stroke && mode === "arrow" ? [stroke] : []);
    ctx.strokeStyle = ctx.fillStyle = "#1565ff";
    ctx.lineWidth = 3;
    arrows.forEach(({ start, end }) => {
      ctx.beginPath();
      ctx.moveTo(start[0] * w, start[1] * h);
      ctx.lineTo(end[0] * w, end[1] * h);
      ctx.stroke();
      arrowHead(start[0] * w, start[1] * h, end[0] * w, end[1] * h);
    });
    ctx.fillStyle = "#e5004f";
    brush.anchors.forEach(([x, y]) => {
      ctx.beginPath();
      ctx.arc(x * w, y * h, 5, 0, Math.PI * 2);
      ctx.fill();
    });
  }

  function fit() {
    canvas.width = photo.clientWidth;
    canvas.height = photo.clientHeight;
    draw();
  }

  function show() {
    stage.hidden = false;
    tools.hidden = false;
    fit();
    save();
  }

  photo.addEventListener("load", show);
  photo.addEventListener("error", () => {
    stage.hidden = true;
    tools.hidden = true;
  });
  window.addEventListener("resize", fit);
  if (photo.getAttribute("src") && photo.complete && photo.naturalWidth) show();

  if (files) {
    files.addEventListener("change", () => {
      if (!files.files.length) return;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = URL.createObjectURL(files.files[0]);
      photo.src = objectUrl; // blob: URLs are allowed for images by the page's policy
    });
  }

  tools.querySelectorAll("[data-brush-mode]").forEach((button) =>
    button.addEventListener("click", () => {
      mode = button.dataset.brushMode;
      tools.querySelectorAll("[data-brush-mode]").forEach((b) => {
        b.classList.toggle("is-on", b === button);
        b.setAttribute("aria-pressed", b === button ? "true" : "false");
      });
    }));
  tools.querySelector("[data-brush-clear]").addEventListener("click", () => {
    brush = { region: [], arrows: [], anchors: [] };
    draw();
    save();
  });

  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    const p = point(event);
    if (mode === "region") stroke = [p];
    else if (mode === "arrow" && brush.arrows.length < MAX_ARROWS) stroke = { start: p, end: p };
    else if (mode === "anchor" && brush.anchors.length < MAX_ANCHORS) {
      brush.anchors.push(p);
      draw();
      save();
    }
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!stroke) return;
    const p = point(event);
    if (mode === "region") stroke.push(p);
    else stroke.end = p;
    draw();
  });
  canvas.addEventListener("pointerup", () => {
    if (!stroke) return;
    if (mode === "region" && stroke.length >= 3) brush.region = simplify(stroke);
    if (mode === "arrow" && Math.hypot(stroke.end[0] - stroke.start[0], stroke.end[1] - stroke.start[1]) > 0.01) {
      brush.arrows.push(stroke);
    }
    stroke = null;
    draw();
    save();
  });
})();
