// What the site offers, once: the header's sections and the home page's list of them. The texts
// and what is written about them (阅读), then the pages that study them across documents (研究),
// each with a line saying what it is for. Browser-safe (plain data and a function).
import { ACTORS, COMPARE, DATA, DOCUMENTS, FIGURES, INSTRUMENTS, NEWS, NOTES, TARGETS, TERMS } from '../routes.ts';

export type SectionGroup = 'read' | 'research';

export interface SiteSection {
  href: string;
  /** As the header and the page's own title name it. */
  label: string;
  group: SectionGroup;
  /** One line on what the page offers (the home page lists it). */
  blurb: string;
}

export const GROUP_NAMES: Record<SectionGroup, string> = { read: '阅读', research: '研究' };

export const SITE_SECTIONS: readonly SiteSection[] = [
  { href: DOCUMENTS, label: '文件', group: 'read', blurb: '全部文件，可按类型、发文机关和年份筛选。' },
  { href: NEWS, label: '新闻', group: 'read', blurb: '随文件一同收录的新闻稿和图片说明。' },
  { href: ACTORS, label: '主体', group: 'read', blurb: '每条措施由谁负责：每个主体牵头或参与的条文，附原文依据。' },
  { href: TERMS, label: '术语', group: 'read', blurb: '文中术语的释义和出现之处。' },
  { href: NOTES, label: '注记', group: 'read', blurb: '编者对原文的每一处修补和存疑。' },
  {
    href: INSTRUMENTS,
    label: '政策工具',
    group: 'research',
    blurb: '按供给型、环境型、需求型政策工具逐句编码，附分布表和码本。',
  },
  { href: TARGETS, label: '目标与期限', group: 'research', blurb: '文中定有期限或目标数量的句子，按年份排成时间线。' },
  { href: COMPARE, label: '文件对照', group: 'research', blurb: '有共同文字或相互引用的两份文件并排对照：重复、新增和删去了什么。' },
  { href: FIGURES, label: '数字', group: 'research', blurb: '文件和新闻写到的数字，每个都链接到原句。' },
  { href: DATA, label: '数据', group: 'research', blurb: '全部文本和标注的下载：JSON、CSV、Akoma Ntoso。' },
];

/** The sections of one group, in the header's order. */
export const sectionsOf = (group: SectionGroup) => SITE_SECTIONS.filter((s) => s.group === group);

/**
 * How a header link relates to the page shown: 'page' on the section's own index, 'true' on a page
 * under it (a document under /documents/), undefined elsewhere; the home page is under none.
 */
export function currentSection(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  return href !== '/' && pathname.startsWith(href) ? 'true' : undefined;
}
