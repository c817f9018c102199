// The English catalogue, bundled with the shell: one JSON file per area of the console (each
// area's keys start with its name; shell.json holds the shell's own). Adding an area: add its
// file here and in every other locale's folder (the catalogue test checks they match).
import shell from './shell.json';

export const en = { ...shell };
