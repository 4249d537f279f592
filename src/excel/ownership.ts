// The ownership rule is pure and shared with the xlsx writer, so both writers recognise the same sheets.
export * from '../report/ownership';
