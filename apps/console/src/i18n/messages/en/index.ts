// The English catalogue, bundled with the shell: one JSON file per area of the console (each
// area's keys start with its name; shell.json holds the shell's own). Adding an area: add its
// file here and in every other locale's folder (the catalogue test checks they match).
import shell from './shell.json';
import advisor from './advisor.json';
import reception from './reception.json';
import workshop from './workshop.json';
import rescue from './rescue.json';
import parts from './parts.json';
import admin from './admin.json';
import complaints from './complaints.json';
import analyst from './analyst.json';
import quality from './quality.json';
import common from './common.json';

export const en = {
  ...shell,
  ...advisor,
  ...reception,
  ...workshop,
  ...rescue,
  ...parts,
  ...admin,
  ...complaints,
  ...analyst,
  ...quality,
  ...common,
};
