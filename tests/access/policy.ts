import type { Role } from '#functions/platform/manifest-types';

/**
 * The access policy, written by hand from DOMAIN.md ("Roles and scopes") and never imported from the manifest:
 * which roles may call each route. The matrix holds the manifest to it, so a route opened to one more role (a
 * district's SMS list to town officers, say) fails a test instead of passing one.
 */
const all: Role[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember', 'enterpriseUser'];
const supervisors: Role[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'];
const managers: Role[] = ['cityAdmin', 'districtAdmin'];

export const accessPolicy: Readonly<Record<string, 'public' | readonly Role[]>> = {
  // system: anyone may check health and read the API document
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  // identity: logging in and the gateway's key discovery are public; one's own account is everyone's
  'POST /api/auth/login': 'public',
  'GET /api/auth/jwks.json': 'public',
  'GET /api/auth/.well-known/openid-configuration': 'public',
  'GET /api/me': [...all, 'agencyUser'],
  'POST /api/me/password': [...all, 'agencyUser'],
  // accounts are managed by the city and district admins
  'GET /api/users': managers,
  'POST /api/users': managers,
  'GET /api/users/{id}': managers,
  'PUT /api/users/{id}': managers,
  'POST /api/users/{id}/status': managers,
  'POST /api/users/{id}/password-reset': managers,
  'POST /api/users/{id}/unlock': managers,
  // org: every supervisor reads the organization; managers change it
  'GET /api/districts': supervisors,
  'GET /api/towns': supervisors,
  'POST /api/towns': managers,
  'GET /api/towns/{id}': supervisors,
  'PUT /api/towns/{id}': managers,
  'DELETE /api/towns/{id}': managers,
  'GET /api/grids': supervisors,
  'POST /api/grids': managers,
  'GET /api/grids/{id}': supervisors,
  'PUT /api/grids/{id}': managers,
  'DELETE /api/grids/{id}': managers,
  // enterprises: everyone reads in scope (an enterprise user its own); managers register and edit
  'GET /api/enterprises': all,
  'POST /api/enterprises': managers,
  'GET /api/enterprises/{id}': all,
  'PUT /api/enterprises/{id}': managers,
  'DELETE /api/enterprises/{id}': managers,
  'POST /api/enterprise-imports': managers,
  'GET /api/enterprise-imports/{id}': managers,
  'POST /api/enterprise-exports': supervisors,
  'GET /api/enterprise-exports/{id}': supervisors,
  // messages: the SMS outbox is the managers'; the test message the city's alone
  'GET /api/messages': managers,
  'GET /api/messages/{id}': managers,
  'POST /api/messages/{id}/resend': managers,
  'POST /api/messages/test': ['cityAdmin'],
  // the audit log is read by the managers, written by nobody through the API
  'GET /api/audit': managers,
  // the dashboard's counts: every supervisor, of its own area; an enterprise user has its own page instead
  'GET /api/stats': supervisors,
  // photos: everyone uploads and sees photos, scoped by the photo's enterprise
  'POST /api/uploads': all,
  'GET /api/photos/{id}': all,
  // labels: everyone prints the risk points it sees (an enterprise user its own)
  'POST /api/label-sheets': all,
  'GET /api/label-sheets/{id}': all,
  // hazards: everyone reads in scope; supervisors record findings, the enterprise rectifies, reviewers close
  'GET /api/hazards': all,
  'GET /api/hazards/{id}': all,
  'POST /api/hazards': supervisors,
  'POST /api/hazards/{id}/rectification': ['enterpriseUser'],
  'POST /api/hazards/{id}/review': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  // risk-points: everyone reads the dictionary, the city edits it; points are read in scope and changed by
  // managers and the enterprise's own users; a scanned code answers in scope (others 404)
  'GET /api/risk-classes': all,
  'GET /api/risk-classes/{id}': all,
  'POST /api/risk-classes': ['cityAdmin'],
  'PUT /api/risk-classes/{id}': ['cityAdmin'],
  'GET /api/risk-points': all,
  'GET /api/risk-points/{id}': all,
  'POST /api/risk-points': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'PUT /api/risk-points/{id}': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'DELETE /api/risk-points/{id}': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'POST /api/risk-points/{id}/code': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'GET /api/risk-point-codes/{token}': all,
  // scans: an enterprise user scans; everyone reads the scans in scope
  'POST /api/scans': ['enterpriseUser'],
  'GET /api/scans': all,
  'GET /api/scans/{id}': all,
  // metrics: the overdue snapshots to everyone in scope (an enterprise user its own row); the daily trend of
  // areas to those who supervise a city, district or town
  'GET /api/metrics/overdue': all,
  'GET /api/metrics/trend': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  // metrics (period): a quarter's area rows to those who supervise a city, district or town; an enterprise
  // user its own enterprise's row; a grid member has no area the quarter is kept for
  'GET /api/metrics/period': ['cityAdmin', 'districtAdmin', 'townOfficer', 'enterpriseUser'],
  // dust upload rate: areas and their sites to those who supervise a city, district or town
  'GET /api/metrics/dust': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  // tasks: the levels tasks are given to and the city read them; only the assignee completes (the store
  // answers the city and the other level 404); grid members and enterprise users have no tasks
  'GET /api/tasks': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'GET /api/task-counts': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'GET /api/tasks/{id}': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'POST /api/tasks/{id}/complete': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  // dust-sites: read in scope; managers in scope write (the enterprise reads its own)
  'GET /api/dust-sites': all,
  'GET /api/dust-sites/{id}': all,
  'POST /api/dust-sites': ['cityAdmin', 'districtAdmin'],
  'PUT /api/dust-sites/{id}': ['cityAdmin', 'districtAdmin'],
  'DELETE /api/dust-sites/{id}': ['cityAdmin', 'districtAdmin'],
  'POST /api/dust-sites/{id}/code': ['cityAdmin', 'districtAdmin'],
  // a scanned site code answers in scope (others 404), as a risk point's does
  'GET /api/dust-site-codes/{token}': all,
  // dust-cleanings: the enterprise uploads; everyone reads in scope; the city, district and town review in
  // scope (抽查), and read the review queue of their area
  'POST /api/dust-cleanings': ['enterpriseUser'],
  'GET /api/dust-cleanings': all,
  'GET /api/dust-cleanings/{id}': all,
  'POST /api/dust-cleanings/{id}/review': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'GET /api/dust-reviews': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  // agencies (中介机构): managers and an agency user read in reach (its own); managers write those registered in
  // their district (the city every one); the rules (考评细则) are read by the same three, written by the city
  'GET /api/agencies': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/agencies/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agencies': managers,
  'PUT /api/agencies/{id}': managers,
  'GET /api/agency-rules': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/agency-rules/{code}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agency-rules': ['cityAdmin'],
  'PUT /api/agency-rules/{code}': ['cityAdmin'],
  // agency import and export (XLSX through transfer tasks): the managers, in their district
  'POST /api/agency-imports': managers,
  'GET /api/agency-imports/{id}': managers,
  'POST /api/agency-exports': managers,
  'GET /api/agency-exports/{id}': managers,
  // agency-deductions (考评扣分): managers deduct agencies they reach and revoke their own district's; the agency
  // user reads its own agency's and appeals them; appeals are decided by the issuing district (or the city)
  'GET /api/agency-deductions': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agency-deductions': managers,
  'POST /api/agency-deductions/evidence-uploads': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/agency-deductions/evidence-uploads/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/agency-deductions/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agency-deductions/{id}/revoke': managers,
  'POST /api/agency-deductions/{id}/appeal': ['agencyUser'],
  'GET /api/agency-appeals': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/agency-appeals/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agency-appeals/{id}/decide': managers,
  // agency-notices (专题通报): managers draft and publish (a district its own); an agency user reads the published
  // notices naming it; the public list needs no login; the quarter's statistics are the managers'
  'GET /api/agency-notices': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agency-notices': managers,
  'GET /api/agency-notices/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'PUT /api/agency-notices/{id}': managers,
  'POST /api/agency-notices/{id}/publish': managers,
  'GET /api/agency-notices/{id}/docx': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'GET /api/public/agencies': 'public',
  'GET /api/agency-stats': managers,
  // patrols (网格化巡查): every supervisor reads the form of its district and the patrols in scope; the city edits
  // its form, a district (or the city) its additions and its patrol plan; only a grid member records a patrol
  // (of its own grid's enterprises) and reads its due list
  'GET /api/patrol-forms/current': supervisors,
  'GET /api/patrol-forms/city': managers,
  'PUT /api/patrol-forms/city': ['cityAdmin'],
  'GET /api/patrol-forms/districts/{districtId}': managers,
  'PUT /api/patrol-forms/districts/{districtId}': managers,
  'POST /api/patrols': ['gridMember'],
  'GET /api/patrols': supervisors,
  'GET /api/patrols/due': ['gridMember'],
  'GET /api/patrols/{id}': supervisors,
  'GET /api/patrol-plans': managers,
  'PUT /api/patrol-plans/{districtId}': managers,
  // patrol-insights: every supervisor reads the patrol rates of its own area (city, district, town, grid) and the
  // repeated findings of a town in it (a grid member its grid's); the enterprise has neither
  'GET /api/patrol-rates': supervisors,
  'GET /api/patrol-repeated-findings': supervisors,
  // grid-coverage (网格覆盖、网格外): the city, a district and a town read coverage and the outside list of their
  // area (a grid member's area is one grid); assigning grids is managing enterprises: the city and the districts
  'GET /api/grid-coverage': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'GET /api/grid-coverage/outside': ['cityAdmin', 'districtAdmin', 'townOfficer'],
  'GET /api/grid-assignments/preview': managers,
  'POST /api/grid-assignments': managers,
  'GET /api/grid-assignments/{id}': managers,
  // campaigns (自查清单): the city, and a district for its own district, make, send and follow campaigns (a
  // district also follows the city's that reach it); an enterprise user reads and answers those sent to it
  'GET /api/campaigns': managers,
  'POST /api/campaigns': managers,
  'GET /api/campaign-targets/count': managers,
  'GET /api/campaigns/{id}': managers,
  'POST /api/campaigns/{id}/send': managers,
  'GET /api/campaigns/{id}/targets': managers,
  'GET /api/my-campaigns': ['enterpriseUser'],
  'GET /api/campaigns/{id}/mine': ['enterpriseUser'],
  'POST /api/campaigns/{id}/answers': ['enterpriseUser'],
  // zeroing (百日清零): campaigns are the city's ("everything … campaigns"); the city makes them and their lists; a
  // district follows its own part (list, checks, board) and records its own district-level checks
  'GET /api/zeroing-campaigns': managers,
  'POST /api/zeroing-campaigns': ['cityAdmin'],
  'GET /api/zeroing-campaigns/{id}': managers,
  'GET /api/zeroing-campaigns/{id}/entries': managers,
  'POST /api/zeroing-campaigns/{id}/entries': ['cityAdmin'],
  'POST /api/zeroing-campaigns/{id}/imports': ['cityAdmin'],
  'GET /api/zeroing-campaigns/{id}/checks': managers,
  'POST /api/zeroing-campaigns/{id}/checks': managers,
  'GET /api/zeroing-campaigns/{id}/board': managers,
};

/**
 * Where a full phone number may appear in an answer (QUALITY.md, "Personal data"): only on a record's detail,
 * for the roles that manage it. Everywhere else, lists included, phones are masked (138****1234).
 */
export const fullPhonePolicy: Readonly<Record<string, readonly Role[]>> = {
  'GET /api/enterprises/{id}': managers,
  'POST /api/enterprises': managers,
  'PUT /api/enterprises/{id}': managers,
  'GET /api/users/{id}': managers,
  'POST /api/users': managers,
  'PUT /api/users/{id}': managers,
  'POST /api/users/{id}/status': managers,
  'POST /api/users/{id}/password-reset': managers,
  'POST /api/users/{id}/unlock': managers,
  // risk-points: the responsible person's phone, to those who manage the point
  'GET /api/risk-points/{id}': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'POST /api/risk-points': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'PUT /api/risk-points/{id}': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  'POST /api/risk-points/{id}/code': ['cityAdmin', 'districtAdmin', 'enterpriseUser'],
  // dust-sites: the dust contact's phone, to the site's managers
  'GET /api/dust-sites/{id}': ['cityAdmin', 'districtAdmin'],
  'POST /api/dust-sites': ['cityAdmin', 'districtAdmin'],
  'PUT /api/dust-sites/{id}': ['cityAdmin', 'districtAdmin'],
  'POST /api/dust-sites/{id}/code': ['cityAdmin', 'districtAdmin'],
  // agencies: the agency's contact phone on its detail, to its managers and its own users
  'GET /api/agencies/{id}': ['cityAdmin', 'districtAdmin', 'agencyUser'],
  'POST /api/agencies': managers,
  'PUT /api/agencies/{id}': managers,
};
