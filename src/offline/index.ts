export { applyUpdate, checkForUpdate, registerServiceWorker } from "./registerServiceWorker";
export { updateReady } from "./updateStatus";
