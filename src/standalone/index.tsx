/** Standalone page entry: the file picker and the pane (no Office). */
import { createRoot } from "react-dom/client";
import { Standalone } from "./Picker";

createRoot(document.getElementById("root") as HTMLElement).render(<Standalone />);
