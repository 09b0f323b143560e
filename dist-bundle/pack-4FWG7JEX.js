import {
  packProject
} from "./chunk-B7JO3TSC.js";
import "./chunk-XXQMZ22L.js";
export {
  packProject
};
