import { readFileSync } from 'node:fs';
import { BOUNDARY_FEATURES_VERSION } from '../../src/sentences/boundary-features.js';
import {
  BOUNDARY_MODEL_FORMAT,
  BoundaryModel,
  loadBoundaryModel,
  shippedBoundaryModelPath,
  type BoundaryModelFile,
} from '../../src/sentences/boundary-model.js';
import { finish, mixString, template } from '../../src/sentences/feature-hash.js';

const file = (weights: Record<string, number>, featuresVersion = BOUNDARY_FEATURES_VERSION): BoundaryModelFile => ({
  format: BOUNDARY_MODEL_FORMAT,
  featuresVersion,
  threshold: 0.5,
  bias: -1,
  weights,
  training: {},
  attribution: 'test',
});

describe('BoundaryModel', () => {
  it('adds the weights of the features that fire to the bias, through the logistic function', () => {
    const model = new BoundaryModel(file({ '7': 2, '16777215': 0.5, '0': 1 }));
    expect(model.probability([])).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
    expect(model.probability([7, 16777215, 0, 12345])).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 6);
  });

  it('refuses a model made for other features', () => {
    expect(() => new BoundaryModel(file({}, BOUNDARY_FEATURES_VERSION + 1))).toThrow(/retrain/);
  });

  it('ships a small model, credited, loaded once per process', () => {
    const shipped = JSON.parse(readFileSync(shippedBoundaryModelPath(), 'utf8')) as BoundaryModelFile;
    expect(shipped.format).toBe(BOUNDARY_MODEL_FORMAT);
    expect(shipped.attribution).toMatch(/ThaiNER.*CC BY 3\.0.*UD Thai-TUD.*CC BY-SA 4\.0/);
    expect(Object.keys(shipped.weights).length).toBeLessThan(10_000);
    expect(loadBoundaryModel()).toBe(loadBoundaryModel());
    expect(loadBoundaryModel().threshold).toBe(shipped.threshold);
  });
});

describe('feature hashes', () => {
  it('are 24-bit ids that tell templates and values apart', () => {
    const a = finish(mixString(template(0), 'ครับ'));
    expect(a).toBe(16736615);
    expect(a).not.toBe(finish(mixString(template(1), 'ครับ')));
    expect(a).not.toBe(finish(mixString(template(0), 'คะ')));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(2 ** 24);
  });
});
