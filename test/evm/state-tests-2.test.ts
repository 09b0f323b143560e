/** GeneralStateTests, shard 2 of 4 (see state-suite.ts). */
import { stateTestShard } from './state-suite.js';

stateTestShard(1, 4);
