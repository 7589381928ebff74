import { inPage, waitUntil, type PageLike } from './page-actions';

/** Page-side: keeps every file the page offers for download instead of saving it. */
export const captureDownloads = () => {
  const kept: Blob[] = [];
  Object.assign(window, { keptDownloads: kept });
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) kept.push(blob);
    return original(blob);
  };
  HTMLAnchorElement.prototype.click = () => {}; // the download itself is not needed
};
const lastDownload = () => (window as unknown as { keptDownloads: Blob[] }).keptDownloads.at(-1)?.text() ?? null;
const downloadsCount = () => (window as unknown as { keptDownloads?: Blob[] }).keptDownloads?.length ?? -1;

/** Page-side: clicks the button with exactly this text. */
export const clickButton = (text: string) => {
  const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  button!.click();
};

/** Clicks a button that offers a download, and returns the file's text. */
export async function downloadText(page: PageLike, button: string): Promise<string> {
  const before = await inPage(page, downloadsCount, undefined);
  await inPage(page, clickButton, button);
  await waitUntil(page, downloadsCount, undefined, (count) => count > before, `the download from “${button}”`);
  return (await inPage(page, lastDownload, undefined))!;
}

/** Page-side: keeps what the page copies to the clipboard, to read back with `lastCopied`. */
export const captureClipboard = () => {
  Object.assign(window, { copied: [] as string[] });
  navigator.clipboard.writeText = async (text: string) =>
    void (window as unknown as { copied: string[] }).copied.push(text);
};
export const lastCopied = () => (window as unknown as { copied?: string[] }).copied?.at(-1) ?? '';

/** Page-side, on the options page: the data counts ("3 highlights on 1 article"), without the storage figure that moves with the browser's bookkeeping. */
export const dataSummary = () =>
  (document.querySelector('[data-testid="data-summary"]')?.textContent ?? '').split(',')[0]!;

/** Deletes everything from the options page, as the reader does (typing the confirmation), and waits for it. */
export async function deleteEverything(options: PageLike): Promise<void> {
  await inPage(options, () => (document.querySelector('.danger-zone input') as HTMLInputElement).focus(), undefined);
  await options.keyboard.type('delete everything');
  await inPage(options, clickButton, 'Delete everything');
  await waitUntil(
    options,
    dataSummary,
    undefined,
    (text) => text.startsWith('0 highlights on 0 articles'),
    'everything to be deleted',
  );
}

/** Chooses a file with this text in the options page's import field; returns what the page says of it. */
export async function importFile(options: PageLike, text: string, name: string): Promise<string> {
  await inPage(
    options,
    (file: { text: string; name: string }) => {
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([file.text], file.name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { text, name },
  );
  return waitUntil(
    options,
    () => document.querySelector('[data-testid="data-result"]')?.textContent ?? '',
    undefined,
    (said) => said.startsWith('Imported') || said.startsWith(name),
    `what the page says of ${name}`,
  );
}
