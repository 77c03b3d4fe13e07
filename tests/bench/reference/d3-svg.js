/**
 * Reference: the same basemap and pins drawn as SVG with d3-geo alone, one <circle> per pin, a
 * slider step changing attributes only. Both signals are set as soon as the DOM holds the new
 * picture (as the app's SVG renderer does); the bench stops its clock at the next animation frame.
 * With `?compare=aws,azure,google`, the other providers' pins too (their regions loaded beside the
 * basemap, one circle each, the view fitted to them all, as the app fits its view with layers):
 * the floor for our page with every layer on.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { TILE_SIZE } from '../../../src/map/camera.ts';
import { PEER_RADIUS } from '../../../src/map/pin-style.ts';
import { loadProvider } from '../../../src/data/providers/index.ts';
import {
  cameraFor,
  COLORS,
  loadWorld,
  regions,
  setState,
  slider,
  startYear,
  statusAt,
} from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const element = document.getElementById('map');

function svgElement(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const providers = (new URLSearchParams(location.search).get('compare') ?? '')
  .split(',')
  .filter((provider) => ['aws', 'azure', 'google'].includes(provider));
const [world, ...peerLists] = await Promise.all([loadWorld(), ...providers.map(loadProvider)]);
const peers = peerLists.flat();
const width = element.clientWidth;
const height = element.clientHeight;
const camera = cameraFor(element, [...regions, ...peers]);
const projection = geoMercator()
  .scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
  .center(camera.center)
  .translate([width / 2, height / 2]);
const path = geoPath(projection);

const svg = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
svg.append(
  svgElement('rect', { width, height, fill: COLORS.ocean }),
  svgElement('path', { d: path(feature(world, world.objects.countries)), fill: COLORS.land }),
  svgElement('path', {
    d: path(mesh(world, world.objects.countries, (a, b) => a !== b)),
    fill: 'none',
    stroke: COLORS.border,
    'stroke-width': 0.6,
  }),
);
const drawn = [...regions, ...peers];
const circles = drawn.map((region) => {
  const [x, y] = projection([region.lon, region.lat]) ?? [-100, -100];
  const r = region.provider ? PEER_RADIUS : 6;
  const circle = svgElement('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r });
  svg.append(circle);
  return circle;
});

function draw(year) {
  let shown = 0;
  drawn.forEach((region, i) => {
    const circle = circles[i];
    const status = statusAt(region, year);
    if (status === 'not-yet') {
      circle.setAttribute('display', 'none');
      return;
    }
    shown++;
    circle.removeAttribute('display');
    const hollow = status === 'announced';
    circle.setAttribute('fill', hollow ? 'none' : COLORS[status]);
    circle.setAttribute('fill-opacity', '0.9');
    circle.setAttribute('stroke', hollow ? COLORS.announced : COLORS.pinStroke);
    circle.setAttribute('stroke-width', hollow ? '2.5' : '1.5');
  });
  return shown;
}

setState('renderedPins', draw(startYear));
element.append(svg);
setState('mapState', 'ready');
slider((year) => setState('renderedPins', draw(year)));
