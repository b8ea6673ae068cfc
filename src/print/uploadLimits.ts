const MB = 1024 * 1024;

/**
 * Size limits the person can choose for each upload file. 2 MB by default: ANEF's own limit has no
 * official source (DOMAIN.md §5.5, "design for the strictest plausible limits").
 */
export const UPLOAD_LIMITS = [1 * MB, 2 * MB, 5 * MB, 10 * MB] as const;

/** The limit used until the person picks another. */
export const DEFAULT_UPLOAD_LIMIT = 2 * MB;
