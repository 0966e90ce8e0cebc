// Publishing pages: the browser's time zone (told to the server once, prefilled in time zone
// pickers), selects that submit their form on change, and the publish form's caption count
// and "now or later" switch. A static file, as the Content-Security-Policy requires.
(function () {
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  var zone = document.querySelector("[data-tz-shown]");
  var tz;
  try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { tz = ""; }
  if (zone && tz) {
    document.querySelectorAll('select[name="time_zone"]').forEach(function (select) {
      if (select.value === "UTC" && select.querySelector('option[value="' + tz + '"]')) select.value = tz;
    });
    if (zone.dataset.tzShown !== tz && !sessionStorage.getItem("sm-tz-sent")) {
      sessionStorage.setItem("sm-tz-sent", "1");
      var url = new URL(window.location.href);
      url.searchParams.set("tz", tz);
      window.location.replace(url.toString());
    }
  }

  var form = document.getElementById("publish-form");
  if (!form) return;
  var caption = form.querySelector("textarea[name=caption]"), count = document.getElementById("caption-count");
  function recount() { count.textContent = caption.value.length; }
  if (caption && count) { caption.addEventListener("input", recount); recount(); }
  var later = document.getElementById("when-later"), submit = document.getElementById("publish-submit");
  function sync() {
    var scheduled = form.querySelector("input[name=when]:checked").value === "later";
    later.hidden = !scheduled;
    submit.textContent = scheduled ? "Schedule" : "Publish now";
  }
  form.querySelectorAll("input[name=when]").forEach(function (r) { r.addEventListener("change", sync); });
  if (later && submit) sync();
})();
