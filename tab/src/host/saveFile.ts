/** Saves text, or a blob as it came, as a file the browser downloads. */
export function saveFile(
  file: { fileName: string } & ({ type: string; text: string } | { blob: Blob }),
): void {
  const blob = 'blob' in file ? file.blob : new Blob([file.text], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
