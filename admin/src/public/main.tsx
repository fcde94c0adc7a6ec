import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AgencyListing } from './AgencyListing';
import './public.css';

const root = document.getElementById('root');
if (!root) throw new Error('public/index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AgencyListing />
  </StrictMode>,
);
