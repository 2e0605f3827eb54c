// The checks of the codebook that its schema cannot make (ids and cues unique across the whole
// book), and the codebook as the rest of the model reads it: instruments by id, with their type.
import type { YamlWithLines } from '../content/yaml.ts';
import type { ContentError } from '../errors.ts';
import type { Codebook, Instrument, InstrumentType } from './schema.ts';

/** An instrument with the type it belongs to. */
export interface CodedInstrument extends Instrument {
  type: InstrumentType;
}

/** Repeated type or instrument ids, and a cue given to two instruments (the machine could not choose). */
export function checkCodebook(file: YamlWithLines<Codebook>): ContentError[] {
  const errors: ContentError[] = [];
  const ids = new Map<string, string>();
  const cues = new Map<string, string>();
  const claim = (id: string, what: string, path: Array<string | number>) => {
    const owner = ids.get(id);
    if (owner) errors.push(file.error(path, `${what} id "${id}" is already the id of ${owner}`));
    else ids.set(id, `${what} "${id}"`);
  };
  file.data.types.forEach((type, t) => {
    claim(type.id, 'type', ['types', t, 'id']);
    type.instruments.forEach((instrument, i) => {
      const at = ['types', t, 'instruments', i];
      claim(instrument.id, 'instrument', [...at, 'id']);
      instrument.cues.forEach((cue, c) => {
        const owner = cues.get(cue);
        if (owner === instrument.id) errors.push(file.error([...at, 'cues', c], `cue "${cue}" is listed twice for "${instrument.id}"`));
        else if (owner) errors.push(file.error([...at, 'cues', c], `cue "${cue}" of "${instrument.id}" is already a cue of "${owner}"`));
        else cues.set(cue, instrument.id);
      });
    });
  });
  return errors;
}

/** Every instrument of the codebook in its order, with its type. */
export function instrumentsOf(codebook: Codebook): CodedInstrument[] {
  return codebook.types.flatMap((type) => type.instruments.map((i) => ({ ...i, type })));
}
