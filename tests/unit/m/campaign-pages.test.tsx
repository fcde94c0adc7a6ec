import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MyCampaign } from '#functions/campaigns/schemas';
import { AnswerSheet } from '../../../admin/src/m/campaign/AnswerSheet';
import { CampaignPage } from '../../../admin/src/m/campaign/CampaignPage';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const campaign: MyCampaign = {
  campaignId: 'C1',
  title: '冬季消防安全专项自查',
  items: [
    { itemId: 'item-1', text: '安全出口畅通' },
    { itemId: 'item-2', text: '灭火器在检验有效期内' },
  ],
  deadline: '2030-05-20',
  closed: false,
  target: {
    id: 'E1',
    campaignId: 'C1',
    enterpriseId: 'E1',
    enterpriseName: '演示五金有限公司',
    districtId: 'wujin',
    townId: 'T1',
    sentAt: '2030-05-06T01:00:00.000Z',
    failCount: 0,
  },
};

describe('the phone’s campaign pages', () => {
  it('lists every item with 符合 / 不符合 / 不涉及 and waits for all before the submit', () => {
    // Act
    const html = renderToStaticMarkup(<AnswerSheet campaign={campaign} />);

    // Assess
    expect(text(html)).toBe(
      '1. 安全出口畅通 安全出口畅通 符合 不符合 不涉及 2. 灭火器在检验有效期内 灭火器在检验有效期内 符合 不符合 不涉及 还有 2 项未选择 提交自查结果',
    );
    expect(html).toContain('disabled=""');
  });

  it('shows the loading state first', () => {
    expect(text(renderToStaticMarkup(<CampaignPage id="C1" />))).toContain('自查清单');
  });
});
