import { linearProba, pairProba, predictProba, type BoostedModel, type LinearLayer } from '../../src/relate/model';
import { FEATURE_NAMES, pairFeatures } from '../../src/relate/features';

const cosine = FEATURE_NAMES.indexOf('cosine');
// One stump per class: agree when cosine > 0.5, neutral otherwise.
const trees: BoostedModel = {
  features: [...FEATURE_NAMES], classes: ['agree', 'conflict', 'neutral'], base: [0, 0, 0],
  rounds: [[
    { feature: [cosine, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -1, 1] },
    { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [-1] },
    { feature: [cosine, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, 1, -1] },
  ]],
};
// A head that always says conflict, and gates that are sure either way.
const head: LinearLayer = { inputs: [cosine], mean: [0], scale: [1], weights: [[0, 0], [0, 5], [0, 0]] };
const gateOn: LinearLayer = { inputs: [cosine], mean: [0], scale: [1], weights: [[0, -20], [0, 20]] };
const gateOff: LinearLayer = { inputs: [cosine], mean: [0], scale: [1], weights: [[0, 20], [0, -20]] };

describe('model / linearProba', () => {
  test.each([
    // [weights of output 1 (input weight, bias), x, expected probability of output 1]
    [[0, 0], 3, 0.5],
    [[1, 0], 0, 0.5],
    [[1, 0], 2, 1 / (1 + Math.exp(-2))],
    [[0, -2], 9, 1 / (1 + Math.exp(2))],
  ] as const)('weights %j at x = %d', (w, x, expected) => {
    const layer: LinearLayer = { inputs: [0], mean: [0], scale: [1], weights: [[0, 0], [...w]] };
    expect(linearProba(layer, [x])[1]).toBeCloseTo(expected, 10);
  });
  test('inputs are standardised before they are weighed', () => {
    const layer: LinearLayer = { inputs: [0], mean: [10], scale: [2], weights: [[0, 0], [1, 0]] };
    expect(linearProba(layer, [12])[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
  });
});

describe('model / pairProba', () => {
  const f = pairFeatures('The council approved the budget.', 'The council passed the budget.');
  const r = pairFeatures('The council passed the budget.', 'The council approved the budget.');
  test('without a news head, the trees read both ways', () => {
    const p = predictProba(trees, f.vector);
    const q = predictProba(trees, r.vector);
    expect(pairProba(trees, f.vector, r.vector)).toEqual(p.map((v, c) => (v + (q[c] ?? 0)) / 2));
  });
  test('a closed gate leaves the trees alone; an open one hands the pair to the head', () => {
    const closed = pairProba({ ...trees, news: { head, gate: gateOff } }, f.vector, r.vector);
    const open = pairProba({ ...trees, news: { head, gate: gateOn } }, f.vector, r.vector);
    pairProba(trees, f.vector, r.vector).forEach((v, c) => expect(closed[c]).toBeCloseTo(v, 8));
    expect(open[1]).toBeGreaterThan(0.95);
  });
  test('the order of the two statements does not matter', () => {
    const model = { ...trees, news: { head, gate: { ...gateOn, weights: [[0, 0], [1, -0.5]] } } };
    const ab = pairProba(model, f.vector, r.vector);
    const ba = pairProba(model, r.vector, f.vector);
    ab.forEach((v, c) => expect(ba[c]).toBeCloseTo(v, 12));
  });
});
