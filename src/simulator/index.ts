export { startSimulator, type Simulator, type SimulatorState } from './start-simulator.js';
export { DEMO_TOKENS, type TokenKind } from './auth.js';
export type { Faults, LatencyOptions, SimulatorOptions } from './options.js';
export type { RequestFilter, RequestRecord } from './accounting.js';
export { DEFAULT_CLOCK_START } from './clock.js';
export { decodeNodeId, encodeNodeId } from './node-id.js';
export { SEEDED_USERS } from './world/seed-world.js';
export { ROUTES } from './route-table.js';
