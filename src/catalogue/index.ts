export { catalogue, documentById, procedureById } from "./catalogue";
export { type ResolvedCatalogue, resolveCatalogue } from "./resolveCatalogue";
