import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubApollo } from './apollo';
import { App } from './App';
import { setToken } from './session';
import './styles.css';

const client = createHubApollo({
  // The hub closed the live connection: the token expired or was refused. Sign in again.
  onUnauthorized: () => {
    setToken(null);
    location.assign('/signin?expired=1');
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
