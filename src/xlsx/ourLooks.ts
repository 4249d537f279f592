/**
 * Every look a cell of our summary sheets can have, registered in styles.xml on every refresh
 * before our sheets are written. Which looks a refresh needs depends on the plan (which RAGs
 * appear, whether there is a history to compare with), so registering only those would append new
 * entries on a later refresh; registering all of them, always in this order, keeps styles.xml the
 * same size from the first refresh on, and never changes an index already there.
 * tests/xlsx/ourLooks.test.ts fails, listing the look, when a sheet builder makes one not here.
 */
import type { CellFormat } from './writeStyles';

export const OUR_LOOKS: readonly CellFormat[] = [
  { numberFormat: '0.0%' },
  { bold: true, fontSize: 14, fontColor: '1F3864' },
  { numberFormat: 'dd mmm yyyy', vertical: 'top', horizontal: 'left' },
  { bold: true },
  { bold: true, fontSize: 12, fontColor: '1F3864' },
  { bold: true, fontColor: '000000', fill: 'D9E1F2', vertical: 'top', wrap: true, border: { bottom: true } },
  { bold: true, fontColor: 'FFFFFF', fill: 'C00000', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'ED7D31', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'FFC000', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: '92D050', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: '00B050', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: 'FFFFFF', fill: '0070C0', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'D9D9D9', vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: 'FFFFFF', fill: 'C00000', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'ED7D31', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'FFC000', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: '92D050', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: '00B050', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: 'FFFFFF', fill: '0070C0', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { bold: true, fontColor: '000000', fill: 'D9D9D9', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { vertical: 'top', wrap: true },
  { bold: true, border: { bottom: true } },
  { numberFormat: 'dd mmm yyyy' },
  { fontColor: '0563C1', underline: true },
  { bold: true, fontColor: 'FFFFFF', fill: 'C00000' },
  { bold: true, fontColor: '000000', fill: 'FFC000' },
  { fontColor: '000000', fill: 'DDEBF7' },
  { numberFormat: '£#,##0' },
  { numberFormat: '£#,##0', bold: true, border: { bottom: true } },
  { vertical: 'top', horizontal: 'center' },
  { bold: true, fontColor: 'FFFFFF', fill: 'C00000', vertical: 'top', horizontal: 'center', wrap: true },
  { bold: true, fontColor: '000000', fill: 'FFC000', vertical: 'top', horizontal: 'center', wrap: true },
  { bold: true, fontColor: '000000', fill: '92D050', vertical: 'top', horizontal: 'center', wrap: true },
  { bold: true, fontColor: '000000', fill: '00B050', vertical: 'top', horizontal: 'center', wrap: true },
  { bold: true, fontColor: 'FFFFFF', fill: '0070C0', vertical: 'top', horizontal: 'center', wrap: true },
  { bold: true, fontColor: '000000', fill: 'D9D9D9', vertical: 'top', horizontal: 'center', wrap: true },
  { vertical: 'top', wrap: true, bold: true, border: { bottom: true } },
  { vertical: 'top', horizontal: 'left' },
  { vertical: 'top', horizontal: 'left', wrap: true },
  { bold: true, fontColor: '000000', fill: 'D9E1F2', vertical: 'top', wrap: true, border: { bottom: true }, horizontal: 'center' },
  { vertical: 'top', horizontal: 'left', fontColor: '0563C1', underline: true },
  { bold: true, fontColor: '000000', fill: 'ED7D31', vertical: 'top', horizontal: 'center', wrap: true },
];
