/**
 * @module
 * The hotline screen's only script, a static file at /assets/hotline.js (written into public/
 * by scripts/build-css.mjs, served before the Worker runs; CSP allows
 * scripts from this origin only). It shows the questions and options whose
 * `data-when` condition holds, as the server does on "Update questions", so the
 * agent sees branching at once. Without it the page still works.
 */
export const HOTLINE_SCRIPT = `
// Keyboard shortcuts for a live call: Alt (Option on a Mac) plus a letter presses or
// reaches the element marked data-shortcut with that letter: S saves, O goes to the
// outcome. By key position (code), so a Mac's Option+S, which types another character, works too.
for (const hint of document.querySelectorAll("[data-shortcuts]")) hint.hidden = false;
document.addEventListener("keydown", (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !/^Key[A-Z]$/.test(event.code)) return;
  const target = document.querySelector('[data-shortcut="' + event.code.slice(3).toLowerCase() + '"]');
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.click();
});
const form = document.querySelector("[data-hotline-form]");
if (form) {
  const chosen = (name) =>
    [...form.elements].filter((el) => el.name === name && !el.disabled && (el.type === "radio" || el.type === "checkbox" ? el.checked : el.value)).map((el) => el.value);
  const holds = (when) => Object.entries(when).every(([name, options]) => chosen(name).some((v) => options.includes(v)));
  const update = () => {
    for (const part of form.querySelectorAll("[data-when]")) {
      // Document order: a question is settled before its options, so a hidden question keeps them off.
      const parent = part.parentElement && part.parentElement.closest("[data-when]");
      const show = holds(JSON.parse(part.dataset.when)) && !(parent && parent.hidden);
      part.hidden = !show;
      for (const el of part.querySelectorAll("input, select")) el.disabled = !show;
    }
  };
  // A select's options hold one wording: switch them to the caller's language when it is chosen.
  const speak = () => {
    const lang = chosen("caller_lang")[0];
    if (!lang) return;
    for (const option of form.querySelectorAll("option[data-label-" + lang + "]")) {
      option.textContent = option.getAttribute("data-label-" + lang);
      option.lang = lang;
    }
  };
  form.addEventListener("change", (event) => {
    if (event.target.name === "caller_lang") speak();
    update();
  });
  const refresh = form.querySelector("[data-refresh]");
  if (refresh) refresh.hidden = true;
  update();
}
`.trim();
