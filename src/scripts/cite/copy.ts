/**
 * Copies text to the clipboard: the Clipboard API where the page may use it, else the old way
 * (select the text in a scratch textarea and ask the browser to copy). Focus goes back where it was.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const back = document.activeElement as HTMLElement | null;
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.readOnly = true;
    scratch.className = 'sr-only-text';
    (back?.closest('dialog') ?? document.body).append(scratch);
    scratch.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    scratch.remove();
    back?.focus();
    return ok;
  }
}
