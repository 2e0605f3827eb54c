import { describe, expect, it } from 'vitest';
import { unlistedNotice, wholeResultsThatFit } from './quick-fit.ts';

describe('the header box’s results that fit whole', () => {
  it('shows the results whose whole height fits, never part of one', () => {
    expect(wholeResultsThatFit([100, 100, 100, 100, 100], 450)).toBe(4);
    expect(wholeResultsThatFit([100, 100, 100, 100, 100], 500)).toBe(5);
    expect(wholeResultsThatFit([100, 100, 100], 299.6)).toBe(3);
    expect(wholeResultsThatFit([100, 100, 100], 299)).toBe(2);
  });

  it('stops at the first that does not fit, even if a shorter one after it would', () => {
    expect(wholeResultsThatFit([100, 180, 40], 200)).toBe(1);
  });

  it('shows one while there are any, even on a screen too small for it, and none of none', () => {
    expect(wholeResultsThatFit([300, 100], 120)).toBe(1);
    expect(wholeResultsThatFit([100], -20)).toBe(1);
    expect(wholeResultsThatFit([], 500)).toBe(0);
  });

  it('says how many are left out', () => {
    expect(unlistedNotice(3, 5)).toBe('另有 2 条未在此列出');
    expect(unlistedNotice(5, 5)).toBe('');
  });
});
