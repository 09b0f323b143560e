/** EEST state tests, shard 2 of 2 (see eest-suite.ts). */
import { eestShard } from './eest-suite.js';

eestShard('state', 1, 2);
