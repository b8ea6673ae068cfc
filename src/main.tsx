import "./ui/styles/tokens.css";
import "./ui/styles/base.css";
import "./ui/styles/components.css";
import "./ui/styles/dossier.css";
import "./ui/styles/privacy.css";
import "./ui/styles/pages.css";
import "./ui/styles/audio.css";
import "./ui/styles/print.css";
import "./ui/styles/packet.css";
import "./ui/styles/summary.css";
import { boot } from "./app";

const root = document.getElementById("root");
if (root) void boot(root);
