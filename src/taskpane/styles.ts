/**
 * Shared styles of the pane: Fluent tokens only (so dark and high-contrast themes follow), and one
 * spacing scale — S between the parts of one thing, M between things, L around a panel.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    minWidth: 0,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    // a sub-group of a form (等次分数线, 指标权重): set off from the fields above it
    "& [role=group]": { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  },
  /** A heading kept for screen readers and the outline, not drawn (the button under it says the same). */
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  /** Form fields: one column in a task pane, more at desktop widths; labels above, inputs in line. */
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 200px), 1fr))",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: "start",
  },
  /** Fluent's Dropdown has a 250px min-width: let it shrink to its grid cell. */
  control: { minWidth: 0, width: "100%" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  /** A table that may be wider than the pane scrolls inside its own box, never the page. */
  scroll: { overflowX: "auto", maxWidth: "100%" },
});
