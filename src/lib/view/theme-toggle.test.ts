import { describe, expect, it } from 'vitest';
import { themeToggleText } from './theme-toggle.ts';

describe('the theme button', () => {
  it('shows the scheme in use, and is named by it and by what a press does, in both states', () => {
    expect(themeToggleText(false)).toEqual({ text: '浅色', sign: '☀', name: '配色：浅色，点按改为深色' });
    expect(themeToggleText(true)).toEqual({ text: '深色', sign: '☾', name: '配色：深色，点按改为浅色' });
  });
});
