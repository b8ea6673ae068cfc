export { boot } from "./boot";
