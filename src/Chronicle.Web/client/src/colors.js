// One colour per PLOVER type, stable across the timeline, the map and the legend.
export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const PALETTE = ['#4e79a7', '#59a14f', '#8cd17d', '#b6992d', '#499894', '#86bcb6', '#9d7660', '#79706e', '#f28e2b', '#ffbe7d',
  '#d37295', '#e15759', '#b07aa1', '#ff9d9a', '#bab0ac', '#7f3c8d'];

export function colorOf(type) {
  const index = TYPES.indexOf(type);
  return index < 0 ? '#888' : PALETTE[index];
}
