import { useEffect, useState } from 'react';
import { api, Principal, ProblemError, storedToken, storeToken } from './api';
import { ErrorNote } from './components';
import { href, useRoute } from './hooks';
import { ArtifactsView } from './views/artifacts';
import { DatasetsView, DatasetView } from './views/datasets';
import { FlightView } from './views/flight';
import { InstrumentsView, InstrumentView } from './views/instruments';
import { LineageView } from './views/lineage';
import { RunsView, RunView } from './views/runs';

const SECTIONS = [
  ['instruments', 'Instruments'],
  ['datasets', 'Datasets'],
  ['flight', 'In flight'],
  ['runs', 'Runs'],
  ['artifacts', 'Artifacts'],
  ['lineage', 'Lineage'],
] as const;

function SignIn({ onSignedIn }: { onSignedIn: (me: Principal) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<Error | undefined>();
  return (
    <main className="sign-in">
      <h1>custody</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(undefined);
          try {
            const me = await api.get<Principal>('/v1/principals/me', token.trim());
            storeToken(token.trim());
            onSignedIn(me);
          } catch (err) {
            setError(err as Error);
          }
        }}
      >
        <label>
          Token
          <input
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            autoFocus
            required
          />
        </label>
        <button type="submit">Sign in</button>
        <p className="muted">The token stays in this tab (session storage) and goes only to this server.</p>
        {error ? <ErrorNote error={error} /> : null}
      </form>
    </main>
  );
}

function Content({ me, route }: { me: Principal; route: string[] }) {
  const [section, a, b] = route;
  switch (section) {
    case 'datasets':
      return a ? <DatasetView me={me} id={a} /> : <DatasetsView />;
    case 'flight':
      return <FlightView me={me} />;
    case 'runs':
      return a ? <RunView me={me} id={a} /> : <RunsView />;
    case 'artifacts':
      return <ArtifactsView />;
    case 'lineage':
      return <LineageView node={a} />;
    case 'instruments':
    default:
      return a === 'asset' || a === 'fixture' ? (
        <InstrumentView me={me} kind={a} id={b} />
      ) : (
        <InstrumentsView me={me} />
      );
  }
}

export function App() {
  const route = useRoute();
  const [me, setMe] = useState<Principal | null>(null);
  const [checking, setChecking] = useState(!!storedToken());
  const [error, setError] = useState<Error | undefined>();
  useEffect(() => {
    if (!storedToken()) return;
    api
      .get<Principal>('/v1/principals/me')
      .then(setMe, (err: Error) => {
        if (err instanceof ProblemError && err.status === 401) storeToken(null);
        else setError(err);
      })
      .finally(() => setChecking(false));
  }, []);
  if (checking) return <p className="muted">Signing in…</p>;
  if (!me)
    return (
      <>
        {error ? <ErrorNote error={error} /> : null}
        <SignIn onSignedIn={setMe} />
      </>
    );
  const current = route[0] ?? 'instruments';
  return (
    <>
      <header className="top">
        <a className="brand" href={href('instruments')}>
          custody
        </a>
        <nav aria-label="sections">
          {SECTIONS.map(([key, title]) => (
            <a key={key} href={href(key)} aria-current={current === key ? 'page' : undefined}>
              {title}
            </a>
          ))}
        </nav>
        <span className="who">
          {me.name} <span className="muted">({me.roles.join(', ')})</span>
          <button
            type="button"
            onClick={() => {
              storeToken(null);
              setMe(null);
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main>
        <Content me={me} route={route} />
      </main>
    </>
  );
}
