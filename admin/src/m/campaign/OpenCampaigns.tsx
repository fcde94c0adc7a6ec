import { Link } from '../Link';
import { useLoad } from '../useLoad';

interface OpenCampaign {
  campaignId: string;
  title: string;
  deadline: string;
}

/** The enterprise home's 待填报的自查清单: sent to it, not answered, not past the deadline. Nothing when none. */
export const OpenCampaigns = () => {
  const loaded = useLoad<{ data: OpenCampaign[] }>('/my-campaigns?open=true&limit=20');
  if (loaded.state !== 'done' || loaded.data.data.length === 0) return null;
  return (
    <>
      {loaded.data.data.map((campaign) => (
        <Link
          key={campaign.campaignId}
          to={`/m/c/${campaign.campaignId}`}
          className="card tile"
          testId="home-campaign"
        >
          <strong>待填报：{campaign.title}</strong>
          <span className="hint">截止 {campaign.deadline}</span>
        </Link>
      ))}
    </>
  );
};
