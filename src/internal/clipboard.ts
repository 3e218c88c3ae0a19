/**
 * Writes text with the Clipboard API. It rejects in insecure contexts, in frames without the
 * permission, and when the browser or the person refuses; the caller then falls back to
 * selecting the text and saying how to copy it.
 */
export async function writeToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The copy shortcut people know on their platform. */
export function copyShortcut(): string {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.userAgent;
  return /Mac|iPhone|iPad/u.test(platform) ? '⌘C' : 'Ctrl+C';
}
