/** The files of a pretend output folder, every one marked with its version (for the atomic-swap tests). */
export function outputFiles(version: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('results.json', JSON.stringify({ meta: { version } }) + '\n');
  for (const f of ['bab4.md', 'bab4.html', 'lampiran.html', 'bab4.docx']) files.set(f, `${f} ${version}\n`.repeat(200));
  for (let i = 1; i <= 20; i++) files.set(`charts/c${i}.svg`, `<svg>${version} ${i}</svg>\n`);
  return files;
}
