/** EEST blockchain tests, shard 3 of 3 (see eest-suite.ts). */
import { eestShard } from './eest-suite.js';

eestShard('blockchain', 2, 3);
