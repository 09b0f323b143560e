/** EEST blockchain tests, shard 2 of 3 (see eest-suite.ts). */
import { eestShard } from './eest-suite.js';

eestShard('blockchain', 1, 3);
