/**
 * Hand a file to the browser as a download (object URL → <a download>). In Office webviews a
 * download may be blocked; the caller shows the error then.
 */
export async function saveBlob(blob: Blob, name: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
