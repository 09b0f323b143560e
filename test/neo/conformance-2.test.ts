import { neoSuite } from './suite.js';

neoSuite(1, 2);
