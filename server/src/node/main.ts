/** Node entry of the language server: `node dist/server.js --stdio` (or IPC when started by VS Code). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeEnv } from './nodeEnv';
import { startServer } from '../server';

startServer(createConnection(ProposedFeatures.all), createNodeEnv());
