// What the document page's filters (by actor, by instrument) share: the form's select applies on
// change and submit, the reset button clears it, the status says how many measures remain, and the
// address keeps ?<param>=<value> (a shared link or a reload applies it at once, as does a choice
// made while the filter's code was loading). Each filter says only what it hides.
export function runFilterForm(form: HTMLFormElement, param: string, apply: (value: string) => { shown: number; total: number }): void {
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const reset = form.querySelector<HTMLButtonElement>('button[type="button"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;

  const show = (value: string) => {
    const { shown, total } = apply(value);
    const name = select.selectedOptions[0]?.textContent?.replace(/（.*$/, '') ?? '';
    status.textContent = value ? `${name}：显示${shown}条措施，共${total}条` : `显示全部${total}条措施`;
    reset.hidden = !value;
    const url = new URL(location.href);
    if (value) url.searchParams.set(param, value);
    else url.searchParams.delete(param);
    history.replaceState(history.state, '', url);
  };

  form.addEventListener('change', () => show(select.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    show(select.value);
  });
  reset.addEventListener('click', () => {
    select.value = '';
    show('');
    select.focus();
  });

  const wanted = new URLSearchParams(location.search).get(param);
  if (!select.value && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  if (select.value) {
    show(select.value);
    // A page filtered from its address says so: the apparatus it sits in (folded on a phone) opens.
    const folded = form.closest('details');
    if (folded) folded.open = true;
  }
}
