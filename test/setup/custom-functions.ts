/** jest setupFiles: the CustomFunctions global that Excel provides. */
import { installCustomFunctionsShim } from "../../src/functions/node-shim";

installCustomFunctionsShim();
