/**
 * Task pane entry (placeholder until the task-pane issue): shows which host it runs in.
 * Office.js is loaded by the page; outside Office it resolves with no host.
 */
declare const Office: { onReady(): Promise<{ host: string | null }> } | undefined;

const statusLine = document.getElementById("status");
if (typeof Office !== "undefined" && statusLine) {
  void Office.onReady().then(({ host }) => {
    if (host) statusLine.dataset.host = host;
  });
}
export {};
