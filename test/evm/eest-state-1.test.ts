/** EEST state tests, shard 1 of 2 (see eest-suite.ts). */
import { eestShard } from './eest-suite.js';

eestShard('state', 0, 2);
