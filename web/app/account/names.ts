/**
 * The name to greet someone by: the first word of a Western-style name ("Amélie" of "Amélie
 * Laurent"); a name written without spaces (陳大文) is used whole, as splitting it would be wrong.
 */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  return trimmed.split(/\s+/)[0] || trimmed;
}
