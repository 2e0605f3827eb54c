import { describe, expect, it } from 'vitest';
import { nameKey, pathKey, placeKeys } from './citation-keys.ts';
import { parseCitation } from './citation-parse.ts';

/** The first reading, as [document typed, how it names it, key of the place]. */
function read(query: string) {
  const first = parseCitation(query)[0];
  return first && [first.doc ? `${first.doc.by}${first.doc.bracketed ? '《》' : ''}:${first.doc.text}` : null, pathKey(first.steps)];
}

describe('parseCitation', () => {
  it('reads a law or 条例 by its full or short title and article, paragraph, item and 目', () => {
    expect(read('中华人民共和国某某法第十三条')).toEqual(['title:中华人民共和国某某法', 'art13']);
    expect(read('某某法第13条')).toEqual(['title:某某法', 'art13']);
    expect(read('《条例》第八条第二款')).toEqual(['title《》:条例', 'art8/para2']);
    expect(read('《条例》 第八条 第二款 第（三）项')).toEqual(['title《》:条例', 'art8/para2/item3']);
    expect(read('条例第八条第（三）项第2目')).toEqual(['title:条例', 'art8/item3/i2']);
    expect(read('第十条之一')).toEqual([null, 'art10-1']);
    // Articles are numbered through the document: the chapter before one adds nothing.
    expect(read('第二章第五条')).toEqual([null, 'art5']);
    expect(read('《条例》第八條第二款')).toEqual(['title《》:条例', 'art8/para2']);
  });

  it('reads a document by its 文号 in every printed form, digits full-width or not', () => {
    for (const typed of ['国发〔2019〕4号', '国发[2019]4号', '国发(2019)4号', '国发（２０１９）４号', '国发〔2019〕第4号']) {
      const [reading] = parseCitation(typed);
      expect(reading?.doc?.by, typed).toBe('number');
      expect(nameKey(reading!.doc!.text), typed).toBe('国发〔2019〕4号');
    }
    expect(read('国发〔2019〕4号第三条')).toEqual(['number:国发〔2019〕4号', 'art3']);
    expect(read('国令第706号')).toEqual(['number:国令第706号', '']);
  });

  it('reads parts, measures restarted per part, divisions, points, boxes, sub-items and attachments', () => {
    expect(read('第四部分第（二）条')).toEqual([null, 'p4/m2']);
    expect(read('第四部分（二）')).toEqual([null, 'p4/m2']);
    expect(read('四（二）')).toEqual([null, 'p4/m2']);
    expect(read('（二）')).toEqual([null, 'm2']);
    expect(read('(12)')).toEqual([null, 'm12']);
    expect(read('第三章第一节')).toEqual([null, 'ch3/sec1']);
    expect(read('第一编第二章')).toEqual([null, 'bk1/ch2']);
    expect(read('第一点')).toEqual([null, 'pt1']);
    expect(read('第三部分第一，')).toEqual([null, 'p3/pt1']);
    expect(read('专栏3')).toEqual([null, 'box3']);
    expect(read('重点任务12')).toEqual([null, 'box12']);
    expect(read('【重点任务12】')).toEqual([null, 'box12']);
    expect(read('第二部分第（二）条第1项')).toEqual([null, 'p2/m2/i1']);
    expect(read('（二）1.')).toEqual([null, 'm2/i1']);
    expect(read('附件1')).toEqual([null, 'att1']);
    expect(read('《通知》附件')).toEqual(['title《》:通知', 'att1']);
    expect(read('表2')).toEqual([null, 'tbl2']);
    expect(read('《条例》前言')).toEqual(['title《》:条例', 'preamble']);
  });

  it('keeps the box name typed, so 专栏3 is told from 【重点任务3】', () => {
    expect(parseCitation('专栏3')[0]?.steps).toEqual([{ kind: 'box', n: 3, name: '专栏' }]);
    expect(parseCitation('重点任务12')[0]?.steps).toEqual([{ kind: 'box', n: 12, name: '重点任务' }]);
  });

  it('gives each reading of where a bare title ends, and takes a title in 《》 whole, nested ones too', () => {
    expect(parseCitation('规划重点任务3').map((r) => r.doc?.text)).toEqual(['规划', '规划重', '规划重点']);
    expect(parseCitation('高技能人才意见专栏3').map((r) => r.doc?.text)).toEqual(['高技能人才意见']);
    expect(read('《关于《某某发展规划建议》的说明》第二部分')).toEqual(['title《》:关于《某某发展规划建议》的说明', 'p2']);
  });

  it('is no citation for ordinary queries, a title alone without 《》, or a place that is not one', () => {
    for (const q of [
      '工资集体协商',
      '2035',
      '高技能人才 评价',
      '十四五',
      '第一',
      '第十五个五年规划',
      '产业工人意见',
      '《条例》节约',
      '1.',
      '第二款',
      '',
    ])
      expect(parseCitation(q), q).toEqual([]);
  });
});

describe('placeKeys', () => {
  it('names a place with or without each step above it, an article always with its paragraph and item', () => {
    expect(
      placeKeys([
        { kind: 'part', n: 2 },
        { kind: 'measure', n: 2 },
        { kind: 'subitem', n: 1 },
      ]),
    ).toEqual(['i1', 'p2/i1', 'm2/i1', 'p2/m2/i1']);
    expect(
      placeKeys([
        { kind: 'chapter', n: 2 },
        { kind: 'article', n: 8 },
        { kind: 'paragraph', n: 2 },
        { kind: 'item', n: 3 },
      ]),
    ).toEqual(['art8/item3', 'art8/para2/item3']);
    expect(
      placeKeys([
        { kind: 'part', n: 1 },
        { kind: 'box', n: 3 },
      ]),
    ).toEqual(['box3']);
  });
});
