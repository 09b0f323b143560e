import { neoSuite } from './suite.js';

neoSuite(0, 2);
