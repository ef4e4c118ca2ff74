/**
 * save.html: opened by the Excel pane in the system browser (office-files.ts) with a file in the
 * URL fragment. Takes the file, wipes it from the address bar, saves it once and offers a button
 * to save it again. No network: the page has a CSP that forbids every fetch.
 */
import { format } from "../messages";
import type { Lang } from "../engine/types";
import { saveBlob } from "./download";
import { fromFragment } from "./fragment";
import { sizeText } from "./size";

const lang: Lang = (navigator.language || "zh-CN").toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
document.documentElement.lang = lang;
document.title = format("save.title", lang);

const file = fromFragment(location.hash);
// The file's bytes must not stay in the address bar (nor in the entry a reload would use).
if (location.hash) history.replaceState(null, "", location.pathname + location.search);

const main = document.getElementById("save") ?? document.body;
const h1 = document.createElement("h1");
h1.textContent = format("save.title", lang);
main.append(h1);

if (!file) {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = format("save.none", lang);
  main.append(p);
} else {
  const blob = new Blob([file.bytes as BlobPart], { type: file.type });
  const ready = document.createElement("p");
  ready.textContent = format("save.ready", lang, { name: file.name, size: sizeText(file.bytes.length) });
  const button = document.createElement("button");
  button.type = "button";
  button.id = "save-button";
  button.textContent = format("save.button", lang, { name: file.name });
  button.addEventListener("click", () => void saveBlob(blob, file.name));
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = format("save.local", lang);
  main.append(ready, button, note);
  button.focus();
  void saveBlob(blob, file.name);
}
