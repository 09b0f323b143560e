/** GeneralStateTests, shard 1 of 4 (see state-suite.ts). */
import { stateTestShard } from './state-suite.js';

stateTestShard(0, 4);
