import type { Page } from '../api/types';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { PatrolForm } from './PatrolForm';
import type { PatrolFormView } from './patrolRules';

interface OverduePoint {
  id: string;
  name: string;
  location?: string;
}

/** `/m/p/<enterpriseId>`: the enterprise, its overdue risk points (常安码 use) and the form of its district. */
export const PatrolPage = ({ enterpriseId }: { enterpriseId: string }) => {
  const id = encodeURIComponent(enterpriseId);
  const firm = useLoad<{ id: string; name: string; districtId: string }>(`/enterprises/${id}`);
  const overdue = useLoad<Page<OverduePoint>>(`/risk-points?enterpriseId=${id}&overdue=true&limit=100`);
  const districtId = firm.state === 'done' ? firm.data.districtId : '';
  const form = useLoad<PatrolFormView>(
    `/patrol-forms/current${districtId ? `?districtId=${districtId}` : ''}`,
  );
  const failed = [firm, overdue, form].find((loaded) => loaded.state === 'error');
  return (
    <Shell title="网格化巡查">
      {failed?.state === 'error' ? <Failure message={failed.error.message} onRetry={failed.reload} /> : null}
      {!failed && (firm.state !== 'done' || overdue.state !== 'done' || form.state !== 'done') ? (
        <Loading />
      ) : null}
      {firm.state === 'done' && overdue.state === 'done' && form.state === 'done' ? (
        <PatrolForm
          key={`${enterpriseId}-${form.data.formVersion}`}
          enterprise={firm.data}
          overdue={overdue.data.data}
          form={form.data}
        />
      ) : null}
    </Shell>
  );
};
