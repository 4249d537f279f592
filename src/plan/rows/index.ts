// Reading a plan's rows into actions: groups carried down, sections, stacked cells split, money per line.
export { readRows } from './readRows';
export { financeFromActions } from './savingsLines';
