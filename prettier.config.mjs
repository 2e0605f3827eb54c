// The house style: what the code already looked like, with lines kept under 140 columns.
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
