/**
 * The Fluent theme following the OS: light by default, dark when the OS prefers it, high contrast
 * when forced colours are on (matchMedia; a fixed light theme where matchMedia is missing).
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

function current(): Theme {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return webLightTheme;
  if (window.matchMedia("(forced-colors: active)").matches) return teamsHighContrastTheme;
  if (window.matchMedia("(prefers-color-scheme: dark)").matches) return webDarkTheme;
  return webLightTheme;
}

export function useOsTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(current);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return undefined;
    const queries = ["(forced-colors: active)", "(prefers-color-scheme: dark)"].map((q) => window.matchMedia(q));
    const update = () => setTheme(current());
    queries.forEach((q) => q.addEventListener?.("change", update));
    return () => queries.forEach((q) => q.removeEventListener?.("change", update));
  }, []);
  return theme;
}
