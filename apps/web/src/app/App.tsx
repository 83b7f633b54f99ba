import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { SignInPage } from '../features/auth/SignInPage';
import { createApolloClient } from './apollo-client';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <main className="page">
        <h1>Deskline</h1>
        <p>
          The agent app is coming soon. Meanwhile, the API is yours to explore in the{' '}
          <a href="/graphql">GraphQL playground</a>.
        </p>
        <SignInPage />
      </main>
    </ApolloProvider>
  );
}
