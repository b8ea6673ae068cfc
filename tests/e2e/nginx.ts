// The production nginx of deploy/nginx.conf, shared with `npm run lighthouse` (scripts/nginx.mjs).
export { hasNginx, NGINX, startNginx } from "../../scripts/nginx.mjs";
