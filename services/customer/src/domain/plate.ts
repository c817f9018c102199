// Vehicle registration numbers (plates) as the desk types them: "K-AB 1234", "京A·12345". Shown
// as entered (trimmed, upper case), searched by a key without spaces, dashes and dots, so
// "k ab1234" finds "K-AB 1234".

export const PLATE_MAX_LENGTH = 16;

/** Trimmed, inner whitespace collapsed, upper case: how the plate is stored for display. */
export function displayPlate(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
}

/** The search key: upper case, without spaces, dashes, dots or middle dots. */
export function plateKey(raw: string): string {
  return displayPlate(raw).replace(/[\s\-‐-―.·・]/g, '');
}

/** Why a plate cannot be stored, or null. */
export function plateProblem(display: string): string | null {
  if (display.length === 0) return 'A registration number cannot be empty';
  if (display.length > PLATE_MAX_LENGTH)
    return `A registration number has at most ${PLATE_MAX_LENGTH} characters`;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} \-‐-―.·・]*$/u.test(display))
    return 'A registration number holds letters, digits, spaces, dashes and dots only';
  if (plateKey(display).length === 0) return 'A registration number needs a letter or digit';
  return null;
}
