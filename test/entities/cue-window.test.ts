import { CueWindow } from '../../src/entities/cue-window.js';

describe('CueWindow', () => {
  it('says whether a span, asked in text order, lies within reach of a cue', () => {
    const window = new CueWindow([100, 500], 50);
    expect(window.near(20, 40)).toBe(false);
    expect(window.near(60, 70)).toBe(true);
    expect(window.near(140, 160)).toBe(true);
    expect(window.near(160, 200)).toBe(false);
    expect(window.near(430, 440)).toBe(false);
    expect(window.near(450, 460)).toBe(true);
    expect(window.near(560, 600)).toBe(false);
  });
});
