import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ErrorNote } from './Errors';

/** One column of a DataTable: its heading and what each row shows in it. */
export interface Column<R> {
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The cell names its row (`th scope="row"`), for screen readers reading across. */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<R> {
  rows: readonly R[];
  /** A column given as null (e.g. actions the caller may not take) is left out. */
  columns: readonly (Column<R> | null)[];
  rowKey: (row: R) => string;
  caption?: ReactNode;
  className?: string;
  /** data-* attributes of a row (what the browser tests find it by). */
  rowData?: (row: R) => Record<`data-${string}`, string>;
}

/** Rows as a table with column headings: the one way a view draws a list as a table. */
export function DataTable<R>({ rows, columns, rowKey, caption, className, rowData }: DataTableProps<R>) {
  const shown = columns.filter((c): c is Column<R> => c !== null);
  return (
    <table className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {shown.map((c, i) => (
            <th key={i} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {shown.map((c, i) =>
              c.rowHeader ? (
                <th key={i} scope="row" className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} className={c.className}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a query result needs for ListStatus. */
interface QueryState {
  error?: unknown;
  loading: boolean;
  data?: unknown;
}

/**
 * Above a list read by a query: the hub's error, "loading" until the first answer, and `empty`
 * (default "none yet") once it answered with no rows.
 */
export function ListStatus({ query, count, empty }: { query: QueryState; count: number; empty?: string }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorNote error={query.error} />
      {query.loading && !query.data ? <p>{t('loading')}</p> : null}
      {query.data && count === 0 ? <p>{empty ?? t('noneYet')}</p> : null}
    </>
  );
}
