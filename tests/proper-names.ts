/**
 * The Latin words a Chinese reader may meet on the Chinese map: names of companies, products,
 * publishers and formats, places without a Chinese official name, and region IDs. Any other word in
 * Latin letters outside an element marked with another language is English left behind. Shared by
 * the unit test of the dataset's Chinese notes and the browser tests of the Chinese pages.
 */

/** Names of more than one word, taken whole: "The" alone is English, "The Register" a name. */
const PHRASES = [
  'The Register',
  'The National',
  'eWTP Arabia Capital',
  'Alibaba Cloud Footprint',
  'Alibaba Cloud',
  'SB Cloud',
  'Natural Earth',
  'Terraform Provider',
  'CC BY',
  'JSON Feed',
];

const WORDS = new Set([
  // Formats and the web's own words in the interface.
  'CSV',
  'JSON',
  'Atom',
  'PNG',
  'SVG',
  'WebGL',
  'csv',
  'json',
  'geojson',
  'regions',
  'world',
  'atlas',
  'iframe',
  'Web',
  'px',
  'Ctrl',
  'worker',
  'src',
  'blob',
  'UTC',
  'ID',
  // Companies, products and publishers without a Chinese name of their own.
  'Aliyun',
  'Alibaba',
  'WordPress',
  'Ghost',
  'Discourse',
  'SDK',
  'Go',
  'Python',
  'ECS',
  'STC',
  'TMCnet',
  'ZDNet',
  'Towngas',
  'Meraas',
  // Places without a Chinese official name of Alibaba's.
  'Atlanta',
]);

/** Alibaba's region IDs, `eu-west-2`, `cn-hongkong`: identifiers, the same in every language. */
const REGION_ID = /\b[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*\b/g;

/** The Latin words in `text` that are not names: English left in a Chinese text. */
export function englishIn(text: string): string[] {
  let rest = text.replace(REGION_ID, ' ');
  for (const phrase of PHRASES) rest = rest.replaceAll(phrase, ' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !WORDS.has(word));
}
