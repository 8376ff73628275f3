/**
 * The simulated Azure OpenAI endpoint of the tests, for a local demo of the writing help: start it, then start the
 * service with the settings it prints (`npm start`, then `npm run playground` for the chat).
 */
import { SimulatedAzureOpenAI } from '../tests/support/simulated-azure-openai';

const DEPLOYMENT = 'writing-help';
const API_KEY = 'local-simulator';
const port = Number(process.env['SIMULATOR_PORT'] ?? 5680);

const simulator = await SimulatedAzureOpenAI.start({ deployment: DEPLOYMENT, apiKey: API_KEY }, port);
console.log(`Simulated Azure OpenAI at ${simulator.endpoint}. Start the service with:

  AZURE_OPENAI_ENDPOINT=${simulator.endpoint} AZURE_OPENAI_DEPLOYMENT=${DEPLOYMENT} AZURE_OPENAI_API_KEY=${API_KEY} npm start
`);
process.on('SIGINT', () => void simulator.close().then(() => process.exit(0)));
