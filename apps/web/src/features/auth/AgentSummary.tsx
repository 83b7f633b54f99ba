import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const AgentSummary_agentFragment = graphql(`
  fragment AgentSummary_agent on Agent {
    id
    name
    email
    memberships {
      id
      role
      active
      workspace {
        id
        name
      }
    }
  }
`);

export type AgentSummaryRef = FragmentType<typeof AgentSummary_agentFragment>;

export function AgentSummary(props: { agent: AgentSummaryRef }) {
  const agent = getFragmentData(AgentSummary_agentFragment, props.agent);
  return (
    <>
      <p>
        Signed in as <strong>{agent.name}</strong> ({agent.email})
      </p>
      {agent.memberships.length === 0 ? (
        <p>You are not a member of any workspace yet.</p>
      ) : (
        <>
          <h2>Your workspaces</h2>
          <ul>
            {agent.memberships.map((m) => (
              <li key={m.id}>
                {m.workspace.name} <small>({m.active ? m.role.toLowerCase() : 'inactive'})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
