import {
  account,
  check,
  decrypt,
  execute,
  load,
  mapping,
  parseHeight,
  readSource,
  run
} from "./chunk-3XMJ4WY3.js";
import "./chunk-MHVT4OXQ.js";
import "./chunk-CIILX6KK.js";
import "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-36UFO7KE.js";
import "./chunk-3R424V4S.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";
export {
  account,
  check,
  decrypt,
  execute,
  load,
  mapping,
  parseHeight,
  readSource,
  run
};
