import { formatDateTime } from '../format';
import type { DirectivePriority } from '../generated/graphql';
import { useI18n } from '../i18n';
import { MetaItem } from './MetaItem';

/** A directive's priority, issuer and time of issue: how its meta line starts wherever it is shown. */
export function DirectiveOrigin({ directive: d }: { directive: { priority: DirectivePriority; issuer: { name: string }; issuedAt: string } }) {
  const { t, lang } = useI18n();
  return (
    <>
      <span className={`badge ${d.priority}`}>{t(`priority.${d.priority}`)}</span>
      <MetaItem label={t('issuedBy')}>{d.issuer.name}</MetaItem>
      <MetaItem label={t('issuedAt')}>{formatDateTime(d.issuedAt, lang)}</MetaItem>
    </>
  );
}
