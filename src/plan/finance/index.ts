// Checks over a plan's money: each check in its own file, one finding code each.
export { FINANCE_CODES, checkFinance } from './checkFinance';
