/** Node entry of the language server: `node dist/server.js --stdio` (or IPC when started by VS Code). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeEnv } from './nodeEnv';
import { startServer } from '../server';

const connection = createConnection(ProposedFeatures.all);
// In its own process the server's stdout may be the LSP channel: route stray console output to the client's log.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
startServer(connection, createNodeEnv());
