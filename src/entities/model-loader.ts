import path from 'node:path';
import { readFileLimited } from '../io/read-limited.js';
import { packageRoot } from '../package-root.js';
import { readOncePerPath } from '../read-once.js';
import { FEATURES_VERSION } from './features.js';
import { decodeModel } from './model-file.js';
import { SequenceModel } from './sequence-model.js';

/** The model shipped with the package, relative to its root. */
export const SHIPPED_MODEL = 'src/entities/model/thainer-perceptron.bin';

export function shippedModelPath(): string {
  return path.join(packageRoot(), SHIPPED_MODEL);
}

/** A model file of more than this is not one (the shipped model is 1.3 MB). */
const MAX_MODEL_BYTES = 256 * 1024 * 1024;

const readSequenceModel = readOncePerPath((file) => {
  const model = new SequenceModel(decodeModel(readFileLimited(file, MAX_MODEL_BYTES, 'an entity model')));
  if (model.metadata.featuresVersion !== FEATURES_VERSION) {
    throw new Error(
      `${file}: model made for features v${model.metadata.featuresVersion}, this code computes v${FEATURES_VERSION}; retrain it (npm run train:ner)`,
    );
  }
  return model;
});

/** Reads a model file once per process; later calls share it. */
export function loadSequenceModel(file: string = shippedModelPath()): SequenceModel {
  return readSequenceModel(file);
}
