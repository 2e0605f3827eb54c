// The issuers named in a run of text: 中共中央、国务院, 中共中央 国务院, or names printed together
// without a separator (绍兴市人事局绍兴市教育局, 中共中央国务院). A run without separators is split
// only when every part is a known shape of issuer; 国务院办公厅 and 中共中央宣传部 stay one body.

/** An issuer's name ends with the word for a body of the party or state. */
const ISSUER = /(?:中央|国务院|办公厅|委员会|常委会|常务委员会|人大|政府|军委|委|部|厅|局|署|院|会|办|办公室|总局|银行)$/u;
/** The bodies at the top, each an issuer by itself (and its general office). */
const TOP =
  /^(?:中共中央|国务院|中央军委|中央军事委员会|全国人民代表大会(?:常务委员会)?|全国人大(?:常委会)?|全国政协|中国人民政治协商会议全国委员会|最高人民法院|最高人民检察院|国家监察委员会|中央纪委|中共中央纪委)(?:办公厅|办公室)?$/u;
/** A local body: a place (省, 市, 县, 区, 自治区, 州, 盟, 旗, 乡, 镇), then its office. */
const LOCAL =
  /^[\p{Script=Han}]{1,8}?(?:省|市|县|区|自治区|自治州|州|盟|旗|乡|镇)[\p{Script=Han}]{1,16}(?:局|厅|委|委员会|办|办公室|办公厅|人民政府|政府|人大常委会|法院|检察院|总工会)$/u;
/** A ministry, commission or bureau of the State Council: 教育部, 国家发展改革委, 中国人民银行, 海关总署. */
const MINISTRY = /^[\p{Script=Han}]{2,14}(?:部|委|委员会|局|总局|署|总署|银行)$/u;
/** A part cannot begin with the word a name ends with: 办公厅 alone is no body. */
const BARE_SUFFIX = /^(?:办公厅|办公室|委员会|常委会|常务委员会|人大|政府|部|局|厅|署|院|会|办|委)/u;
/** Bodies under which a ministry-like name is a department of theirs: 中共中央宣传部, 国务院国资委. */
const PARENT = /^(?:中共中央|中央|国务院|中央军委)$/u;

/** A Party committee below the centre (中共绍兴市委, 中共浙江省委): what follows it is one of its departments. */
const PARTY_COMMITTEE = /^中共.+委$/u;

type Shape = 'top' | 'local' | 'ministry';

function shapeOf(name: string): Shape | null {
  if (name.length < 3 || BARE_SUFFIX.test(name)) return null;
  if (TOP.test(name)) return 'top';
  if (LOCAL.test(name)) return 'local';
  if (MINISTRY.test(name) && !/^(?:中共中央|中央|国务院)/u.test(name)) return 'ministry';
  return null;
}

/**
 * `run` as two or more known issuers printed together (绍兴市人事局绍兴市教育局), or null when it
 * cannot be read so: then it is one name.
 */
function split(run: string): string[] | null {
  for (let at = 3; at <= run.length - 3; at++) {
    const head = run.slice(0, at);
    if (!shapeOf(head)) continue;
    const tail = run.slice(at);
    const rest = split(tail) ?? (shapeOf(tail) ? [tail] : null);
    // 中共中央宣传部 is a department of 中共中央, not two issuers; so is a local Party committee's
    // 中共绍兴市委教育工作委员会 of 中共绍兴市委.
    if (!rest || ((PARENT.test(head) || PARTY_COMMITTEE.test(head)) && shapeOf(rest[0]!) === 'ministry')) continue;
    return [head, ...rest];
  }
  return null;
}

/**
 * The issuers named in a run of text, split on spaces, 、, ， and 和, and each piece split again
 * when it is several known issuers printed together; [] when a piece is not an issuer's name.
 */
export function issuersIn(text: string): string[] {
  const pieces = text
    .trim()
    .split(/[\s、，,和]+/u)
    .filter(Boolean);
  if (pieces.length === 0 || !pieces.every((n) => ISSUER.test(n))) return [];
  return pieces.flatMap((piece) => split(piece) ?? [piece]);
}

/** Whether a line names issuers and nothing else (a signature's line, a title's first line). */
export const isIssuerLine = (text: string) => /^[\p{Script=Han}\s、（）()]{2,40}$/u.test(text) && issuersIn(text).length > 0;
