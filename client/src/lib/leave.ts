/**
 * "Leave quickly" on the reporter pages: the link in the page bar (`about:blank` works without a script)
 * first empties every form and the page, then replaces this history entry, so Back does not return to
 * what was typed. Leaving the page any other way empties the forms too (pagehide), so the back-forward
 * cache cannot show a report again.
 */
function clearPage(): void {
  for (const form of document.forms) form.reset();
  for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>("textarea, input"))
    if (field.type !== "checkbox" && field.type !== "radio") field.value = "";
  getSelection()?.removeAllRanges();
}

export function leaveQuickly(): void {
  const link = document.getElementById("leave");
  link?.addEventListener("click", (ev) => {
    ev.preventDefault();
    clearPage();
    document.body.replaceChildren();
    document.title = "";
    location.replace("about:blank");
  });
  window.addEventListener("pagehide", clearPage);
}
