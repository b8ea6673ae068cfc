/** A build served by nginx in its own process group. */
export interface NginxServer {
  url: string;
  stop(): Promise<void>;
}
export const NGINX: string;
export function hasNginx(): boolean;
export function portAnswers(port: number): Promise<boolean>;
export function startNginx(port: number, root: string): Promise<NginxServer>;
