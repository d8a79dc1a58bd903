// Highlighted code that stays readable on e-ink. Shiki writes the light
// theme inline and the dark theme as --shiki-dark variables for the site's
// toggle; no reading system switches those, so they go. Every remaining
// colour is darkened where needed to reach WCAG AA contrast (4.5:1) against
// the background it sits on, so no token fades out on a greyscale screen,
// and a dark background (white-on-dark code) is dropped for the page's own.
import type { Element, Root, RootContent } from 'hast';

import { contrast, luminance, parseColour, toHex, type Rgb } from '../../colour.ts';

const minContrast = 4.5;
const white: Rgb = [255, 255, 255];

/** The same hue, darker in small steps until it stands out from the background. */
function darken(colour: Rgb, background: Rgb): Rgb {
  let result = colour;
  for (let f = 1; contrast(result, background) < minContrast && f > 0; f -= 0.02) result = colour.map((c) => c * f) as Rgb;
  return result;
}

function readableStyle(node: Element, inherited: Rgb): Rgb {
  if (typeof node.properties.style !== 'string') return inherited;
  let background = inherited;
  const declarations = node.properties.style
    .split(';')
    .filter((d) => d.includes(':'))
    .map((d): [string, string] => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()])
    .filter(([property]) => property && !property.startsWith('--'));
  const kept = declarations.flatMap(([property, value]): [string, string][] => {
    if (property !== 'background-color') return [[property, value]];
    const colour = parseColour(value);
    if (colour && luminance(colour) < 0.5) return [];
    background = colour ?? background;
    return [[property, value]];
  });
  const style = kept.map(([property, value]) => {
    const colour = property === 'color' ? parseColour(value) : undefined;
    return `${property}:${colour ? toHex(darken(colour, background)) : value}`;
  });
  if (style.length > 0) node.properties.style = style.join(';');
  else delete node.properties.style;
  return background;
}

export default function rehypeInkColours() {
  const walk = (node: Root | RootContent, background: Rgb): void => {
    if (node.type === 'element') background = readableStyle(node, background);
    if ('children' in node) for (const child of node.children) walk(child, background);
  };
  return (tree: Root) => walk(tree, white);
}
