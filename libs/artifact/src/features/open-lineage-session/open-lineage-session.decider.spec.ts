import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import { OpenLineageSession, openLineageSessionDecider } from './open-lineage-session.decider';

const command: OpenLineageSession = {
  sessionId: '0190a000-0000-7000-8000-0000000000c1',
  principalId: '0190a000-0000-7000-8000-0000000000e1',
  clientSessionId: 'roar-42',
  git: { repo: 'https://git.example/pipeline', commit: 'abc123', branch: 'main' },
};
const opened: LineageSessionEvent = {
  type: 'LineageSessionOpened',
  data: { ...command, openedAt: '2026-01-01T00:00:00.000Z' },
};

describe('open lineage session', () => {
  it('opens a session with its git context', () => {
    given(openLineageSessionDecider, []).when(command, { resumable: null }).then([opened]);
  });

  it('resumes the session opened before under the same clientSessionId: nothing new happens', () => {
    given(openLineageSessionDecider, [])
      .when(command, { resumable: { sessionId: '0190a000-0000-7000-8000-0000000000c0' } })
      .then([]);
  });

  it('never opens the same session twice', () => {
    given(openLineageSessionDecider, [opened])
      .when(command, { resumable: null })
      .thenFails('LineageSessionAlreadyOpened');
  });

  it('a new session is open, owned by its opener, and keeps its client id and git context', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
        fc.option(fc.record({ repo: fc.string(), commit: fc.string(), branch: fc.string() }), { nil: null }),
        (principalId, clientSessionId, git) => {
          const outcome = given(openLineageSessionDecider, []).when(
            { ...command, principalId, clientSessionId, git },
            { resumable: null },
          ).outcome;
          if (!('events' in outcome)) return false;
          const state = fold(openLineageSessionDecider.evolve, openLineageSessionDecider.initialState, outcome.events);
          return (
            state.exists &&
            state.status === 'open' &&
            state.principalId === principalId &&
            state.clientSessionId === clientSessionId &&
            state.git === git
          );
        },
      ),
    );
  });
});
