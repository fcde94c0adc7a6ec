import { checkResultLabels, type MyCampaign } from '#functions/campaigns/schemas';
import { beijingDateTime } from '../format';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { AnswerSheet } from './AnswerSheet';

/** What was answered, read-only (a submission is final). */
const Answered = ({ campaign }: { campaign: MyCampaign }) => {
  const texts = new Map(campaign.items.map((item) => [item.itemId, item.text]));
  return (
    <section className="card done-card" data-testid="campaign-answered">
      <h2>已提交</h2>
      <p className="hint">
        {campaign.target.submittedByName ?? ''} 于 {beijingDateTime(campaign.target.submittedAt ?? '')} 提交
      </p>
      <ol>
        {(campaign.target.answers ?? []).map((answer) => (
          <li key={answer.itemId}>
            {texts.get(answer.itemId)}：<strong>{checkResultLabels[answer.result]}</strong>
            {answer.note ? `（${answer.note}）` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
};

/** `/m/c/<campaignId>`: the enterprise's self-check list (自查清单), answered once before its deadline. */
export const CampaignPage = ({ id }: { id: string }) => {
  const loaded = useLoad<MyCampaign>(`/campaigns/${encodeURIComponent(id)}/mine`);
  if (loaded.state === 'loading')
    return (
      <Shell title="自查清单">
        <Loading />
      </Shell>
    );
  if (loaded.state === 'error')
    return (
      <Shell title="自查清单">
        <Failure message={loaded.error.message} onRetry={loaded.reload} />
      </Shell>
    );
  const campaign = loaded.data;
  return (
    <Shell title="自查清单">
      <section className="card">
        <h2 data-testid="campaign-title">{campaign.title}</h2>
        <p className="hint">
          {campaign.target.enterpriseName} · 截止 {campaign.deadline}
        </p>
      </section>
      {campaign.target.submittedAt ? (
        <Answered campaign={campaign} />
      ) : campaign.closed ? (
        <section className="card error-card" role="alert" data-testid="campaign-closed">
          <p>该自查清单已于 {campaign.deadline} 截止，不能再填报。如有疑问请联系辖区应急管理部门。</p>
        </section>
      ) : (
        <AnswerSheet campaign={campaign} />
      )}
    </Shell>
  );
};
