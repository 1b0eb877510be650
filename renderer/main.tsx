/** The edge: picks the transport once (Electron's preload, or HTTP to electron/host). */
// First, so that feature styles, imported by components, come after the global ones.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { newId } from '../shared/model/ids';
import { App } from './App';
import { ApiProvider } from './api/ApiProvider';
import { createApi, type Transport } from './api/client';
import { httpTransport, readToken } from './api/httpTransport';
import { ipcTransport } from './api/ipcTransport';

const clientId = newId();

function transport(): Transport | null {
  const ipc = ipcTransport();
  if (ipc) return ipc;
  const token = readToken();
  return token ? httpTransport(token, clientId) : null;
}

const root = createRoot(document.getElementById('root')!);
const chosen = transport();
if (chosen) {
  root.render(
    <StrictMode>
      <ApiProvider api={createApi(chosen, clientId)}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
} else {
  // Opened without the address the host printed: nothing can be loaded without its token.
  document.getElementById('no-token')!.hidden = false;
}
