// What the theme button says. It shows the scheme in use, with a sun or moon to read it as a state;
// it is named, for assistive technology, by the state and what a press does: 配色：浅色，点按改为深色
// (its shown words are in its name, WCAG 2.5.3). Both states are written in the page and CSS shows
// the one in use (global.css: .theme-is-light, .theme-is-dark), so the script that flips the scheme
// has no words to change. As its name changes with the state, it carries no aria-pressed (under
// aria-pressed a name must not change).

export interface ThemeToggleText {
  /** The shown words: the scheme in use. */
  text: string;
  /** A sign shown before them. */
  sign: string;
  /** The button's name in this state. */
  name: string;
}

export function themeToggleText(dark: boolean): ThemeToggleText {
  const [now, next] = dark ? ['深色', '浅色'] : ['浅色', '深色'];
  return { text: now, sign: dark ? '☾' : '☀', name: `配色：${now}，点按改为${next}` };
}
