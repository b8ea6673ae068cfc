/** A plain translate function: outputs are built in any language, French for the préfecture. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
