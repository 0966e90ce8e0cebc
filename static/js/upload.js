// Drag and drop onto the photo input, a list of chosen files, and example prompts.
(function () {
  const zone = document.querySelector("[data-dropzone]");
  if (zone) {
    const input = zone.querySelector("input[type=file]");
    const list = zone.querySelector("[data-files]");
    const show = () => {
      list.innerHTML = "";
      Array.from(input.files).forEach((file) => {
        const li = document.createElement("li");
        li.textContent = `${file.name} · ${(file.size / 1048576).toFixed(1)} MB`;
        list.appendChild(li);
      });
      zone.classList.toggle("has-files", input.files.length > 0);
      // The price quote multiplies by the number of photos (one clip each).
      const count = document.querySelector("[data-count]");
      if (count) count.value = Math.max(input.files.length, 1);
    };
    ["dragenter", "dragover"].forEach((name) =>
      zone.addEventListener(name, (event) => { event.preventDefault(); zone.classList.add("is-over"); }));
    ["dragleave", "drop"].forEach((name) =>
      zone.addEventListener(name, () => zone.classList.remove("is-over")));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      const transfer = new DataTransfer();
      Array.from(event.dataTransfer.files).forEach((file) => transfer.items.add(file));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    input.addEventListener("change", show);
    show(); // files chosen before this script ran (slow connection) are listed too
  }
  document.querySelectorAll("[data-example]").forEach((chip) =>
    chip.addEventListener("click", () => {
      const prompt = document.querySelector("textarea[name=prompt]");
      prompt.value = chip.dataset.example;
      prompt.focus();
    }));
})();
