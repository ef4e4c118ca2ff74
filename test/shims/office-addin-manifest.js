// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose ESM-only
// dependencies jest (CommonJS) cannot load. This stands in for it in tests.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
