/**
 * The engine alone, for `node --cpu-prof`: builds the grid, runs the engine once to warm it, then
 * the measured passes. The analysis keeps only samples in src/, so the grid's generation is left out.
 * Usage: node --cpu-prof --cpu-prof-dir=DIR profileChild.js ACTIONS PASSES
 */
import { generatePlan } from './generate';
import { runEngine } from './pipeline';

const actions = Number(process.argv[2] ?? 100_000);
const passes = Number(process.argv[3] ?? 2);
const { grid } = generatePlan({ actions });
for (let i = 0; i <= passes; i++) runEngine(grid);
