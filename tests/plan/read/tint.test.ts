import { applyTint } from '../../../src/plan/read/tint';
import { fillColour } from '../../../src/excel/cells';
import { resolveColour } from '../../../src/xlsx/parts/readColours';

describe("Excel's tint maths", () => {
  it.each([
    ['FF0000', 0, 'FF0000'],
    ['#c00000', 0, 'C00000'],
    ['000000', 0.5, '808080'],
    ['FFFFFF', -0.5, '808080'],
    // Excel's swatches for the Office 2007 accent3 (#9BBB59): lighter 80%, 60%, 40%, darker 50%.
    ['9BBB59', 0.7999816888943144, 'EBF1DE'],
    ['9BBB59', 0.5999938962981048, 'D7E4BD'],
    ['9BBB59', 0.3999755851924192, 'C3D69B'],
    ['9BBB59', -0.499984740745262, '4F6228'],
    ['FF0000', 5, 'FFFFFF'], // clamped to 1: white
    ['FF0000', -5, '000000'], // clamped to -1: black
    ['not a colour', 0.5, 'not a colour'],
  ])('applyTint(%j, %d) is %j', (hex, tint, expected) => {
    expect(applyTint(hex, tint)).toBe(expected);
  });

  it('gives the same colour through both adapters', () => {
    expect(
      fillColour({ color: '#9BBB59', pattern: 'Solid', tintAndShade: 0.5999938962981048 })
    ).toBe('#D7E4BD');
    expect(resolveColour({ argb: 'FF9BBB59', tint: 0.5999938962981048 }, [])).toBe('#D7E4BD');
  });
});
