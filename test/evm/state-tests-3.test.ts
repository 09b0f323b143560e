/** GeneralStateTests, shard 3 of 4 (see state-suite.ts). */
import { stateTestShard } from './state-suite.js';

stateTestShard(2, 4);
