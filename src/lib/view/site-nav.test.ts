import { describe, expect, it } from 'vitest';
import { COMPARE, INSTRUMENTS, TARGETS } from '../routes.ts';
import * as routes from '../routes.ts';
import { SITE_SECTIONS, currentSection, sectionsOf } from './site-nav.ts';

describe('the site’s sections', () => {
  it('name the research pages beside the texts, each with its page’s own title and a line on it', () => {
    const research = sectionsOf('research');
    for (const [href, label] of [
      [INSTRUMENTS, '政策工具'],
      [TARGETS, '目标与期限'],
      [COMPARE, '文件对照'],
    ])
      expect(research).toContainEqual(expect.objectContaining({ href, label }));
    for (const s of SITE_SECTIONS) expect(s.blurb).toMatch(/。$/u);
  });

  it('link only to the index pages routes.ts publishes, each once', () => {
    const published = new Set<unknown>(Object.values(routes).filter((v) => typeof v === 'string'));
    for (const s of SITE_SECTIONS) expect(published.has(s.href), s.href).toBe(true);
    expect(new Set(SITE_SECTIONS.map((s) => s.href)).size).toBe(SITE_SECTIONS.length);
  });

  it('mark the section shown: its index as the page, a page under it as within it', () => {
    expect(currentSection('/targets/', TARGETS)).toBe('page');
    expect(currentSection('/targets/2024-chanye-gongren/', TARGETS)).toBe('true');
    expect(currentSection('/compare/a/b/', COMPARE)).toBe('true');
    expect(currentSection('/', TARGETS)).toBeUndefined();
    expect(currentSection('/documents/x/', TARGETS)).toBeUndefined();
  });
});
