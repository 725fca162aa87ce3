import type { LayerName, Stage } from './stage.js';

/**
 * The stages a pipeline definition can name. The built-in stages are registered in one like
 * any user's; `createPipeline(definition, { stages })` builds with the built-in registry plus
 * the user's stages.
 */
export class StageRegistry {
  private readonly stages = new Map<string, Stage>();

  constructor(stages: Iterable<Stage> = []) {
    for (const stage of stages) this.register(stage);
  }

  /** Adds a stage; a second stage of the same name is refused. */
  register(stage: Stage): this {
    const known = this.stages.get(stage.name);
    if (known && known !== stage) throw new TypeError(`a stage named "${stage.name}" is already registered`);
    this.stages.set(stage.name, stage);
    return this;
  }

  /** A copy with more stages. */
  with(stages: Iterable<Stage>): StageRegistry {
    return new StageRegistry([...this.stages.values(), ...stages]);
  }

  get(name: string): Stage | undefined {
    return this.stages.get(name);
  }

  /** Every stage, in the order they were registered. */
  all(): Stage[] {
    return [...this.stages.values()];
  }

  names(): string[] {
    return [...this.stages.keys()];
  }

  /** The names of the stages that provide `layer`. */
  providersOf(layer: LayerName): string[] {
    return this.all()
      .filter((stage) => stage.provides.includes(layer))
      .map((stage) => stage.name);
  }
}
