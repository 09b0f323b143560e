/** EEST blockchain tests, shard 1 of 3 (see eest-suite.ts). */
import { eestShard } from './eest-suite.js';

eestShard('blockchain', 0, 3);
