import { Text } from '@fluentui/react-components';
import type { Summary } from '../../plan';
import { SAY } from '../../report/messages';

/**
 * The place the finance lead's savings block goes (target, forecast, at risk, shortfall); until
 * it is built it says only whether the plan carries savings at all, and why there is then no
 * Savings sheet.
 */
export function SavingsPlaceholder({ summary }: { summary: Summary }) {
  if (!summary.hasMoney) return <Text>{SAY.noSavingsSheet}</Text>;
  const n = summary.money.lines;
  return <Text>{`${n} action${n === 1 ? '' : 's'} carry a savings figure; they are totalled on the Savings sheet when you refresh.`}</Text>;
}
