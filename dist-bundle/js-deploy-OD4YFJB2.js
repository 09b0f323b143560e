import {
  abiPath,
  jsDeploy,
  readContract,
  readText,
  validate
} from "./chunk-JBZGPV4T.js";
import "./chunk-P24OGJJT.js";
import "./chunk-7T2JWIC2.js";
import "./chunk-V2JWBCNO.js";
import "./chunk-B7JO3TSC.js";
import "./chunk-CIILX6KK.js";
import "./chunk-KJFF2XIJ.js";
import "./chunk-VN6NVGIK.js";
import "./chunk-ACMAOO3W.js";
import "./chunk-IXTBPKQN.js";
import "./chunk-XXQMZ22L.js";
export {
  abiPath,
  jsDeploy,
  readContract,
  readText,
  validate
};
