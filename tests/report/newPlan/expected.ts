/**
 * What a new plan from the 2022 peer challenge's recommendations holds, worked out by hand from the
 * seed text: the header the brief asks for, and the report's ten recommendations in order.
 */
export const NEW_PLAN_HEADER = [
  'Ref',
  'Theme',
  'Recommendation',
  'Action',
  'Lead',
  'Timescale',
  'RAG',
  'Progress update',
  'Last updated',
];

export const TEN_REFS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
