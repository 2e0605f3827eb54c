// opencc-js publishes its dictionaries without type declarations: each is a "from to|…" string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
