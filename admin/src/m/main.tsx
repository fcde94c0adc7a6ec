import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startOutbox } from './outbox/runner';
import './m.css';

const root = document.getElementById('root');
if (!root) throw new Error('m/index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startOutbox();
