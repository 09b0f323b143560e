/** GeneralStateTests, shard 4 of 4 (see state-suite.ts). */
import { stateTestShard } from './state-suite.js';

stateTestShard(3, 4);
