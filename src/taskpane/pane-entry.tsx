/**
 * Excel task pane entry: once Office is ready, render the pane over the Office host.
 */
import { createRoot } from "react-dom/client";
import { format } from "../messages";
import { parseScheme } from "../engine/scheme/scheme";
import { setWorkbookScheme } from "../functions/scheme-store";
import { OfficeHost } from "../workbook/office-host";
import { missingRequirement, officeLanguage } from "./office-env";
import { App } from "./pane";

declare const Office: { onReady(): Promise<{ host: unknown }> } | undefined;

function start(): void {
  const lang = officeLanguage() ?? "zh-CN";
  const missing = missingRequirement();
  const banner = missing ? format("pane.requirement", lang, { set: missing.set, version: missing.version }) : null;
  const el = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const host = new OfficeHost();
  // Shared runtime: a scheme the reviewer saves is the custom functions' scheme at once, and the
  // workbook recalculates so that cells already showing a tier show the new one.
  const save = host.saveScheme.bind(host);
  host.saveScheme = async (input, l) => {
    await save(input, l);
    const r = parseScheme(input, l);
    if (!r.ok) return;
    setWorkbookScheme(r.scheme);
    await host.recalculate();
  };
  createRoot(el).render(<App host={host} initialLang={lang} banner={banner} />);
}

if (typeof Office !== "undefined") void Office.onReady().then(start);
else start();
