import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ScanLanding } from './ScanLanding';
import './m.css';

const root = document.getElementById('root');
if (!root) throw new Error('m/index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ScanLanding code={new URLSearchParams(window.location.search).get('code')} />
  </StrictMode>,
);
