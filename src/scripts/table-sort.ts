// Sorts a long list table (the documents on /actors/ and /instruments/) by a column: each head of a
// table[data-sortable] with data-sort="text|num|date" becomes a button. Without script the table
// stays as printed, newest first under a row per year; sorted by anything else the year rows step
// aside, and sorting by date again restores them.
const collator = new Intl.Collator('zh-Hans-CN');

function setup(table: HTMLTableElement) {
  const head = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!head) return;
  const groups = [...table.tBodies];
  const isGroupRow = (r: HTMLTableRowElement) => r.dataset.group !== undefined;
  // Every data row with the body it is printed in, in printed order.
  const printed = groups.flatMap((body) => [...body.rows].filter((r) => !isGroupRow(r)).map((row) => ({ row, body })));
  const groupRows = groups.flatMap((body) => [...body.rows].filter(isGroupRow));
  const cells = [...head.cells];
  const valueOf = (row: HTMLTableRowElement, col: number) => row.cells[col]?.textContent?.trim() ?? '';
  // An undated text (no digits) sorts before every date, so last when newest come first.
  const dateOf = (s: string) => (/^\d/.test(s) ? s : '');
  const compare = (kind: string, col: number) => (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
    const [x, y] = [valueOf(a, col), valueOf(b, col)];
    if (kind === 'num') return (Number(x) || 0) - (Number(y) || 0);
    if (kind === 'date') return dateOf(x).localeCompare(dateOf(y));
    return collator.compare(x, y);
  };
  const sortBy = (col: number, descending: boolean) => {
    const kind = cells[col]!.dataset.sort!;
    for (const [i, th] of cells.entries()) {
      if (i === col) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    // As printed: newest first, by year.
    if (kind === 'date' && descending && cells[col]!.dataset.printed !== undefined) {
      for (const { row, body } of printed) body.append(row);
      for (const r of groupRows) r.hidden = false;
      return;
    }
    // Ties keep their printed order (newest first) either way.
    const by = compare(kind, col);
    const order = printed.map((p) => p.row).sort((a, b) => (descending ? by(b, a) : by(a, b)));
    for (const r of groupRows) r.hidden = true;
    groups[0]!.append(...order);
  };
  for (const [col, th] of cells.entries()) {
    if (!th.dataset.sort) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const now = th.getAttribute('aria-sort');
      // First choice: most first for a count, newest first for a date, A→Z for a title.
      const descending = now ? now === 'ascending' : th.dataset.sort !== 'text';
      sortBy(col, descending);
    });
  }
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) setup(table);
