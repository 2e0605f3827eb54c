import type { ToSimplified } from './normalize.ts';

let loading: Promise<ToSimplified> | undefined;

/**
 * Traditional → simplified, exactly opencc-js's `{ from: 't', to: 'cn' }` converter (its t2s
 * chain: compatibility ideographs, then TSPhrases over TSCharacters), built from the three
 * dictionaries alone so a browser fetches about half the bytes of the packaged converter.
 * Loaded on first use only.
 */
export function loadToSimplified(): Promise<ToSimplified> {
  loading ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/CJK_Compatibility_Ideographs'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ]).then(([core, compat, phrases, characters]) => {
    const normalise = core.ConverterFactory([compat.default]);
    const convert = core.ConverterFactory([phrases.default, characters.default]);
    return (text: string) => convert(normalise(text));
  });
  return loading;
}
