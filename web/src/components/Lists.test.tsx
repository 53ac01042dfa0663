// @vitest-environment happy-dom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { DataTable, ListStatus } from './Lists';
import { useScreen } from '../test-screen';

// The tables and list states every list view draws with.
const screen = useScreen();
const en = (node: React.ReactNode) => screen.render(node, 'en');

const rows = [
  { code: '330100', name: '杭州市', total: '91.20' },
  { code: '330200', name: '宁波市', total: '88.05' },
];

describe('DataTable', () => {
  it('draws column headings, a row header, cell classes, row data attributes, and leaves out null columns', () => {
    en(
      <DataTable
        caption="Ranking"
        className="evaluations"
        rows={rows}
        rowKey={(r) => r.code}
        rowData={(r) => ({ 'data-code': r.code })}
        columns={[{ header: 'Body', cell: (r) => r.name, rowHeader: true }, null, { header: 'Total', cell: (r) => r.total, className: 'num' }]}
      />,
    );
    const table = screen.container.querySelector('table.evaluations')!;
    expect(table.querySelector('caption')?.textContent).toBe('Ranking');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Body'],
      ['col', 'Total'],
    ]);
    const bodyRows = [...table.querySelectorAll('tbody tr')];
    expect(bodyRows.map((tr) => tr.getAttribute('data-code'))).toEqual(['330100', '330200']);
    expect(bodyRows.map((tr) => [...tr.children].map((c) => `${c.tagName.toLowerCase()}${c.getAttribute('scope') ? `[${c.getAttribute('scope')}]` : ''}.${c.className}:${c.textContent}`))).toEqual([
      ['th[row].:杭州市', 'td.num:91.20'],
      ['th[row].:宁波市', 'td.num:88.05'],
    ]);
  });
});

describe('ListStatus', () => {
  it('says loading before the first answer, nothing while rows are shown, and "none yet" for an empty answer', () => {
    expect(en(<ListStatus query={{ loading: true }} count={0} />)).toBe('Loading…');
    expect(en(<ListStatus query={{ loading: false, data: {} }} count={2} />)).toBe('');
    expect(en(<ListStatus query={{ loading: false, data: {} }} count={0} />)).toBe('Nothing here yet.');
    expect(en(<ListStatus query={{ loading: false, data: {} }} count={0} empty="No pilots." />)).toBe('No pilots.');
    // A refetch keeps the rows on screen, without a loading line above them.
    expect(en(<ListStatus query={{ loading: true, data: {} }} count={2} />)).toBe('');
  });

  it('shows the hub’s error as an alert', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Only a LEAD may read this.', extensions: { code: 'FORBIDDEN' } }] });
    expect(en(<ListStatus query={{ loading: false, error }} count={0} />)).toContain('FORBIDDEN');
    expect(screen.container.querySelector('[role=alert]')).not.toBeNull();
  });
});
