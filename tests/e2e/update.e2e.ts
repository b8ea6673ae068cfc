import { describe, it } from "vitest";
import { startPreview } from "./server";
import { updateScenario } from "./updateScenario";

const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4181);

describe("a new version", () => {
  it("is offered with a banner on the home screen and applied only on the person's tap", async () => {
    await updateScenario((root) => startPreview(PORT, root));
  });
});
